#pragma once

#include "invoicefilter.h"
#include "invoicelistsql.h"
#include "store/cachedinvoice.h"
#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace einvoice {

class Database;

// Reads one view of the invoice list from the cache (issue 22): its size, its footer sums, a
// window of its rows and where an invoice sits in it, without loading the other rows. Windows
// past the first are found by the reference codes of the index alone (OFFSET over the covering
// index), then read in full.
class InvoiceListReader
{
public:
    InvoiceListReader(const Database &database, const QString &environment, const InvoiceFilter &filter,
        int sortColumn, Qt::SortOrder order);

    StoreResult<int> count() const; // read once per query
    // A search matching at most this many rows sorts them rather than walking the order's index.
    static constexpr int fewMatches = 20000;
    // The sums count what the month-end reports count (store/countedinvoicesql.h); what they leave
    // out is counted apart. A sum past the range of Decimal is nullopt.
    StoreResult<FilteredTotals> totals() const;
    // At most limit rows from the offset-th, in the view's order.
    StoreResult<QList<CachedInvoiceRow>> rows(int offset, int limit) const;
    // The row's place in the view; -1 when it is not in it.
    StoreResult<int> positionOf(const QString &referenceCode) const;
    // Every row of the view in order, one at a time (exports); stop by returning false.
    StoreStatus forEachRow(const std::function<bool(const CachedInvoiceRow &)> &visit) const;

    // Every series the environment's invoices know, sorted: what the series filter offers.
    static StoreResult<QStringList> knownSeries(const Database &database, const QString &environment);

private:
    QString countedFrom() const;
    StoreResult<std::optional<Decimal>> sumOf(const QString &column) const;
    InvoiceListSql::Sorting windowSorting() const;

    const Database &m_database;
    QString m_environment;
    InvoiceListSql m_sql;
    mutable std::optional<int> m_count;
};

} // namespace einvoice
