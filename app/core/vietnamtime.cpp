#include "vietnamtime.h"

#include "clock.h"

namespace einvoice {

QDateTime VietnamTime::toVietnam(const QDateTime &when)
{
    return when.toTimeZone(Clock::vietnamTimeZone());
}

QString VietnamTime::formatDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString VietnamTime::format(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return toVietnam(when).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QDateTime VietnamTime::fromWallTime(QDate date, QTime time)
{
    return QDateTime(date, time, Clock::vietnamTimeZone());
}

QDate VietnamTime::today(const Clock &clock)
{
    return clock.nowInVietnam().date();
}

} // namespace einvoice
