#pragma once

#include "store/cachedinvoice.h"
#include "store/outboxentry.h"
#include "usagefigures.h"
#include "workingcalendar.h"

#include <QList>

namespace einvoice {

class Clock;

// What the figures are computed from: the local invoice cache, the unfinished outbox entries and
// the quota readings of one environment.
struct UsageInput
{
    QList<CachedInvoiceRow> invoices;
    QList<OutboxEntry> unfinishedJobs;
    QList<UsageReading> readings; // oldest first
};

// The dashboard's figures and forecast as pure functions. An invoice counts as issued on its
// issued date when it is no longer a draft (issued or later cancelled: both used quota).
class UsageCalculator
{
public:
    static constexpr int dailyDays = 30;
    static constexpr int monthlyMonths = 12;
    static constexpr int rateWindowDays = 30;

    explicit UsageCalculator(const Clock &clock, WorkingCalendar calendar = WorkingCalendar());

    QDate today() const; // in Vietnam
    UsageFigures compute(const UsageInput &input) const;

    static bool isIssued(const CachedInvoiceRow &row);
    static QList<DayCount> issuedPerDay(
        const QList<CachedInvoiceRow> &rows, QDate today, int days = dailyDays);
    static QList<MonthCount> issuedPerMonth(
        const QList<CachedInvoiceRow> &rows, QDate today, int months = monthlyMonths);
    static int issuedInMonth(const QList<CachedInvoiceRow> &rows, QDate anyDayOfMonth);
    static int draftsWaiting(const QList<CachedInvoiceRow> &rows);
    static JobCounts jobs(const QList<CachedInvoiceRow> &rows, const QList<OutboxEntry> &unfinished);
    // Invoices issued over the windowDays complete days before today, per working day in them.
    static IssueRate rate(const QList<CachedInvoiceRow> &rows, QDate today, const WorkingCalendar &calendar,
        int windowDays = rateWindowDays);
    // The working day the last invoice of the quota is issued at this pace, counting from tomorrow.
    static QuotaForecast forecast(
        std::optional<qint64> remaining, const IssueRate &rate, QDate today, const WorkingCalendar &calendar);

private:
    const Clock &m_clock;
    WorkingCalendar m_calendar;
};

} // namespace einvoice
