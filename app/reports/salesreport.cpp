#include "salesreport.h"

#include "reporttables.h"
#include "salesreportquery.h"
#include "vatreturnform.h"

namespace einvoice {

namespace {

template<typename T> T valueOrEmpty(StoreResult<T> result)
{
    return result ? std::move(result).value() : T();
}

ExportTable vatReturnOf(const QList<CurrencyRates> &rates)
{
    CurrencyRates vnd;
    for (const CurrencyRates &currency : rates)
        if (currency.currency == QLatin1String("VND"))
            vnd = currency;
    return ReportTables::vatReturn(VatReturnForm::of(vnd));
}

} // namespace

SalesReport SalesReport::compute(const SalesReportQuery &query, ReportKind kind, const ReportPeriod &period)
{
    SalesReport report;
    report.kind = kind;
    report.period = period;
    const auto completeness = query.completeness(period);
    if (!completeness) {
        report.error = completeness.error().userMessage();
        return report;
    }
    report.completeness = completeness.value();
    report.rates = valueOrEmpty(query.byRate(period));
    if (kind == ReportKind::ByMonth) {
        report.months = valueOrEmpty(query.byMonth(period));
        report.tables = {ReportTables::byMonth(report.months)};
    } else if (kind == ReportKind::ByRate) {
        report.tables = {ReportTables::byRate(report.rates), vatReturnOf(report.rates)};
    } else {
        report.tables = tablesOf(query, kind, period);
    }
    return report;
}

QList<ExportTable> SalesReport::tablesOf(
    const SalesReportQuery &query, ReportKind kind, const ReportPeriod &period)
{
    switch (kind) {
    case ReportKind::Listing:
        return {ReportTables::listing(valueOrEmpty(query.listing(period)))};
    case ReportKind::ByBuyer:
        return {ReportTables::byBuyer(valueOrEmpty(query.byBuyer(period)))};
    case ReportKind::ByItem:
        return {ReportTables::byItem(valueOrEmpty(query.byItem(period)))};
    case ReportKind::ByMonth:
        return {ReportTables::byMonth(valueOrEmpty(query.byMonth(period)))};
    case ReportKind::ByRate:
        break;
    }
    const QList<CurrencyRates> rates = valueOrEmpty(query.byRate(period));
    return {ReportTables::byRate(rates), vatReturnOf(rates)};
}

std::optional<ReportKind> SalesReport::kindFromName(const QString &name)
{
    if (name == QLatin1String("rate"))
        return ReportKind::ByRate;
    if (name == QLatin1String("invoice"))
        return ReportKind::Listing;
    if (name == QLatin1String("buyer"))
        return ReportKind::ByBuyer;
    if (name == QLatin1String("item"))
        return ReportKind::ByItem;
    if (name == QLatin1String("month"))
        return ReportKind::ByMonth;
    return std::nullopt;
}

int SalesReport::assumedVnd() const
{
    int assumed = 0;
    for (const CurrencyRates &currency : rates)
        assumed += currency.assumedVnd;
    return assumed;
}

} // namespace einvoice
