#pragma once

#include "cachedinvoice.h"
#include "storeresult.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace einvoice {

class Clock;
class Database;

// The local cache of the invoice list, one set of rows per environment (issue 7). Pages from
// GET /v1/invoices are upserted in one transaction each; detail-derived fields and this app's
// local state live in the same rows and are kept when a list page updates the summary.
class InvoiceCacheRepository
{
public:
    explicit InvoiceCacheRepository(Database &database);
    InvoiceCacheRepository(Database &database, const Clock &clock);

    // Adds new invoices and updates changed ones; rows that did not change are left untouched.
    StoreResult<UpsertCounts> upsertPage(const QString &environment, const QList<InvoiceSummary> &page);
    // Upserts the detail's summary and stores its series, document type, provider status, tax
    // authority code and payment method.
    StoreStatus applyDetail(const QString &environment, const InvoiceDetail &detail);
    // Writes every field of the row, local state included (an invoice this app just created).
    StoreStatus put(const QString &environment, const CachedInvoice &invoice);
    // NotFound when the row does not exist.
    StoreStatus setLocalState(const QString &environment, const QString &referenceCode, LocalState state,
        const QString &message = QString());

    // All rows of the environment for the list model, newest issued date first.
    StoreResult<QList<CachedInvoiceRow>> loadRows(const QString &environment) const;
    StoreResult<QList<CachedInvoiceRow>> find(const QString &environment, const CacheFilter &filter) const;
    // NotFound when absent.
    StoreResult<CachedInvoice> load(const QString &environment, const QString &referenceCode) const;
    StoreResult<int> count(const QString &environment) const;

    StoreStatus remove(const QString &environment, const QString &referenceCode);
    // After a complete sync: removes the drafts the server no longer lists (not in `listed`),
    // except those this app has a job running for (local state Pending), in one transaction;
    // returns their reference codes.
    StoreResult<QStringList> removeDraftsNotListed(const QString &environment, const QSet<QString> &listed);
    StoreStatus clear(const QString &environment);

    StoreResult<std::optional<QDateTime>> lastSync(const QString &environment) const;
    StoreStatus setLastSync(const QString &environment, const QDateTime &whenUtc);

    // The SQLite file, for a writer on another thread with a connection of its own.
    QString databaseFile() const;
    // The connection this repository reads through (the list's SQL view reads the same one).
    const Database &database() const { return m_database; }

private:
    StoreResult<int> countIn(const QString &environment, const QString &operation) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace einvoice
