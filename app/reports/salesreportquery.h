#pragma once

#include "reportfigures.h"
#include "reportperiod.h"
#include "store/storeresult.h"

#include <QStringList>

namespace einvoice {

class Database;

// The invoices of a period whose figures cannot be computed yet.
struct WaitingInvoices
{
    QStringList needDetail; // reference codes without a stored detail
    QStringList needXml; // mixed rates without the XML's per-rate totals
};

// The month-end reports over the local store of one environment (issue 19), computed in SQL where
// they are sums (the rules are in reportsql.h). Reads only; safe on a worker thread with its own
// connection.
class SalesReportQuery
{
public:
    SalesReportQuery(const Database &database, QString environment);

    StoreResult<QList<CurrencyRates>> byRate(const ReportPeriod &period) const;
    // Ordered by currency, rate (sales invoices last), date, series, number.
    StoreResult<QList<ListingRow>> listing(const ReportPeriod &period) const;
    StoreResult<QList<BuyerRow>> byBuyer(const ReportPeriod &period) const;
    StoreResult<QList<ItemRow>> byItem(const ReportPeriod &period) const;
    // One row per currency that has invoices and month of the period, months in order; a month
    // without invoices has zeros.
    StoreResult<QList<MonthRow>> byMonth(const ReportPeriod &period) const;
    StoreResult<Completeness> completeness(const ReportPeriod &period) const;
    StoreResult<WaitingInvoices> waiting(const ReportPeriod &period) const;

private:
    const Database &m_database;
    QString m_environment;
};

} // namespace einvoice
