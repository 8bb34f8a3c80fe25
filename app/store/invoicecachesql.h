#pragma once

#include "cachedinvoice.h"

#include <QDateTime>
#include <QString>

namespace einvoice {

class Statement;

// The SQL text and the row mapping of the invoice_cache table, kept apart from the repository's
// transaction logic.
class InvoiceCacheSql
{
public:
    enum class SummaryOrigin {
        Complete, // a detail, or an invoice this app sent: every column as given
        ListPage, // a list item: the buyer fields it does not carry keep their stored values
    };

    enum class SearchId {
        Next, // a new row's search id is read in the statement (InvoiceSearchIndex::nextSearchId())
        Bound, // the writer binds it at :search_id (a page's writer reads the next one once)
    };

    // INSERT ... ON CONFLICT DO UPDATE of the summary columns, only when one of them changed.
    static QString upsertSummary(
        SummaryOrigin origin = SummaryOrigin::Complete, SearchId searchId = SearchId::Next);
    // UPDATE of the detail-derived and local columns of one row.
    static QString updateExtras();
    // The series the list shows: the detail's, else the one this app's create request sent.
    static QString listSeries();
    // SELECT of the CachedInvoiceRow columns; append WHERE/ORDER to it.
    static QString selectRows();
    // The columns selectRows() reads, to join invoice_cache with other tables.
    static QString rowColumns();
    static QString selectFull();

    static void bindSummary(Statement &statement, const QString &environment, const InvoiceSummary &summary,
        const QDateTime &now);
    static void bindExtras(Statement &statement, const QString &environment, const CachedInvoice &invoice);
    static CachedInvoiceRow readRow(const Statement &statement);
    static CachedInvoice readFull(const Statement &statement);
};

} // namespace einvoice
