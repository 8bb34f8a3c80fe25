#include "xlsxcelldecoder.h"

#include "exceldate.h"
#include "excelnumber.h"
#include "xlsxsharedstrings.h"
#include "xlsxstyles.h"

namespace einvoice {

namespace {

using Type = SpreadsheetCell::Type;
using Kind = XlsxNumberFormat::Kind;

Type typeOf(Kind kind)
{
    return kind == Kind::Time ? Type::Time : kind == Kind::DateTime ? Type::DateTime : Type::Date;
}

} // namespace

XlsxCellDecoder::XlsxCellDecoder(const XlsxSharedStrings &strings, const XlsxStyles &styles, bool date1904)
    : m_strings(strings), m_styles(styles), m_date1904(date1904)
{
}

std::optional<SpreadsheetCell> XlsxCellDecoder::decode(const XlsxRawCell &raw, QString *problem) const
{
    if (raw.type == u"inlineStr")
        return SpreadsheetCell::text(raw.inlineText);
    // An empty <v/> is no value (openpyxl writes one for every formula), except for a formula
    // whose result is the empty string.
    const bool hasValue = raw.hasValue && (!raw.value.isEmpty() || raw.type == u"str");
    if (!hasValue)
        return raw.hasFormula ? SpreadsheetCell::formulaWithoutValue(raw.formula) : SpreadsheetCell();
    if (raw.type == u"s") {
        bool ok = false;
        const QString *text = m_strings.at(raw.value.toLongLong(&ok));
        if (!ok || !text) {
            *problem = QStringLiteral("shared string %1 does not exist").arg(raw.value);
            return std::nullopt;
        }
        return SpreadsheetCell::text(*text);
    }
    if (raw.type == u"str")
        return SpreadsheetCell::text(XlsxSharedStrings::unescape(raw.value));
    if (raw.type == u"b")
        return SpreadsheetCell::boolean(raw.value.trimmed() == u"1" || raw.value.trimmed() == u"true");
    if (raw.type == u"e")
        return SpreadsheetCell::error(raw.value);
    if (raw.type == u"d")
        return decodeIsoDate(raw, problem);
    return decodeNumber(raw, problem);
}

std::optional<SpreadsheetCell> XlsxCellDecoder::decodeNumber(const XlsxRawCell &raw, QString *problem) const
{
    if (!ExcelNumber::canonical(raw.value)) {
        *problem = QStringLiteral("\"%1\" is not a number").arg(raw.value.left(40));
        return std::nullopt;
    }
    const XlsxNumberFormat &format = m_styles.format(raw.style);
    if (format.isDateOrTime()) {
        const std::optional<ExcelDate::Value> value = ExcelDate::fromSerial(raw.value, m_date1904);
        const bool usable = value && (format.kind == Kind::Time || value->date.isValid());
        if (usable)
            return SpreadsheetCell::dateTime(typeOf(format.kind), value->date, value->time, format.code);
        // Serial 60 of 1900, a negative or a too large "date": left as the number it is.
    }
    return SpreadsheetCell::number(raw.value, format.code, format.kind == Kind::Percent);
}

std::optional<SpreadsheetCell> XlsxCellDecoder::decodeIsoDate(const XlsxRawCell &raw, QString *problem) const
{
    // t="d" (ISO 8601), written by some generators instead of a serial number.
    const QString text = raw.value.trimmed();
    const XlsxNumberFormat &format = m_styles.format(raw.style);
    if (text.contains(QLatin1Char('T')) || text.contains(QLatin1Char(' '))) {
        QString withoutZone = text.section(QLatin1Char('Z'), 0, 0);
        withoutZone.replace(QLatin1Char(' '), QLatin1Char('T'));
        const QDateTime when = QDateTime::fromString(withoutZone, Qt::ISODateWithMs);
        if (when.isValid())
            return SpreadsheetCell::dateTime(Type::DateTime, when.date(), when.time(), format.code);
    } else if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid()) {
        return SpreadsheetCell::dateTime(Type::Date, date, QTime(), format.code);
    } else if (const QTime time = QTime::fromString(text, Qt::ISODateWithMs); time.isValid()) {
        return SpreadsheetCell::dateTime(Type::Time, QDate(), time, format.code);
    }
    *problem = QStringLiteral("\"%1\" is not an ISO 8601 date").arg(text.left(40));
    return std::nullopt;
}

} // namespace einvoice
