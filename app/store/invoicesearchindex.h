#pragma once

#include <QString>

#include <vector>

namespace einvoice {

// The invoice list's accent-insensitive search index (issue 22): invoice_search, an FTS5 table with
// the trigram tokenizer over each cached invoice's folded number, buyer (legal name and name), tax
// code and reference code, the same text as SearchKey::forRow. invoice_cache.search_id is its
// rowid; triggers keep it current whoever writes the cache, through einvoice_fold()
// (SearchSqlFunction). Trigram cannot index terms shorter than 3 characters: those are matched
// with instr() on the folded text of the rows the longer terms left.
class InvoiceSearchIndex
{
public:
    // The migration's statements: the index, filled for the rows already cached, its triggers and
    // the list's sort indexes.
    static std::vector<const char *> migration();
    // Migration 13: the insert trigger takes the search id a writer gives with the row.
    static std::vector<const char *> insertWithoutSecondWrite();
    // An SQL expression for a new row's search id, to insert with it.
    static QString nextSearchId();
    // A MATCH expression requiring every term (3+ characters each) as a substring.
    static QString matchExpression(const QStringList &terms);
    static constexpr int shortestIndexedTerm = 3;
};

} // namespace einvoice
