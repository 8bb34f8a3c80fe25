#pragma once

#include "batchidentity.h"
#include "storeresult.h"

#include <QList>
#include <QStringList>

namespace einvoice {

class Clock;
class Database;

// The batch_invoices and batch_runs tables: how a batch file's invoices were sent before, and
// the runs that sent them. Each call is one statement; the batch planner wraps its writes in one
// Transaction with the outbox entries of the plan.
class BatchIdentityRepository
{
public:
    explicit BatchIdentityRepository(Database &database);
    BatchIdentityRepository(Database &database, const Clock &clock);

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }

    // Every revision recorded for the source, by key then revision.
    StoreResult<QList<BatchIdentity>> bySource(const QString &environment, const QString &source) const;
    // Every identity (any source, any revision) with this content.
    StoreResult<QList<BatchIdentity>> byFingerprint(
        const QString &environment, const QString &fingerprint) const;
    // Every identity (any source, any revision) with this invoice key, oldest first.
    StoreResult<QList<BatchIdentity>> byKey(const QString &environment, const QString &key) const;
    // Inserts, or updates the row of the same environment, source, key and revision.
    StoreResult<BatchIdentity> save(const BatchIdentity &identity);
    StoreStatus setServerConflict(const QString &environment, const QString &referenceCode, bool conflict);

    StoreResult<BatchRunRecord> startRun(const BatchRunRecord &run);
    StoreStatus endRun(qint64 id);
    // The latest run of the source, if any.
    StoreResult<std::optional<BatchRunRecord>> latestRun(
        const QString &environment, const QString &source) const;
    // The sheets the source's runs came from ("" for CSV and runs recorded before sheets).
    StoreResult<QStringList> runSheets(const QString &environment, const QString &source) const;

private:
    StoreResult<QList<BatchIdentity>> select(const QString &where,
        const QList<std::pair<QString, QVariant>> &values, const QString &operation) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace einvoice
