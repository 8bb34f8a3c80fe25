#include "columnwidth.h"

namespace einvoice {

namespace {

// "1,234,567.50": digits, one separator per three digits, the decimals shown.
qsizetype numberLength(const QString &plain, int decimals)
{
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const qsizetype sign = plain.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype wholeDigits = (dot < 0 ? plain.size() : dot) - sign;
    const qsizetype shownDecimals = decimals >= 0 ? decimals : (dot < 0 ? 0 : plain.size() - dot - 1);
    const qsizetype grouping = decimals >= 0 ? (wholeDigits - 1) / 3 : 0;
    return sign + wholeDigits + grouping + (shownDecimals > 0 ? shownDecimals + 1 : 0);
}

} // namespace

ColumnWidth::ColumnWidth(const XlsxColumn &column)
    : m_column(column), m_headerChars(longestLine(column.header))
{
}

qsizetype ColumnWidth::longestLine(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = qMax(longest, line.size());
    return longest;
}

qsizetype ColumnWidth::displayLength(const SpreadsheetValue &value, const XlsxColumn &column)
{
    if (const auto *text = std::get_if<QString>(&value))
        return longestLine(*text);
    if (const auto *decimal = std::get_if<Decimal>(&value))
        return numberLength(decimal->toString(), column.decimals);
    if (const auto *integer = std::get_if<qint64>(&value))
        return numberLength(QString::number(*integer), column.decimals);
    if (std::holds_alternative<QDate>(value))
        return 10; // 24/11/2026
    if (std::holds_alternative<QDateTime>(value))
        return 16; // 24/11/2026 14:05
    if (std::holds_alternative<bool>(value))
        return 5; // FALSE
    return 0;
}

void ColumnWidth::fit(const SpreadsheetValue &value)
{
    m_chars = qMax(m_chars, displayLength(value, m_column));
}

double ColumnWidth::width() const
{
    // Bold header text is about a tenth wider; two characters of padding like Excel's autofit.
    const double chars = qMax(double(m_chars), m_headerChars * 1.1);
    return qBound(MinWidth, chars + 2, MaxWidth);
}

} // namespace einvoice
