#pragma once

#include <QDate>

namespace einvoice {

// How fast invoices are issued: so many over so many working days. Kept as two integers so the
// forecast is exact; perDay() is for display only.
struct IssueRate
{
    int issued = 0;
    int workingDays = 0;

    bool isKnown() const { return workingDays > 0; }
    double perDay() const { return workingDays > 0 ? double(issued) / workingDays : 0.0; }
    bool operator==(const IssueRate &) const = default;
};

// When the quota runs out at the current pace.
struct QuotaForecast
{
    enum class Kind {
        NoReading, // the remaining quota is not known
        NoActivity, // nothing issued in the window: no pace to extrapolate
        Exhausted, // nothing left already
        OnDate, // runs out on date
        BeyondHorizon, // more than horizonWorkingDays away
    };
    static constexpr int horizonWorkingDays = 5 * 260;

    Kind kind = Kind::NoReading;
    QDate date; // OnDate and Exhausted (today)
    int workingDaysLeft = 0; // OnDate

    bool operator==(const QuotaForecast &) const = default;
};

} // namespace einvoice
