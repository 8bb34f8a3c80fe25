#include "invoicecachecounts.h"

#include "sqlvalues.h"
#include "statement.h"

namespace einvoice {

std::vector<const char *> InvoiceCacheCounts::migration()
{
    return {"CREATE TABLE invoice_cache_counts (environment TEXT PRIMARY KEY, rows INTEGER NOT NULL)"
            " WITHOUT ROWID",
        "INSERT INTO invoice_cache_counts SELECT environment, count(*) FROM invoice_cache"
        " GROUP BY environment",
        "CREATE TRIGGER invoice_cache_count_insert AFTER INSERT ON invoice_cache BEGIN"
        " INSERT INTO invoice_cache_counts(environment, rows) VALUES (new.environment, 1)"
        " ON CONFLICT(environment) DO UPDATE SET rows = rows + 1; END",
        "CREATE TRIGGER invoice_cache_count_delete AFTER DELETE ON invoice_cache BEGIN"
        " UPDATE invoice_cache_counts SET rows = rows - 1 WHERE environment = old.environment; END",
        "CREATE TRIGGER invoice_cache_count_move AFTER UPDATE OF environment ON invoice_cache BEGIN"
        " UPDATE invoice_cache_counts SET rows = rows - 1 WHERE environment = old.environment;"
        " INSERT INTO invoice_cache_counts(environment, rows) VALUES (new.environment, 1)"
        " ON CONFLICT(environment) DO UPDATE SET rows = rows + 1; END",
        "DROP INDEX invoice_cache_day", "DROP INDEX invoice_cache_buyer", "DROP INDEX invoice_cache_tax_code",
        "DROP INDEX invoice_cache_number"};
}

StoreResult<int> InvoiceCacheCounts::rows(const Database &database, const QString &environment)
{
    Statement statement(database, QStringLiteral("cache.counts"));
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT rows FROM invoice_cache_counts WHERE environment = :env"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment)).exec();
    if (!status)
        return status.error();
    return statement.next() ? statement.value(0).toInt() : 0;
}

} // namespace einvoice
