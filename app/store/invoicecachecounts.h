#pragma once

#include "storeresult.h"

#include <QString>

#include <vector>

namespace einvoice {

class Database;

// How many invoices each environment's cache holds (issue 22), kept by triggers whoever writes
// the cache: the unfiltered list's row count without counting a million rows after every sync
// page.
class InvoiceCacheCounts
{
public:
    // Migration 15: the counts, filled for the rows already cached, and their triggers; and the
    // first cache's indexes no query reads any more, each a write per row (the list's indexes
    // of migration 10 lead with the same columns, or no query filters by them).
    static std::vector<const char *> migration();
    static StoreResult<int> rows(const Database &database, const QString &environment);
};

} // namespace einvoice
