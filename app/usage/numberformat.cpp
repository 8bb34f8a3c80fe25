#include "numberformat.h"

#include "core/vietnamtime.h"

namespace einvoice {

QLocale NumberFormat::locale()
{
    // The UI language's numbers (the translator sets the default locale): "2,788,284,000" and
    // "0.6" in English, "2.788.284.000" and "0,6" in Vietnamese (issue 16.13).
    QLocale numbers = QLocale().language() == QLocale::English
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    numbers.setNumberOptions(QLocale::DefaultNumberOptions);
    return numbers;
}

QString NumberFormat::count(qint64 value)
{
    return locale().toString(value);
}

QString NumberFormat::decimal(double value, int decimals)
{
    return locale().toString(value, 'f', decimals);
}

QString NumberFormat::date(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString NumberFormat::dateTime(const QDateTime &when)
{
    return VietnamTime::format(when);
}

QString NumberFormat::month(QDate month)
{
    return month.toString(QStringLiteral("MM/yyyy"));
}

} // namespace einvoice
