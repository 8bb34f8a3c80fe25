#include "invoicesearchindex.h"

#include <QStringList>

namespace einvoice {

// The folded key of a row, as SearchKey::forRow builds it (fields separated by U+001F).
#define EINVOICE_SEARCH_KEY(row)                                                                             \
    "einvoice_fold(" row ".invoice_number || char(31) || " row ".buyer_legal_name || ' ' || " row            \
    ".buyer_name || char(31) || " row ".buyer_tax_code || char(31) || " row ".reference_code)"

std::vector<const char *> InvoiceSearchIndex::migration()
{
    return {"ALTER TABLE invoice_cache ADD COLUMN search_id INTEGER",
        "CREATE VIRTUAL TABLE invoice_search USING fts5(search_key, tokenize = 'trigram')",
        "UPDATE invoice_cache SET search_id = numbered.id FROM (SELECT environment AS e,"
        " reference_code AS r, row_number() OVER () AS id FROM invoice_cache) AS numbered"
        " WHERE invoice_cache.environment = numbered.e AND invoice_cache.reference_code = numbered.r",
        "INSERT INTO invoice_search(rowid, search_key) SELECT search_id, " EINVOICE_SEARCH_KEY(
            "invoice_cache") " FROM invoice_cache",
        "CREATE UNIQUE INDEX invoice_cache_search_id ON invoice_cache(search_id)",
        "CREATE TRIGGER invoice_cache_search_insert AFTER INSERT ON invoice_cache BEGIN"
        " INSERT INTO invoice_search(search_key) VALUES (" EINVOICE_SEARCH_KEY(
            "new") ");"
                   " UPDATE invoice_cache SET search_id = last_insert_rowid()"
                   " WHERE environment = new.environment AND reference_code = new.reference_code; END",
        "CREATE TRIGGER invoice_cache_search_update AFTER UPDATE OF invoice_number, buyer_legal_name,"
        " buyer_name, buyer_tax_code ON invoice_cache BEGIN"
        " UPDATE invoice_search SET search_key = " EINVOICE_SEARCH_KEY(
            "new") " WHERE rowid = new.search_id; END",
        "CREATE TRIGGER invoice_cache_search_delete AFTER DELETE ON invoice_cache BEGIN"
        " DELETE FROM invoice_search WHERE rowid = old.search_id; END",
        // The list's default order (newest day first, a day's invoices by number) read from an
        // index that covers it (the number text too: SQLite reads an expression's columns; the
        // search id for a search's matches), and the series filter's choices.
        "CREATE INDEX invoice_cache_list_order ON invoice_cache(environment, issued_day,"
        " CAST(invoice_number AS INTEGER), reference_code, invoice_number, search_id)",
        // The buyer order, as InvoiceListSql sorts it (the same expressions, text for text).
        "CREATE INDEX invoice_cache_list_buyer ON invoice_cache(environment, einvoice_fold(CASE WHEN"
        " trim(buyer_legal_name) = '' THEN buyer_name ELSE buyer_legal_name END), einvoice_fold(buyer_name),"
        " reference_code, buyer_legal_name, buyer_name, search_id)",
        "CREATE INDEX invoice_cache_series ON invoice_cache(environment, invoice_series)"};
}

std::vector<const char *> InvoiceSearchIndex::insertWithoutSecondWrite()
{
    // The first trigger wrote each new row twice: its search id was set by an UPDATE after the
    // insert, which rewrote the row and three of its indexes. A writer that gives the id with the
    // row (nextSearchId()) now costs one write; a row inserted without one still gets it after.
    return {"DROP TRIGGER invoice_cache_search_insert",
        "CREATE TRIGGER invoice_cache_search_insert AFTER INSERT ON invoice_cache"
        " WHEN new.search_id IS NULL BEGIN"
        " INSERT INTO invoice_search(search_key) VALUES (" EINVOICE_SEARCH_KEY(
            "new") ");"
                   " UPDATE invoice_cache SET search_id = last_insert_rowid()"
                   " WHERE environment = new.environment AND reference_code = new.reference_code; END",
        "CREATE TRIGGER invoice_cache_search_insert_with_id AFTER INSERT ON invoice_cache"
        " WHEN new.search_id IS NOT NULL BEGIN"
        " INSERT INTO invoice_search(rowid, search_key) VALUES (new.search_id, " EINVOICE_SEARCH_KEY(
            "new") "); END"};
}

#undef EINVOICE_SEARCH_KEY

QString InvoiceSearchIndex::nextSearchId()
{
    // Past both the cache's ids and the index's rowids, each read from the end of its b-tree.
    return QStringLiteral("(SELECT max((SELECT coalesce(max(search_id), 0) FROM invoice_cache),"
                          " (SELECT coalesce(max(rowid), 0) FROM invoice_search)) + 1)");
}

QString InvoiceSearchIndex::matchExpression(const QStringList &terms)
{
    QStringList phrases;
    for (const QString &term : terms) {
        QString quoted = term;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}

} // namespace einvoice
