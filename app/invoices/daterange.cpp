#include "daterange.h"

namespace einvoice {

bool DateRange::contains(const QDate &date) const
{
    if (from && (!date.isValid() || date < *from))
        return false;
    if (to && (!date.isValid() || date > *to))
        return false;
    return true;
}

DateRange DateRange::of(Preset preset, const QDate &today, const QDate &customFrom, const QDate &customTo)
{
    DateRange range;
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::AnyTime:
        break;
    case Preset::ThisMonth:
        range.from = firstOfMonth;
        range.to = firstOfMonth.addMonths(1).addDays(-1);
        break;
    case Preset::LastMonth:
        range.from = firstOfMonth.addMonths(-1);
        range.to = firstOfMonth.addDays(-1);
        break;
    case Preset::Custom:
        if (customFrom.isValid())
            range.from = customFrom;
        if (customTo.isValid())
            range.to = customTo;
        break;
    }
    return range;
}

} // namespace einvoice
