#include "vietnamtime.h"

#include "clock.h"

namespace einvoice {

QDateTime VietnamTime::toVietnam(const QDateTime &when)
{
    return when.toTimeZone(Clock::vietnamTimeZone());
}

QString VietnamTime::format(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return toVietnam(when).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

} // namespace einvoice
