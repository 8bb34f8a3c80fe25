#pragma once

#include "storeresult.h"

#include <QString>

#include <vector>

namespace einvoice {

class Database;

// The invoice list's accent-insensitive search index (issue 22): invoice_search, an FTS5 table with
// the trigram tokenizer over each cached invoice's folded number, buyer (legal name and name), tax
// code and reference code, the same text as SearchKey::forRow. invoice_cache.search_id is its
// rowid. Whoever writes the cache, triggers note the new rows in invoice_search_pending, and
// indexPending() (the sync writer, after a sync) indexes them later, through einvoice_fold()
// (SearchSqlFunction); a search checks the noted rows in their own folded text meanwhile. A
// change of an indexed row is indexed at once.
// Trigram cannot index terms shorter than 3 characters: those are matched with instr() on the
// folded text of the rows the longer terms left.
class InvoiceSearchIndex
{
public:
    // The migration's statements: the index, filled for the rows already cached, its triggers and
    // the list's sort indexes.
    static std::vector<const char *> migration();
    // Migration 13: the insert trigger takes the search id a writer gives with the row.
    static std::vector<const char *> insertWithoutSecondWrite();
    // Migration 14: writes note the rows to index (invoice_search_pending); indexPending() indexes them.
    static std::vector<const char *> indexLater();
    // Migration 16: a change of an indexed row is indexed at once; new rows stay noted, and a
    // noted row has no entry in the index.
    static std::vector<const char *> indexChangesAtOnce();
    // Indexes the first `limit` noted rows in one transaction; answers how many are still noted.
    static StoreResult<int> indexPending(Database &database, int limit);
    // Whether every row is indexed (no row noted): a search then reads the index alone.
    static StoreResult<bool> isComplete(const Database &database);
    // The list's search as a condition on invoice_cache: every term (bound at its placeholder;
    // the terms of 3+ characters also in one MATCH expression at matchPlaceholder, empty when
    // none) in the row's folded text, through the index for indexed rows. `indexComplete`
    // (isComplete() answered true) leaves the noted rows out of it.
    static QString searchCondition(const QStringList &terms, const QStringList &termPlaceholders,
        const QString &matchPlaceholder, bool indexComplete);
    // The same search in the index alone: a SELECT of the matching entries' rowids (the search
    // ids of the rows indexed).
    static QString indexedMatches(
        const QStringList &terms, const QStringList &termPlaceholders, const QString &matchPlaceholder);
    // The same search as a check of each row's folded text, for a view that walks its order's
    // index: a search matching many rows finds its first screen among the order's first rows,
    // where reading all its matches first would read a third of a million. The join gives each
    // row of invoice_cache the text its index entry holds (FTS5's content table); a noted row,
    // which has no entry, is folded from its own columns.
    static QString rowTextJoin();
    static QString rowTextCondition(const QStringList &termPlaceholders);
    // How many entries (of every environment) match, counted up to `cap`: cheap, as FTS5 reads
    // its matches in order and stops at the cap.
    static StoreResult<int> countMatches(const Database &database, const QString &matchExpression, int cap);
    // How many of the `sample` newest entries hold every term: a cheap guess at how common terms
    // too short for the index are.
    static StoreResult<int> sampleMatches(const Database &database, const QStringList &terms, int sample);
    // The folded text of a row of `table`, as the index holds it.
    static QString foldedKey(const QString &table);
    // An SQL expression for a new row's search id, to insert with it.
    static QString nextSearchId();
    // A MATCH expression requiring every term (3+ characters each) as a substring.
    static QString matchExpression(const QStringList &terms);
    static constexpr int shortestIndexedTerm = 3;
};

} // namespace einvoice
