#pragma once

#include <QDate>
#include <QStringView>
#include <QTime>

#include <optional>

namespace einvoice {

// Excel's serial dates: days since an epoch plus the time as a fraction of a day. The 1900
// system counts the day 1900-02-29 that never was (serial 60, a Lotus 1-2-3 quirk), so serials
// before it are one day off from a plain count; the 1904 system (old Mac workbooks) starts at
// 1904-01-01 = 0.
class ExcelDate
{
public:
    struct Value
    {
        QDate date; // invalid for serials below 1 (a time of day only)
        QTime time; // to the millisecond
    };

    // nullopt for negative serials, serial 60 of the 1900 system and dates after 9999-12-31.
    static std::optional<Value> fromSerial(QStringView serial, bool date1904);
    static std::optional<QDate> dateFromDays(qint64 days, bool date1904);
    // The serial day number of a date (1900 system: 1900-03-01 is 61).
    static qint64 daysOf(QDate date, bool date1904);
};

} // namespace einvoice
