#include "xlsxreader.h"

#include "safexmlreader.h"
#include "sheettablebuilder.h"
#include "spreadsheetformat.h"
#include "spreadsheetlog.h"
#include "xlsxcelldecoder.h"
#include "xlsxpackage.h"
#include "xlsxsharedstrings.h"
#include "xlsxsheetparser.h"
#include "xlsxstyles.h"
#include "xlsxworkbook.h"

namespace einvoice {

using Code = SpreadsheetError::Code;

XlsxReader::XlsxReader(const SpreadsheetLimits &limits)
    : m_limits(limits),
      m_strings(std::make_unique<XlsxSharedStrings>()),
      m_styles(std::make_unique<XlsxStyles>())
{
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::fail(const SpreadsheetError &error)
{
    m_error = error;
    m_package.reset();
    m_sheets.clear();
    qCInfo(lcSpreadsheet) << "refused:" << error.toString();
    return false;
}

bool XlsxReader::open(const QString &path)
{
    m_error = SpreadsheetError();
    SpreadsheetError why;
    const SpreadsheetFormat format = SpreadsheetFormatDetector::detect(path, &why, m_limits);
    if (format == SpreadsheetFormat::Csv)
        return fail(SpreadsheetError::make(Code::TextFile));
    if (format != SpreadsheetFormat::Xlsx || !why.isOk())
        return fail(why);
    m_package = std::make_unique<XlsxPackage>(m_limits);
    const SpreadsheetError error = m_package->open(path);
    if (!error.isOk())
        return fail(error);
    return readWorkbook();
}

bool XlsxReader::readWorkbook()
{
    const QString workbookPart = m_package->workbookPart();
    XlsxRelationships relationships;
    const QString relsPart = XlsxRelationships::relsPartFor(workbookPart);
    SpreadsheetError error = m_package->readPart(relsPart,
        [&](SafeXmlReader &reader) { relationships = XlsxRelationships::parse(reader, workbookPart); });
    XlsxWorkbook workbook;
    if (error.isOk()) {
        error = m_package->readPart(workbookPart,
            [&](SafeXmlReader &reader) { workbook = XlsxWorkbook::parse(reader, relationships); });
    }
    const QString stylesPart = relationships.targetOfKind(u"styles");
    if (error.isOk() && m_package->hasPart(stylesPart))
        error = m_package->readPart(stylesPart, [&](SafeXmlReader &r) { *m_styles = XlsxStyles::parse(r); });
    const QString stringsPart = relationships.targetOfKind(u"sharedStrings");
    if (error.isOk() && m_package->hasPart(stringsPart))
        error = m_package->readPart(
            stringsPart, [&](SafeXmlReader &r) { *m_strings = XlsxSharedStrings::parse(r); });
    if (!error.isOk())
        return fail(error);
    if (workbook.sheets().isEmpty())
        return fail(SpreadsheetError::make(Code::NoSheets));
    m_sheets = workbook.sheets();
    m_date1904 = workbook.date1904();
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const SpreadsheetSheetInfo &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

std::optional<SpreadsheetTable> XlsxReader::readSheet(const QString &name)
{
    for (const SpreadsheetSheetInfo &sheet : std::as_const(m_sheets)) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return read(sheet);
    }
    SpreadsheetError error
        = SpreadsheetError::make(Code::SheetNotFound, QString(), sheetNames().join(QStringLiteral(", ")));
    error.name = name;
    m_error = error;
    return std::nullopt;
}

std::optional<SpreadsheetTable> XlsxReader::readFirstMatching(const RowPredicate &isHeader)
{
    QStringList looked;
    for (const SpreadsheetSheetInfo &sheet : std::as_const(m_sheets)) {
        if (!sheet.visible || !sheet.worksheet)
            continue;
        std::optional<SpreadsheetTable> table = read(sheet);
        if (!table)
            return std::nullopt;
        if (!table->rows.isEmpty() && isHeader(table->rows.constFirst()))
            return table;
        looked.append(sheet.name);
    }
    m_error = SpreadsheetError::make(Code::NoMatchingSheet, QString(), looked.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<SpreadsheetTable> XlsxReader::read(const SpreadsheetSheetInfo &sheet)
{
    m_error = SpreadsheetError();
    if (!m_package) {
        m_error = SpreadsheetError::make(Code::NoSheets);
        return std::nullopt;
    }
    SheetTableBuilder builder(sheet.name, m_limits);
    if (!sheet.worksheet)
        return builder.finish(); // a chart sheet: no cells
    m_package->renewBudget();
    const XlsxCellDecoder decoder(*m_strings, *m_styles, m_date1904);
    XlsxSheetParser parser(decoder, builder);
    const SpreadsheetError error
        = m_package->readPart(sheet.part, [&](SafeXmlReader &r) { parser.parse(r); });
    if (!error.isOk()) {
        m_error = error;
        qCInfo(lcSpreadsheet) << "sheet" << sheet.name << "refused:" << error.toString();
        return std::nullopt;
    }
    std::optional<SpreadsheetTable> table = builder.finish();
    if (!table)
        m_error = builder.error();
    return table;
}

} // namespace einvoice
