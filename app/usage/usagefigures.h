#pragma once

#include "quotaforecast.h"
#include "store/usagereading.h"

#include <QDate>
#include <QList>

#include <optional>

namespace einvoice {

struct DayCount
{
    QDate day;
    int issued = 0;
    bool operator==(const DayCount &) const = default;
};

struct MonthCount
{
    QDate month; // the first day of the month
    int issued = 0;
    bool operator==(const MonthCount &) const = default;
};

struct JobCounts
{
    int running = 0; // this app's create/issue jobs not finished yet
    int failed = 0; // invoices whose last job of this app failed
    bool operator==(const JobCounts &) const = default;
};

// Everything the usage dashboard shows, computed at one moment (today, in Vietnam).
struct UsageFigures
{
    QDate today;
    QList<DayCount> daily; // oldest first, today last
    QList<MonthCount> monthly; // oldest first, this month last
    int issuedThisMonth = 0;
    int issuedLastMonth = 0;
    int draftsWaiting = 0;
    JobCounts jobs;
    IssueRate rate;
    std::optional<UsageReading> latestReading;
    QList<UsageReading> readings; // quota history, oldest first
    QuotaForecast forecast;
};

} // namespace einvoice
