#pragma once

#include "outboxentry.h"
#include "storeresult.h"

#include <QList>

#include <optional>

namespace einvoice {

class Clock;
class Database;

// The crash-safe outbox (issue 9). Every write is one committed transaction that also appends to
// outbox_events, so after a crash the entry and its history are exactly as last recorded. Steps
// are checked against OutboxStateMachine; a refused step changes nothing.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &database);
    OutboxRepository(Database &database, const Clock &clock);

    // Stores a new entry in Queued (reads environment, referenceCode, kind, payload, batchId,
    // batchRow). Conflict when an unfinished entry of the same kind exists for the reference code.
    StoreResult<OutboxEntry> enqueue(const OutboxEntry &entry);
    // Applies one step; InvalidTransition when the state machine refuses it, NotFound for an
    // unknown id. Entering Sent counts an attempt.
    StoreResult<OutboxEntry> transition(qint64 id, const OutboxChange &change);

    StoreResult<OutboxEntry> markSent(qint64 id);
    StoreResult<OutboxEntry> markTracking(qint64 id, const QString &trackingCode);
    StoreResult<OutboxEntry> markSucceeded(qint64 id, const QString &invoiceNumber = QString());
    StoreResult<OutboxEntry> markFailed(qint64 id, const QString &message);
    StoreResult<OutboxEntry> markUnknown(qint64 id, const QString &message);
    StoreResult<OutboxEntry> requeue(qint64 id, const std::optional<QJsonObject> &payload = std::nullopt);
    StoreResult<OutboxEntry> cancel(qint64 id);

    StoreResult<OutboxEntry> load(qint64 id) const;
    // Entries to resume on start (queued, sent, tracking, unknown), oldest first.
    StoreResult<QList<OutboxEntry>> unfinished(const QString &environment) const;
    // The unfinished entry of this kind for the reference code, if any.
    StoreResult<std::optional<OutboxEntry>> findOpen(
        const QString &environment, const QString &referenceCode, OutboxKind kind) const;
    // Every entry for the reference code (any state), oldest first.
    StoreResult<QList<OutboxEntry>> byReference(
        const QString &environment, const QString &referenceCode) const;
    // A batch's entries by row.
    StoreResult<QList<OutboxEntry>> byBatch(const QString &batchId) const;
    StoreResult<QList<OutboxEvent>> events(qint64 entryId) const;

private:
    StoreResult<QList<OutboxEntry>> select(
        const QString &where, const QVariantMap &values, const QString &operation) const;
    StoreStatus recordEvent(qint64 entryId, const std::optional<OutboxState> &from,
        const OutboxChange &change, const QDateTime &at, const QString &operation);
    StoreResult<qint64> insertEntry(const OutboxEntry &entry, const QString &operation);
    StoreStatus writeChange(const OutboxEntry &entry, const QString &operation);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace einvoice
