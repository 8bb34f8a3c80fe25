#include "xlsxsheetwriter.h"

#include "core/vietnamtime.h"
#include "excelnumber.h"
#include "spreadsheettable.h"
#include "xlsxformats.h"
#include "xlsxwritererror.h"

#include <vector>
#include <xlsxwriter.h>

namespace einvoice {

namespace {

using Code = SpreadsheetError::Code;

constexpr int MaxChoiceListChars = 255;
constexpr int MaxHintChars = 255;
constexpr int MaxHeaderChars = 240; // of Excel's 255, the rest for the codes and the page number
constexpr qsizetype MaxTextChars = 32767;
constexpr double DigitsRepresentable = ExcelNumber::SignificantDigits;

lxw_datetime toLxw(const QDate &date, const QTime &time = QTime(0, 0))
{
    return lxw_datetime {date.year(), date.month(), date.day(), time.hour(), time.minute(),
        time.second() + time.msec() / 1000.0};
}

} // namespace

XlsxSheetWriter::XlsxSheetWriter(lxw_worksheet *sheet, const QString &name, const QList<XlsxColumn> &columns,
    XlsxFormats &formats, SpreadsheetError *error)
    : m_sheet(sheet), m_name(name), m_columns(columns), m_error(error)
{
    for (const XlsxColumn &column : columns) {
        m_formats.append(formats.forColumn(column));
        m_widths.append(ColumnWidth(column));
    }
    XlsxColumn dates;
    dates.kind = XlsxColumn::Kind::Date;
    m_dateFormat = formats.forColumn(dates);
    dates.kind = XlsxColumn::Kind::DateTime;
    m_dateTimeFormat = formats.forColumn(dates);
    writeHeader(formats.header());
}

bool XlsxSheetWriter::writeHeader(lxw_format *format)
{
    qsizetype lines = 1;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QByteArray header = m_columns[c].header.toUtf8();
        if (!check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), header.constData(), format), 0, c)
            || !addValidation(c))
            return false;
        lines = qMax(lines, m_columns[c].header.count(QLatin1Char('\n')) + 1);
    }
    // Excel does not grow a row for wrapped lines it has not laid out: one line height each.
    if (lines > 1)
        worksheet_set_row(m_sheet, 0, 15.0 * double(lines), nullptr);
    worksheet_freeze_panes(m_sheet, 1, 0);
    return true;
}

void XlsxSheetWriter::setPageHeader(const QString &text)
{
    // '&' starts a code in Excel's header language; the whole header holds 255 characters.
    QString left = text.left(MaxHeaderChars);
    left.replace(u'&', QStringLiteral("&&"));
    while (left.size() > MaxHeaderChars) // an '&' doubled past the limit: cut whole characters
        left.chop(left.endsWith(QLatin1String("&&")) ? 2 : 1);
    const QString header = QStringLiteral("&L") + left + QStringLiteral("&R&P / &N");
    worksheet_set_header(m_sheet, header.toUtf8().constData());
}

bool XlsxSheetWriter::addValidation(qsizetype column)
{
    const XlsxColumn &spec = m_columns.at(column);
    if (spec.choices.isEmpty() && spec.hint.isEmpty())
        return true;
    if (spec.choices.join(QLatin1Char(',')).size() > MaxChoiceListChars) {
        SpreadsheetError error = SpreadsheetError::make(Code::ChoiceListTooLong);
        error.name = spec.header;
        *m_error = error;
        return false;
    }
    std::vector<QByteArray> utf8;
    for (const QString &choice : spec.choices)
        utf8.push_back(choice.toUtf8());
    std::vector<const char *> list;
    for (const QByteArray &choice : utf8)
        list.push_back(choice.constData());
    list.push_back(nullptr);
    QByteArray hint = spec.hint.left(MaxHintChars).toUtf8();
    lxw_data_validation validation {};
    validation.validate = spec.choices.isEmpty() ? LXW_VALIDATION_TYPE_ANY : LXW_VALIDATION_TYPE_LIST;
    validation.value_list = spec.choices.isEmpty() ? nullptr : const_cast<char **>(list.data());
    validation.input_message = spec.hint.isEmpty() ? nullptr : hint.data();
    const lxw_col_t c = lxw_col_t(column);
    return check(worksheet_data_validation_range(m_sheet, 1, c, LXW_ROW_MAX - 1, c, &validation), 1, column);
}

bool XlsxSheetWriter::appendRow(const QList<SpreadsheetValue> &values)
{
    if (!m_error->isOk())
        return false;
    const qint64 row = m_rows + 1;
    if (row >= LXW_ROW_MAX) {
        SpreadsheetError error = SpreadsheetError::make(Code::TooManyRowsToWrite);
        error.name = m_name;
        *m_error = error;
        return false;
    }
    // Values past the declared columns are still written (General format, default width).
    for (qsizetype column = 0; column < values.size(); ++column) {
        if (!writeValue(row, column, values.at(column)))
            return false;
        if (column < m_widths.size())
            m_widths[column].fit(values.at(column));
    }
    ++m_rows;
    return true;
}

bool XlsxSheetWriter::writeValue(qint64 row, qsizetype column, const SpreadsheetValue &value)
{
    const lxw_row_t r = lxw_row_t(row);
    const lxw_col_t c = lxw_col_t(column);
    lxw_format *format = m_formats.value(column, nullptr);
    if (const auto *decimal = std::get_if<Decimal>(&value)) {
        const QString plain = decimal->toString();
        if (ExcelNumber::significantDigits(plain) <= DigitsRepresentable)
            return check(worksheet_write_number(m_sheet, r, c, plain.toDouble(), format), row, column);
        // More digits than Excel keeps: as text, so that no digit changes silently.
        return check(worksheet_write_string(m_sheet, r, c, plain.toUtf8().constData(), format), row, column);
    }
    if (const auto *integer = std::get_if<qint64>(&value))
        return writeValue(row, column, Decimal::fromInteger(*integer));
    if (const auto *text = std::get_if<QString>(&value)) {
        if (text->isEmpty())
            return true;
        if (text->size() > MaxTextChars) // checked here: libxlsxwriter would print to stderr
            return check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, row, column);
        return check(worksheet_write_string(m_sheet, r, c, text->toUtf8().constData(), format), row, column);
    }
    if (const auto *boolean = std::get_if<bool>(&value))
        return check(worksheet_write_boolean(m_sheet, r, c, *boolean, format), row, column);
    QDate date;
    QTime time(0, 0);
    if (const auto *moment = std::get_if<QDateTime>(&value); moment && moment->isValid()) {
        const QDateTime vietnam = VietnamTime::toVietnam(*moment);
        date = vietnam.date();
        time = vietnam.time();
    } else if (const auto *day = std::get_if<QDate>(&value)) {
        date = *day;
    }
    if (!date.isValid())
        return true;
    if (date.year() < 1900) // before Excel's calendar: as text
        return writeValue(row, column, date.toString(Qt::ISODate));
    lxw_datetime when = toLxw(date, time);
    return check(worksheet_write_datetime(m_sheet, r, c, &when, dateFormatFor(column, value)), row, column);
}

lxw_format *XlsxSheetWriter::dateFormatFor(qsizetype column, const SpreadsheetValue &value) const
{
    // A date outside a date column still shows as a date, not as its serial number.
    const XlsxColumn::Kind kind = m_columns.value(column).kind;
    if (kind == XlsxColumn::Kind::Date || kind == XlsxColumn::Kind::DateTime)
        return m_formats.at(column);
    return std::holds_alternative<QDateTime>(value) ? m_dateTimeFormat : m_dateFormat;
}

bool XlsxSheetWriter::check(int lxwError, qint64 row, qsizetype column)
{
    if (lxwError == LXW_NO_ERROR)
        return true;
    if (m_error->isOk())
        *m_error = XlsxWriterError::fromLxw(lxwError, m_name, spreadsheetCellName(column, row + 1));
    return false;
}

void XlsxSheetWriter::finish()
{
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c).width(), m_formats.at(c));
}

} // namespace einvoice
