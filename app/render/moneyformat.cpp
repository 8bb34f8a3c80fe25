#include "moneyformat.h"

namespace einvoice {

namespace {

QString groupThousands(const QString &digits)
{
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QLatin1Char('.');
        grouped += digits.at(i);
    }
    return grouped;
}

QString formatText(const QString &plain)
{
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString unsignedText = negative ? plain.mid(1) : plain;
    const qsizetype dot = unsignedText.indexOf(QLatin1Char('.'));
    QString result = groupThousands(dot < 0 ? unsignedText : unsignedText.left(dot));
    if (dot >= 0)
        result += QLatin1Char(',') + unsignedText.mid(dot + 1);
    return negative ? QLatin1Char('-') + result : result;
}

} // namespace

QString MoneyFormat::format(Decimal value, int decimals)
{
    return formatText(value.rounded(decimals).toString(decimals));
}

QString MoneyFormat::quantity(Decimal value)
{
    return formatText(value.toString());
}

} // namespace einvoice
