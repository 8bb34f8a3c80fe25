#pragma once

#include <QDate>
#include <QList>

namespace einvoice {

class WorkingCalendar;

// Vietnam's public holidays as data (Labour Code art. 112 and the government's yearly notices):
// New Year, Tết, Hùng Kings, 30/4, 1/5 and National Day, with the announced bridge and
// compensation days. Lunar dates cannot be computed here, so the table covers the years it lists
// (2024-2027); extend it when the next year's notice is out. Weekend days are left out: they are
// not working days anyway.
class VietnamHolidays
{
public:
    static QList<QDate> dates();
    static int firstYear() { return 2024; }
    static int lastYear() { return 2027; }
    static WorkingCalendar calendar();
};

} // namespace einvoice
