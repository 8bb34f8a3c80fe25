#pragma once

#include "storeresult.h"

class QSqlDatabase;

namespace einvoice {

// einvoice_fold(text): the SQL face of SearchKey's folding ("Nguyễn Đức" -> "nguyen duc"), so that
// the invoice list's search index (invoice_search) is kept by triggers whoever writes the cache.
// Every connection to the local database registers it before it touches invoice_cache (Database
// does, before its migrations); a connection without it cannot write invoice_cache.
class SearchSqlFunction
{
public:
    static StoreStatus registerOn(const QSqlDatabase &connection);
};

} // namespace einvoice
