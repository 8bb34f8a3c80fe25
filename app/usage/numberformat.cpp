#include "numberformat.h"

#include "core/vietnamtime.h"
#include "i18n/uinumbers.h"

namespace einvoice {

QLocale NumberFormat::locale()
{
    return UiNumbers::locale();
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
