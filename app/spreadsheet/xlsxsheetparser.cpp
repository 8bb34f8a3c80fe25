#include "xlsxsheetparser.h"

#include "safexmlreader.h"
#include "sheettablebuilder.h"
#include "xlsxcellref.h"
#include "xlsxsharedstrings.h"

namespace einvoice {

namespace {

using Code = SpreadsheetError::Code;

SpreadsheetError badReference(const SafeXmlReader &reader, QStringView reference)
{
    SpreadsheetError error = SpreadsheetError::make(Code::InvalidCellReference, reader.part());
    error.name = reference.left(40).toString();
    return error;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const XlsxCellDecoder &decoder, SheetTableBuilder &builder)
    : m_decoder(decoder), m_builder(builder)
{
}

void XlsxSheetParser::parse(SafeXmlReader &reader)
{
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("row")))
            readRow(reader);
        else if (reader.isStart(QLatin1StringView("c")))
            readCell(reader);
        else if (reader.isStart(QLatin1StringView("mergeCell")))
            readMerge(reader);
    }
}

void XlsxSheetParser::readRow(SafeXmlReader &reader)
{
    const QStringView number = reader.attribute(QLatin1StringView("r"));
    bool ok = true;
    const qint64 row = number.isEmpty() ? m_row + 1 : number.toLongLong(&ok);
    if (!ok || row < 1 || row > XlsxCellRef::MaxRows) {
        reader.fail(badReference(reader, number));
        return;
    }
    m_row = row;
    m_column = -1;
}

void XlsxSheetParser::readCell(SafeXmlReader &reader)
{
    const QStringView reference = reader.attribute(QLatin1StringView("r"));
    std::optional<XlsxCellRef> position = XlsxCellRef {m_column + 1, qMax<qint64>(m_row, 1)};
    if (!reference.isEmpty())
        position = XlsxCellRef::parse(reference);
    if (!position || position->column >= XlsxCellRef::MaxColumns) {
        reader.fail(badReference(reader, reference));
        return;
    }
    m_row = position->row;
    m_column = position->column;
    const XlsxRawCell raw = readRawCell(reader);
    QString problem;
    const std::optional<SpreadsheetCell> cell = m_decoder.decode(raw, &problem);
    if (!cell) {
        const QString name = spreadsheetCellName(position->column, position->row);
        SpreadsheetError error = SpreadsheetError::make(
            Code::MalformedXml, reader.part(), name + QStringLiteral(": ") + problem);
        error.line = reader.xml().lineNumber();
        reader.fail(error);
    } else if (!m_builder.addCell(position->row, position->column, *cell)) {
        reader.fail(m_builder.error());
    }
}

XlsxRawCell XlsxSheetParser::readRawCell(SafeXmlReader &reader)
{
    XlsxRawCell raw;
    raw.type = reader.attribute(QLatin1StringView("t")).toString();
    raw.style = reader.attribute(QLatin1StringView("s")).toInt();
    while (reader.next() && !reader.isEnd(QLatin1StringView("c"))) {
        if (reader.isStart(QLatin1StringView("v"))) {
            raw.value = reader.elementText();
            raw.hasValue = true;
        } else if (reader.isStart(QLatin1StringView("f"))) {
            raw.formula = reader.elementText();
            raw.hasFormula = true;
        } else if (reader.isStart(QLatin1StringView("is"))) {
            raw.inlineText = XlsxSharedStrings::readStringItem(reader);
        }
    }
    return raw;
}

void XlsxSheetParser::readMerge(SafeXmlReader &reader)
{
    const QStringView reference = reader.attribute(QLatin1StringView("ref"));
    const std::optional<XlsxCellRange> range = XlsxCellRange::parse(reference);
    if (!range) {
        reader.fail(badReference(reader, reference));
        return;
    }
    m_builder.addMerge(*range);
}

} // namespace einvoice
