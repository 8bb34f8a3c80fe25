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
// A search matching at most `fewMatches` entries of the search index reads them by search id and
// sorts them. One matching more, or with terms too short for the index that are common, in an
// order read from an index, walks that index and checks each row's text: its first screen comes at
// once, but counting it reads every row (countIfQuick()). A negative `fewMatches` walks every
// search it can (tests).
class InvoiceListReader
{
public:
    static constexpr int defaultFewMatches = 5000;
    InvoiceListReader(const Database &database, const QString &environment, const InvoiceFilter &filter,
        int sortColumn, Qt::SortOrder order, int fewMatches = defaultFewMatches);

    StoreResult<int> count() const; // read once per query
    // The count when it takes no longer than a window; nullopt when it would read every row's
    // text (InvoiceListSql::countReadsEveryRow()): the first window then tells more, at once.
    StoreResult<std::optional<int>> countIfQuick() const;
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
