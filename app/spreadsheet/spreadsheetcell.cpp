#include "spreadsheetcell.h"

#include "core/clock.h"
#include "excelnumber.h"

namespace einvoice {

SpreadsheetCell SpreadsheetCell::text(const QString &text)
{
    SpreadsheetCell cell;
    cell.m_type = Type::Text;
    cell.m_value = text;
    return cell;
}

SpreadsheetCell SpreadsheetCell::number(const QString &stored, const QString &formatCode, bool percent)
{
    SpreadsheetCell cell;
    cell.m_type = Type::Number;
    cell.m_value = stored;
    cell.m_format = formatCode;
    cell.m_percent = percent;
    return cell;
}

SpreadsheetCell SpreadsheetCell::boolean(bool value)
{
    SpreadsheetCell cell;
    cell.m_type = Type::Boolean;
    cell.m_bool = value;
    return cell;
}

SpreadsheetCell SpreadsheetCell::dateTime(
    Type type, const QDate &date, const QTime &time, const QString &formatCode)
{
    SpreadsheetCell cell;
    cell.m_type = type;
    cell.m_date = date;
    cell.m_time = time;
    cell.m_format = formatCode;
    return cell;
}

SpreadsheetCell SpreadsheetCell::error(const QString &code)
{
    SpreadsheetCell cell;
    cell.m_type = Type::Error;
    cell.m_value = code;
    return cell;
}

SpreadsheetCell SpreadsheetCell::formulaWithoutValue(const QString &formula)
{
    SpreadsheetCell cell;
    cell.m_type = Type::FormulaWithoutValue;
    cell.m_value = formula;
    return cell;
}

SpreadsheetCell SpreadsheetCell::mergedCopy() const
{
    SpreadsheetCell copy = *this;
    copy.m_mergedCopy = true;
    return copy;
}

bool SpreadsheetCell::isBlank() const
{
    return m_type == Type::Empty || (m_type == Type::Text && m_value.trimmed().isEmpty());
}

QString SpreadsheetCell::text() const
{
    switch (m_type) {
    case Type::Number:
        return ExcelNumber::canonical(m_value).value_or(m_value);
    case Type::Boolean:
        return m_bool ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Date:
        return m_date.toString(Qt::ISODate);
    case Type::Time:
        return m_time.toString(m_time.msec() ? Qt::ISODateWithMs : Qt::ISODate);
    case Type::DateTime:
        return m_date.toString(Qt::ISODate) + QLatin1Char('T')
            + m_time.toString(m_time.msec() ? Qt::ISODateWithMs : Qt::ISODate);
    default:
        return m_value;
    }
}

QString SpreadsheetCell::stored() const
{
    return m_type == Type::Number ? m_value : text();
}

std::optional<Decimal> SpreadsheetCell::toDecimal(int maxDecimals) const
{
    if (m_type != Type::Number)
        return std::nullopt;
    const std::optional<QString> plain = ExcelNumber::canonical(m_value);
    return plain ? Decimal::fromString(*plain, maxDecimals) : std::nullopt;
}

QDate SpreadsheetCell::date() const
{
    return m_type == Type::Date || m_type == Type::DateTime ? m_date : QDate();
}

QTime SpreadsheetCell::time() const
{
    return m_type == Type::Date || m_type == Type::Time || m_type == Type::DateTime ? m_time : QTime();
}

QDateTime SpreadsheetCell::dateTime() const
{
    if (m_type != Type::Date && m_type != Type::DateTime)
        return QDateTime();
    return QDateTime(m_date, m_time.isValid() ? m_time : QTime(0, 0), Clock::vietnamTimeZone());
}

} // namespace einvoice
