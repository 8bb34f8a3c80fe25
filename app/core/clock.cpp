#include "clock.h"

namespace einvoice {

QTimeZone Clock::vietnamTimeZone()
{
    // Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset avoids
    // depending on the tz database of the machine.
    static const QTimeZone zone(7 * 3600);
    return zone;
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace einvoice
