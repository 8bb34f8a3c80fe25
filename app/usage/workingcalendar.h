#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace einvoice {

// Which days are working days: Monday to Friday, minus the public holidays it was given.
class WorkingCalendar
{
public:
    WorkingCalendar() = default; // no holidays
    explicit WorkingCalendar(const QList<QDate> &holidays);

    bool isWorkingDay(QDate day) const;
    bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    // Working days with from <= day <= to; 0 when to < from.
    int workingDaysBetween(QDate from, QDate to) const;
    // The n-th working day after day (n >= 1; day itself never counts).
    QDate nthWorkingDayAfter(QDate day, int n) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace einvoice
