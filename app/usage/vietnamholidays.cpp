#include "vietnamholidays.h"

#include "workingcalendar.h"

namespace einvoice {

namespace {

struct HolidayRange
{
    int year;
    int month;
    int day;
    int days; // consecutive calendar days from the first
};

// Weekday holidays only matter; ranges may include weekend days.
constexpr HolidayRange s_holidays[] = {
    {2024, 1, 1, 1}, // Tết Dương lịch
    {2024, 2, 8, 7}, // Tết Nguyên đán 08-14/02
    {2024, 4, 18, 1}, // Giỗ Tổ Hùng Vương
    {2024, 4, 29, 3}, // 29/4 (bridge), 30/4, 1/5
    {2024, 9, 2, 2}, // Quốc khánh 02-03/09
    {2025, 1, 1, 1},
    {2025, 1, 27, 5}, // Tết Nguyên đán (weekdays 27-31/01)
    {2025, 4, 7, 1},
    {2025, 4, 30, 2},
    {2025, 9, 1, 2}, // Quốc khánh 01-02/09
    {2026, 1, 1, 1},
    {2026, 2, 16, 5}, // Tết Nguyên đán (weekdays 16-20/02)
    {2026, 4, 27, 1}, // Giỗ Tổ Hùng Vương falls on Sunday 26/04: compensated on Monday
    {2026, 4, 30, 2},
    {2026, 9, 2, 2}, // Quốc khánh 02-03/09
    {2027, 1, 1, 1},
    {2027, 2, 4, 5}, // Tết Nguyên đán (weekdays 04-10/02, Tết falls on 06/02)
    {2027, 2, 8, 3},
    {2027, 4, 16, 1}, // Giỗ Tổ Hùng Vương
    {2027, 4, 30, 1},
    {2027, 5, 3, 1}, // 1/5 falls on Saturday: compensated on Monday
    {2027, 9, 2, 2},
};

} // namespace

QList<QDate> VietnamHolidays::dates()
{
    QList<QDate> result;
    for (const HolidayRange &range : s_holidays) {
        const QDate first(range.year, range.month, range.day);
        for (int i = 0; i < range.days; ++i)
            result.append(first.addDays(i));
    }
    return result;
}

WorkingCalendar VietnamHolidays::calendar()
{
    return WorkingCalendar(dates());
}

} // namespace einvoice
