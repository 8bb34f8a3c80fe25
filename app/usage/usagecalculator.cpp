#include "usagecalculator.h"

#include "core/clock.h"

#include <QSet>

namespace einvoice {

UsageCalculator::UsageCalculator(const Clock &clock, WorkingCalendar calendar)
    : m_clock(clock), m_calendar(std::move(calendar))
{
}

QDate UsageCalculator::today() const
{
    return m_clock.nowInVietnam().date();
}

UsageFigures UsageCalculator::compute(const UsageInput &input) const
{
    UsageFigures figures;
    figures.today = today();
    figures.daily = issuedPerDay(input.invoices, figures.today);
    figures.monthly = issuedPerMonth(input.invoices, figures.today);
    figures.issuedThisMonth = issuedInMonth(input.invoices, figures.today);
    figures.issuedLastMonth = issuedInMonth(input.invoices, figures.today.addMonths(-1));
    figures.draftsWaiting = draftsWaiting(input.invoices);
    figures.jobs = jobs(input.invoices, input.unfinishedJobs);
    figures.rate = rate(input.invoices, figures.today, m_calendar);
    figures.readings = input.readings;
    if (!input.readings.isEmpty())
        figures.latestReading = input.readings.constLast();
    const std::optional<qint64> remaining
        = figures.latestReading ? std::optional<qint64>(figures.latestReading->remaining) : std::nullopt;
    figures.forecast = forecast(remaining, figures.rate, figures.today, m_calendar);
    return figures;
}

bool UsageCalculator::isIssued(const CachedInvoiceRow &row)
{
    return row.status != InvoiceStatus::Draft && row.issuedDate.isValid();
}

QList<DayCount> UsageCalculator::issuedPerDay(const QList<CachedInvoiceRow> &rows, QDate today, int days)
{
    QList<DayCount> result;
    if (days <= 0)
        return result;
    const QDate first = today.addDays(-(days - 1));
    for (int i = 0; i < days; ++i)
        result.append(DayCount {first.addDays(i), 0});
    for (const CachedInvoiceRow &row : rows) {
        if (!isIssued(row) || row.issuedDate < first || row.issuedDate > today)
            continue;
        ++result[int(first.daysTo(row.issuedDate))].issued;
    }
    return result;
}

QList<MonthCount> UsageCalculator::issuedPerMonth(
    const QList<CachedInvoiceRow> &rows, QDate today, int months)
{
    QList<MonthCount> result;
    if (months <= 0)
        return result;
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate first = thisMonth.addMonths(-(months - 1));
    for (int i = 0; i < months; ++i)
        result.append(MonthCount {first.addMonths(i), 0});
    for (const CachedInvoiceRow &row : rows) {
        if (!isIssued(row) || row.issuedDate < first || row.issuedDate > today)
            continue;
        const int index
            = (row.issuedDate.year() - first.year()) * 12 + row.issuedDate.month() - first.month();
        ++result[index].issued;
    }
    return result;
}

int UsageCalculator::issuedInMonth(const QList<CachedInvoiceRow> &rows, QDate anyDayOfMonth)
{
    int count = 0;
    for (const CachedInvoiceRow &row : rows) {
        if (isIssued(row) && row.issuedDate.year() == anyDayOfMonth.year()
            && row.issuedDate.month() == anyDayOfMonth.month())
            ++count;
    }
    return count;
}

int UsageCalculator::draftsWaiting(const QList<CachedInvoiceRow> &rows)
{
    int count = 0;
    for (const CachedInvoiceRow &row : rows) {
        if (row.status == InvoiceStatus::Draft)
            ++count;
    }
    return count;
}

JobCounts UsageCalculator::jobs(const QList<CachedInvoiceRow> &rows, const QList<OutboxEntry> &unfinished)
{
    JobCounts counts;
    QSet<QString> inOutbox;
    for (const OutboxEntry &entry : unfinished) {
        inOutbox.insert(entry.referenceCode);
        ++counts.running;
    }
    for (const CachedInvoiceRow &row : rows) {
        if (row.localState == LocalState::Pending && !inOutbox.contains(row.referenceCode))
            ++counts.running;
        else if (row.localState == LocalState::Failed)
            ++counts.failed;
    }
    return counts;
}

IssueRate UsageCalculator::rate(
    const QList<CachedInvoiceRow> &rows, QDate today, const WorkingCalendar &calendar, int windowDays)
{
    const QDate first = today.addDays(-windowDays);
    const QDate last = today.addDays(-1);
    IssueRate result;
    result.workingDays = calendar.workingDaysBetween(first, last);
    for (const CachedInvoiceRow &row : rows) {
        if (isIssued(row) && row.issuedDate >= first && row.issuedDate <= last)
            ++result.issued;
    }
    return result;
}

QuotaForecast UsageCalculator::forecast(
    std::optional<qint64> remaining, const IssueRate &rate, QDate today, const WorkingCalendar &calendar)
{
    QuotaForecast result;
    if (!remaining)
        return result;
    if (*remaining <= 0) {
        result.kind = QuotaForecast::Kind::Exhausted;
        result.date = today;
        return result;
    }
    if (!rate.isKnown() || rate.issued <= 0) {
        result.kind = QuotaForecast::Kind::NoActivity;
        return result;
    }
    // ceil(remaining / (issued / workingDays)) in integers.
    const qint64 numerator = *remaining * rate.workingDays;
    const qint64 days = (numerator + rate.issued - 1) / rate.issued;
    if (days > QuotaForecast::horizonWorkingDays) {
        result.kind = QuotaForecast::Kind::BeyondHorizon;
        return result;
    }
    result.kind = QuotaForecast::Kind::OnDate;
    result.workingDaysLeft = int(days);
    result.date = calendar.nthWorkingDayAfter(today, int(days));
    return result;
}

} // namespace einvoice
