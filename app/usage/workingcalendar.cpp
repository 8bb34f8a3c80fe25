#include "workingcalendar.h"

namespace einvoice {

WorkingCalendar::WorkingCalendar(const QList<QDate> &holidays)
    : m_holidays(holidays.cbegin(), holidays.cend())
{
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QDate WorkingCalendar::nthWorkingDayAfter(QDate day, int n) const
{
    QDate current = day;
    int found = 0;
    while (found < n && current.isValid()) {
        current = current.addDays(1);
        if (isWorkingDay(current))
            ++found;
    }
    return current;
}

} // namespace einvoice
