#include "migrations.h"

#include "database.h"
#include "invoicecachecounts.h"
#include "invoicesearchindex.h"
#include "reportfactsrepository.h"
#include "statement.h"
#include "storelog.h"
#include "transaction.h"

#include <QStringList>

#include <vector>

namespace einvoice {

namespace {

struct Migration
{
    int version;
    const char *name;
    std::vector<const char *> statements;
};

// Amounts are INTEGER Decimal units (1/10000); timestamps INTEGER ms since the epoch (UTC);
// calendar dates INTEGER Julian day numbers. Text columns are never NULL ('' means not given).
std::vector<const char *> draftsAndCatalogue()
{
    return {"CREATE TABLE local_drafts (draft_id TEXT PRIMARY KEY, environment TEXT NOT NULL,"
            " reference_code TEXT NOT NULL DEFAULT '', buyer_name TEXT NOT NULL DEFAULT '',"
            " buyer_tax_code TEXT NOT NULL DEFAULT '', invoice_series TEXT NOT NULL DEFAULT '',"
            " issued_at INTEGER, line_count INTEGER NOT NULL DEFAULT 0, grand_total INTEGER,"
            " payload TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE INDEX local_drafts_env_updated ON local_drafts(environment, updated_at)",
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
        " customer_key TEXT NOT NULL, buyer_type TEXT NOT NULL DEFAULT '',"
        " name TEXT NOT NULL DEFAULT '', legal_name TEXT NOT NULL DEFAULT '',"
        " tax_code TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
        " email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
        " buyer_code TEXT NOT NULL DEFAULT '', national_id TEXT NOT NULL DEFAULT '',"
        " search_text TEXT NOT NULL DEFAULT '', use_count INTEGER NOT NULL DEFAULT 0,"
        " last_used_at INTEGER, UNIQUE(environment, customer_key))",
        "CREATE INDEX customers_env_tax ON customers(environment, tax_code)",
        "CREATE TABLE products (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
        " product_key TEXT NOT NULL, code TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',"
        " unit TEXT NOT NULL DEFAULT '', default_price INTEGER, default_tax_rate INTEGER,"
        " search_text TEXT NOT NULL DEFAULT '', use_count INTEGER NOT NULL DEFAULT 0,"
        " last_used_at INTEGER, UNIQUE(environment, product_key))"};
}

std::vector<const char *> invoiceCache()
{
    return {"CREATE TABLE invoice_cache (environment TEXT NOT NULL, reference_code TEXT NOT NULL,"
            " invoice_number TEXT NOT NULL DEFAULT '', invoice_series TEXT NOT NULL DEFAULT '',"
            " issued_day INTEGER, status TEXT NOT NULL, source TEXT NOT NULL DEFAULT '',"
            " buyer_type TEXT NOT NULL DEFAULT '', buyer_name TEXT NOT NULL DEFAULT '',"
            " buyer_legal_name TEXT NOT NULL DEFAULT '', buyer_tax_code TEXT NOT NULL DEFAULT '',"
            " buyer_address TEXT NOT NULL DEFAULT '', buyer_email TEXT NOT NULL DEFAULT '',"
            " buyer_phone TEXT NOT NULL DEFAULT '', buyer_code TEXT NOT NULL DEFAULT '',"
            " buyer_national_id TEXT NOT NULL DEFAULT '',"
            " total_before_tax INTEGER NOT NULL DEFAULT 0, tax_amount INTEGER NOT NULL DEFAULT 0,"
            " total_amount INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '',"
            " pdf_url TEXT NOT NULL DEFAULT '', xml_url TEXT NOT NULL DEFAULT '',"
            " document_type INTEGER, provider_status TEXT NOT NULL DEFAULT '',"
            " tax_authority_code TEXT NOT NULL DEFAULT '', payment_method TEXT NOT NULL DEFAULT '',"
            " local_state INTEGER NOT NULL DEFAULT 0, local_message TEXT NOT NULL DEFAULT '',"
            " updated_at INTEGER NOT NULL, PRIMARY KEY(environment, reference_code)) WITHOUT ROWID",
        "CREATE INDEX invoice_cache_day ON invoice_cache(environment, issued_day)",
        "CREATE INDEX invoice_cache_status ON invoice_cache(environment, status, issued_day)",
        "CREATE INDEX invoice_cache_buyer ON invoice_cache(environment, buyer_name)",
        "CREATE INDEX invoice_cache_tax_code ON invoice_cache(environment, buyer_tax_code)",
        "CREATE INDEX invoice_cache_number ON invoice_cache(environment, invoice_number)",
        "CREATE TABLE sync_state (environment TEXT PRIMARY KEY, last_sync_at INTEGER NOT NULL)"};
}

std::vector<const char *> usageReadings()
{
    return {"CREATE TABLE usage_readings (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
            " read_at INTEGER NOT NULL, remaining INTEGER NOT NULL)",
        "CREATE INDEX usage_readings_env_time ON usage_readings(environment, read_at)"};
}

std::vector<const char *> outbox()
{
    return {"CREATE TABLE outbox (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
            " reference_code TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('create', 'issue')),"
            " payload TEXT NOT NULL, state TEXT NOT NULL, tracking_code TEXT NOT NULL DEFAULT '',"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
            " invoice_number TEXT NOT NULL DEFAULT '', batch_id TEXT NOT NULL DEFAULT '',"
            " batch_row INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE INDEX outbox_env_state ON outbox(environment, state)",
        "CREATE INDEX outbox_batch ON outbox(batch_id, batch_row)",
        "CREATE UNIQUE INDEX outbox_one_open ON outbox(environment, reference_code, kind)"
        " WHERE state IN ('queued', 'sent', 'tracking', 'unknown')",
        "CREATE TABLE outbox_events (id INTEGER PRIMARY KEY,"
        " entry_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,"
        " at INTEGER NOT NULL, from_state TEXT NOT NULL DEFAULT '', to_state TEXT NOT NULL,"
        " tracking_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX outbox_events_entry ON outbox_events(entry_id, id)"};
}

// What a batch file's invoices were sent as, per environment, source (the file's folded base
// name) and invoice key: one row per revision, so that a re-run recognises them whatever happened
// to the file, and an invoice issued again as new keeps the earlier one visible. batch_runs holds
// each run's plan header, so that an interrupted run can be named and continued.
std::vector<const char *> batchIdentities()
{
    return {"CREATE TABLE batch_invoices (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
            " source TEXT NOT NULL, invoice_key TEXT NOT NULL, revision INTEGER NOT NULL,"
            " reference_code TEXT NOT NULL, fingerprint TEXT NOT NULL, first_row INTEGER,"
            " server_conflict INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL, UNIQUE(environment, source, invoice_key, revision))",
        "CREATE INDEX batch_invoices_fingerprint ON batch_invoices(environment, fingerprint)",
        "CREATE TABLE batch_runs (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
        " source TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', file_path TEXT NOT NULL DEFAULT '',"
        " draft INTEGER NOT NULL, invoices INTEGER NOT NULL, started_at INTEGER NOT NULL,"
        " ended_at INTEGER)",
        "CREATE INDEX batch_runs_source ON batch_runs(environment, source, id)"};
}

// The outbox also records replacements and adjustments (issue 18). SQLite cannot change a CHECK
// constraint: both tables are rebuilt. The events move to a new table first, so that dropping the
// old outbox cascades to nothing; renaming outbox_new then updates the events' foreign key.
std::vector<const char *> outboxCorrectionKinds()
{
    return {"CREATE TABLE outbox_new (id INTEGER PRIMARY KEY, environment TEXT NOT NULL,"
            " reference_code TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('create', 'issue', 'replace', 'adjust')),"
            " payload TEXT NOT NULL, state TEXT NOT NULL, tracking_code TEXT NOT NULL DEFAULT '',"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
            " invoice_number TEXT NOT NULL DEFAULT '', batch_id TEXT NOT NULL DEFAULT '',"
            " batch_row INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        "INSERT INTO outbox_new SELECT * FROM outbox",
        "CREATE TABLE outbox_events_new (id INTEGER PRIMARY KEY,"
        " entry_id INTEGER NOT NULL REFERENCES outbox_new(id) ON DELETE CASCADE,"
        " at INTEGER NOT NULL, from_state TEXT NOT NULL DEFAULT '', to_state TEXT NOT NULL,"
        " tracking_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '')",
        "INSERT INTO outbox_events_new SELECT * FROM outbox_events", "DROP TABLE outbox_events",
        "DROP TABLE outbox", "ALTER TABLE outbox_new RENAME TO outbox",
        "ALTER TABLE outbox_events_new RENAME TO outbox_events",
        "CREATE INDEX outbox_env_state ON outbox(environment, state)",
        "CREATE INDEX outbox_batch ON outbox(batch_id, batch_row)",
        "CREATE UNIQUE INDEX outbox_one_open ON outbox(environment, reference_code, kind)"
        " WHERE state IN ('queued', 'sent', 'tracking', 'unknown')",
        "CREATE INDEX outbox_events_entry ON outbox_events(entry_id, id)"};
}

// What the background detail fill fetches (issue 17) and the reports read (issue 19): per invoice
// the summary it was fetched for and whether it can still change, and its lines. Amounts, quantities
// and rates are Decimal units; tax_rate is NULL for a line without one.
std::vector<const char *> invoiceDetails()
{
    return {"CREATE TABLE invoice_details (environment TEXT NOT NULL, reference_code TEXT NOT NULL,"
            " summary_key TEXT NOT NULL, fetched_at INTEGER NOT NULL, final INTEGER NOT NULL DEFAULT 0,"
            " original_reference_code TEXT NOT NULL DEFAULT '', adjustment_type TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY(environment, reference_code)) WITHOUT ROWID",
        "CREATE TABLE invoice_lines (environment TEXT NOT NULL, reference_code TEXT NOT NULL,"
        " line_number INTEGER NOT NULL, line_type INTEGER NOT NULL,"
        " item_code TEXT NOT NULL DEFAULT '', item_name TEXT NOT NULL DEFAULT '',"
        " unit TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL,"
        " total_amount INTEGER NOT NULL, tax_rate INTEGER, tax_amount INTEGER NOT NULL,"
        " PRIMARY KEY(environment, reference_code, line_number)) WITHOUT ROWID",
        "CREATE INDEX invoice_lines_rate ON invoice_lines(environment, tax_rate)"};
}

// Each run records the workbook sheet it read (issue 20), so that the file's own identity stays
// with the sheet that first used it when the workbook gains sheets. Runs before this read a CSV
// file or a workbook's first sheet with the template's header: their sheet is left empty.
std::vector<const char *> batchRunSheets()
{
    return {"ALTER TABLE batch_runs ADD COLUMN sheet TEXT NOT NULL DEFAULT ''"};
}

// The batch planner looks up every key new to its file among the other files' (ChangedCopy):
// without it each such row scans the whole table (11 ms at 120,000 identities).
std::vector<const char *> batchInvoicesByKey()
{
    return {"CREATE INDEX batch_invoices_key ON batch_invoices(environment, invoice_key)"};
}

// A series' newest invoice (SeriesIssueDates) read from the end of its range, not from all of it.
std::vector<const char *> seriesByDay()
{
    return {"DROP INDEX invoice_cache_series",
        "CREATE INDEX invoice_cache_series ON invoice_cache(environment, invoice_series, issued_day)"};
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list {
        {1, "local drafts and catalogue", draftsAndCatalogue()},
        {2, "invoice list cache", invoiceCache()},
        {3, "quota readings", usageReadings()},
        {4, "outbox", outbox()},
        {5, "batch identities and runs", batchIdentities()},
        {6, "outbox correction kinds", outboxCorrectionKinds()},
        {7, "invoice details and lines", invoiceDetails()},
        {8, "report facts", ReportFactsRepository::migration()},
        {9, "batch run sheets", batchRunSheets()},
        {10, "invoice list search", InvoiceSearchIndex::migration()},
        {11, "batch invoices by key", batchInvoicesByKey()},
        {12, "series by day", seriesByDay()},
        {13, "search ids with the row", InvoiceSearchIndex::insertWithoutSecondWrite()},
        {14, "search index later", InvoiceSearchIndex::indexLater()},
        {15, "list counts", InvoiceCacheCounts::migration()},
        {16, "search index of changed rows at once", InvoiceSearchIndex::indexChangesAtOnce()},
    };
    return list;
}

StoreError migrationError(const QString &detail)
{
    return StoreError {StoreError::Kind::Migration, QStringLiteral("database.migrate"), detail};
}

StoreStatus applyOne(Statement &statement, const Migration &migration)
{
    for (const char *sql : migration.statements) {
        if (StoreStatus status = statement.run(QString::fromUtf8(sql)); !status)
            return migrationError(status.error().toString());
    }
    const QString bump = QStringLiteral("PRAGMA user_version=") + QString::number(migration.version);
    if (StoreStatus status = statement.run(bump); !status)
        return migrationError(status.error().toString());
    qCDebug(lcStore) << "schema migrated to" << migration.version << migration.name;
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

// The version is read again inside the write transaction (BEGIN IMMEDIATE): a second process
// opening a fresh file at the same moment waits for the first one's migrations, then finds nothing
// to do, instead of running them again on a version it read before the first one committed.
StoreStatus Migrations::apply(Database &database, int targetVersion)
{
    const int target = targetVersion > 0 ? targetVersion : latestVersion();
    const int before = database.schemaVersion();
    if (before >= target && before <= latestVersion())
        return {}; // up to date: no write lock needed (versions only grow)
    const QString operation = QStringLiteral("database.migrate");
    Transaction transaction(database, operation);
    if (!transaction.status())
        return migrationError(transaction.status().error().toString());
    const int current = database.schemaVersion();
    if (current < 0)
        return migrationError(QStringLiteral("cannot read user_version"));
    if (current > latestVersion())
        return migrationError(QStringLiteral("file has schema version ") + QString::number(current)
            + QStringLiteral(", newer than this program's ") + QString::number(latestVersion()));
    Statement statement(database, operation);
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        if (StoreStatus status = applyOne(statement, migration); !status)
            return status;
    }
    if (StoreStatus status = transaction.commit(); !status)
        return migrationError(status.error().toString());
    return {};
}

} // namespace einvoice
