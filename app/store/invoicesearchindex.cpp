#include "invoicesearchindex.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QStringList>

namespace einvoice {

// Past both the cache's ids and the index's rowids, each read from the end of its b-tree (max() of
// an FTS5 table's rowid reads more of it than its last row).
#define EINVOICE_NEXT_SEARCH_ID                                                                              \
    "(SELECT max((SELECT coalesce(max(search_id), 0) FROM invoice_cache),"                                   \
    " coalesce((SELECT rowid FROM invoice_search ORDER BY rowid DESC LIMIT 1), 0)) + 1)"

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

// Not "INSERT OR IGNORE": an upsert's own conflict policy overrides its triggers' (ABORT).
#define EINVOICE_NOTE_NEW_ROW                                                                                \
    "INSERT INTO invoice_search_pending(search_id) SELECT new.search_id WHERE NOT EXISTS"                    \
    " (SELECT 1 FROM invoice_search_pending WHERE search_id = new.search_id);"

std::vector<const char *> InvoiceSearchIndex::indexLater()
{
    // Indexing a row in the trigram index cost as much as writing the row and all its other
    // indexes: half the sync's time went to it. A write now only notes the row's id in
    // invoice_search_pending; indexPending() indexes the noted rows later, in bulk, and a search
    // meanwhile checks the noted rows' folded text itself (searchCondition()).
    return {"CREATE TABLE invoice_search_pending (search_id INTEGER PRIMARY KEY)",
        "DROP TRIGGER invoice_cache_search_insert", "DROP TRIGGER invoice_cache_search_insert_with_id",
        "DROP TRIGGER invoice_cache_search_update", "DROP TRIGGER invoice_cache_search_delete",
        "CREATE TRIGGER invoice_cache_search_insert AFTER INSERT ON invoice_cache"
        " WHEN new.search_id IS NULL BEGIN"
        " UPDATE invoice_cache SET search_id = " EINVOICE_NEXT_SEARCH_ID
        " WHERE environment = new.environment AND reference_code = new.reference_code;"
        " INSERT INTO invoice_search_pending(search_id) SELECT search_id FROM invoice_cache"
        " WHERE environment = new.environment AND reference_code = new.reference_code; END",
        "CREATE TRIGGER invoice_cache_search_insert_with_id AFTER INSERT ON invoice_cache"
        " WHEN new.search_id IS NOT NULL BEGIN"
        " " EINVOICE_NOTE_NEW_ROW " END",
        "CREATE TRIGGER invoice_cache_search_update AFTER UPDATE OF invoice_number, buyer_legal_name,"
        " buyer_name, buyer_tax_code ON invoice_cache BEGIN"
        " " EINVOICE_NOTE_NEW_ROW " END",
        "CREATE TRIGGER invoice_cache_search_delete AFTER DELETE ON invoice_cache BEGIN"
        " DELETE FROM invoice_search WHERE rowid = old.search_id;"
        " DELETE FROM invoice_search_pending WHERE search_id = old.search_id; END"};
}

std::vector<const char *> InvoiceSearchIndex::indexChangesAtOnce()
{
    // Noting changed rows too left them waiting for the next sync: the background detail reads
    // change most rows' buyer, so a large cache's search would read most rows' own text for
    // hours. A change of an indexed row is indexed at once (one row at a time, as the editor and
    // the detail reads write); a row still noted is indexed as it is then.
    return {"DROP TRIGGER invoice_cache_search_update",
        // The entries of the rows migration 14 noted as changed: a noted row has none from here on.
        "DELETE FROM invoice_search WHERE rowid IN (SELECT search_id FROM invoice_search_pending)",
        "CREATE TRIGGER invoice_cache_search_update AFTER UPDATE OF invoice_number, buyer_legal_name,"
        " buyer_name, buyer_tax_code ON invoice_cache"
        " WHEN NOT EXISTS (SELECT 1 FROM invoice_search_pending WHERE search_id = new.search_id) BEGIN"
        " UPDATE invoice_search SET search_key = " EINVOICE_SEARCH_KEY(
            "new") " WHERE rowid = new.search_id; END"};
}

#undef EINVOICE_NOTE_NEW_ROW

QString InvoiceSearchIndex::foldedKey(const QString &table)
{
    QString key = QStringLiteral(EINVOICE_SEARCH_KEY("@"));
    return key.replace(QLatin1Char('@'), table);
}

#undef EINVOICE_SEARCH_KEY

QString InvoiceSearchIndex::nextSearchId()
{
    return QStringLiteral(EINVOICE_NEXT_SEARCH_ID);
}

#undef EINVOICE_NEXT_SEARCH_ID

StoreResult<int> InvoiceSearchIndex::indexPending(Database &database, int limit)
{
    const QString operation = QStringLiteral("search.indexPending");
    Transaction transaction(database, operation);
    if (!transaction.status())
        return transaction.status().error();
    Statement statement(database, operation);
    StoreStatus status = statement.prepare(QStringLiteral("SELECT max(search_id) FROM (SELECT search_id"
                                                          " FROM invoice_search_pending ORDER BY search_id"
                                                          " LIMIT :limit)"));
    if (status)
        status = statement.bind(QStringLiteral(":limit"), limit).exec();
    if (!status)
        return status.error();
    const QVariant upTo = statement.next() ? statement.value(0) : QVariant();
    statement.finish();
    if (upTo.isNull())
        return 0;
    const QString noted = QStringLiteral(" FROM invoice_search_pending WHERE search_id <= :up_to");
    const QStringList steps {
        QStringLiteral("INSERT INTO invoice_search(rowid, search_key) SELECT search_id, ")
            + foldedKey(QStringLiteral("invoice_cache"))
            + QStringLiteral(" FROM invoice_cache WHERE search_id IN (SELECT search_id") + noted
            + QLatin1Char(')'),
        QStringLiteral("DELETE") + noted, QStringLiteral("SELECT count(*) FROM invoice_search_pending")};
    for (const QString &sql : steps) {
        if (status = statement.prepare(sql); status && sql.contains(QLatin1String(":up_to")))
            statement.bind(QStringLiteral(":up_to"), upTo);
        if (status)
            status = statement.exec();
        if (!status)
            return status.error();
    }
    const int left = statement.next() ? statement.value(0).toInt() : 0;
    statement.finish();
    if (status = transaction.commit(); !status)
        return status.error();
    return left;
}

StoreResult<bool> InvoiceSearchIndex::isComplete(const Database &database)
{
    Statement statement(database, QStringLiteral("search.isComplete"));
    if (StoreStatus status
        = statement.run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM invoice_search_pending)"));
        !status)
        return status.error();
    return statement.next() && !statement.value(0).toBool();
}

// Terms too short for a MATCH alone are looked for in the entries' text (FTS5's content table,
// read in order: twice as fast as through the FTS5 table).
QString InvoiceSearchIndex::indexedMatches(
    const QStringList &terms, const QStringList &termPlaceholders, const QString &matchPlaceholder)
{
    const bool matching = !matchPlaceholder.isEmpty();
    QStringList conditions;
    if (matching)
        conditions.append(QStringLiteral("invoice_search MATCH ") + matchPlaceholder);
    for (int i = 0; i < terms.size(); ++i) {
        if (terms.at(i).size() < shortestIndexedTerm)
            conditions.append(QStringLiteral("instr(")
                + (matching ? QStringLiteral("search_key") : QStringLiteral("c0")) + QStringLiteral(", ")
                + termPlaceholders.at(i) + QStringLiteral(") > 0"));
    }
    return (matching ? QStringLiteral("SELECT rowid FROM invoice_search WHERE ")
                     : QStringLiteral("SELECT id FROM invoice_search_content WHERE "))
        + conditions.join(QStringLiteral(" AND "));
}

QString InvoiceSearchIndex::searchCondition(const QStringList &terms, const QStringList &termPlaceholders,
    const QString &matchPlaceholder, bool indexComplete)
{
    // The indexed rows through the index (a term shorter than a trigram checked in the entry's
    // text); the noted rows, which have no entry, in their own folded text. One IN list, so that
    // the planner still reads the matches through the search id's index; CROSS JOIN keeps the
    // noted rows the outer loop (the planner, seeing an empty table, may scan the cache).
    const QString indexed = indexedMatches(terms, termPlaceholders, matchPlaceholder);
    if (indexComplete)
        return QStringLiteral("search_id IN (") + indexed + QLatin1Char(')');
    QStringList inRow;
    for (const QString &placeholder : termPlaceholders)
        inRow.append(QStringLiteral("instr(") + foldedKey(QStringLiteral("noted_row")) + QStringLiteral(", ")
            + placeholder + QStringLiteral(") > 0"));
    return QStringLiteral("search_id IN (") + indexed
        + QStringLiteral(
            " UNION ALL SELECT noted_row.search_id FROM invoice_search_pending CROSS JOIN"
            " invoice_cache AS noted_row ON noted_row.search_id = invoice_search_pending.search_id"
            " WHERE ")
        + inRow.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

QString InvoiceSearchIndex::rowTextJoin()
{
    return QStringLiteral(
        "LEFT JOIN invoice_search_content AS search_text ON search_text.id = invoice_cache.search_id");
}

QString InvoiceSearchIndex::rowTextCondition(const QStringList &termPlaceholders)
{
    const QString text = QStringLiteral("coalesce(search_text.c0, ")
        + foldedKey(QStringLiteral("invoice_cache")) + QLatin1Char(')');
    QStringList conditions;
    for (const QString &placeholder : termPlaceholders)
        conditions.append(
            QStringLiteral("instr(") + text + QStringLiteral(", ") + placeholder + QStringLiteral(") > 0"));
    return conditions.join(QStringLiteral(" AND "));
}

StoreResult<int> InvoiceSearchIndex::countMatches(
    const Database &database, const QString &matchExpression, int cap)
{
    Statement statement(database, QStringLiteral("search.countMatches"));
    StoreStatus status = statement.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM invoice_search WHERE invoice_search MATCH :match LIMIT :cap)"));
    if (status)
        status = statement.bind(QStringLiteral(":match"), matchExpression)
                     .bind(QStringLiteral(":cap"), cap)
                     .exec();
    if (!status)
        return status.error();
    return statement.next() ? statement.value(0).toInt() : 0;
}

StoreResult<int> InvoiceSearchIndex::sampleMatches(
    const Database &database, const QStringList &terms, int sample)
{
    QStringList conditions;
    for (int i = 0; i < terms.size(); ++i)
        conditions.append(QStringLiteral("instr(c0, :term%1) > 0").arg(i));
    Statement statement(database, QStringLiteral("search.sampleMatches"));
    StoreStatus status = statement.prepare(
        QStringLiteral(
            "SELECT count(*) FROM (SELECT c0 FROM invoice_search_content ORDER BY id DESC LIMIT :sample)")
        + (conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    if (status) {
        statement.bind(QStringLiteral(":sample"), sample);
        for (int i = 0; i < terms.size(); ++i)
            statement.bind(QStringLiteral(":term%1").arg(i), terms.at(i));
        status = statement.exec();
    }
    if (!status)
        return status.error();
    return statement.next() ? statement.value(0).toInt() : 0;
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
