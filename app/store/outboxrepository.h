#pragma once

#include "outboxentry.h"
#include "outboxstatements.h"
#include "storeresult.h"

#include <QList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace einvoice {

class Clock;
class Database;
class Transaction;

// The crash-safe outbox (issue 9). Every write is one committed transaction that also appends to
// outbox_events (one event per step, also when a write makes several steps), so after a crash the entry and
// its history are exactly as last recorded. Steps are checked against OutboxStateMachine; a refused step
// changes nothing.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &database);
    OutboxRepository(Database &database, const Clock &clock);

    // Stores a new entry in Queued (reads environment, referenceCode, kind, payload, batchId,
    // batchRow). Conflict when an unfinished entry of the same kind exists for the reference code.
    StoreResult<OutboxEntry> enqueue(const OutboxEntry &entry);
    // Like enqueue() followed by markSent(), in one transaction: the entry is stored already in
    // Sent (one attempt) with both events, queued and sent. Call it right before the request
    // leaves; once it returns the entry is durable, as after the two separate steps.
    StoreResult<OutboxEntry> enqueueSent(const OutboxEntry &entry);
    // Applies one step; InvalidTransition when the state machine refuses it, NotFound for an
    // unknown id. Entering Sent counts an attempt.
    StoreResult<OutboxEntry> transition(qint64 id, const OutboxChange &change);
    // Applies several steps in order in one transaction (e.g. tracking then succeeded when the
    // job had already finished at the first poll), one event each. All or nothing: a refused
    // step leaves the entry as it was.
    StoreResult<OutboxEntry> transitionAll(qint64 id, const QList<OutboxChange> &steps);

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
    // The entries of an environment whose payload has this top-level key (a note such as
    // DraftEditPair's), oldest first.
    StoreResult<QList<OutboxEntry>> withPayloadKey(const QString &environment, const QString &key) const;
    StoreResult<QList<OutboxEvent>> events(qint64 entryId) const;
    // The retention rule (see LocalStore::applyRetention): deletes, with their events, the
    // finished create and issue entries that belong to no batch and last changed before the
    // cut-off. Returns how many went.
    StoreResult<int> pruneFinished(const QDateTime &cutoffUtc);

    // Group commit: the writes made while a Group is alive share one transaction (savepoints
    // inside it) committed when the outermost Group ends, instead of one commit each. A request
    // whose entry was written inside must not leave before that commit: wait for afterGroup().
    // Keep a Group to one synchronous stretch of code (never across the event loop).
    class Group
    {
    public:
        explicit Group(OutboxRepository &outbox) : m_outbox(outbox) { m_outbox.beginGroup(); }
        ~Group() { m_outbox.endGroup(); }
        Q_DISABLE_COPY_MOVE(Group)

    private:
        OutboxRepository &m_outbox;
    };
    bool inGroup() const { return m_group != nullptr; }
    // done(true) once the writes made so far are committed, done(false) if the group's commit
    // failed (nothing written in it survives). Outside a group: done(true) at once.
    void afterGroup(std::function<void(bool committed)> done);

private:
    void beginGroup();
    void endGroup();
    StoreResult<QList<OutboxEntry>> select(
        const QString &where, const QVariantMap &values, const QString &operation) const;
    StoreResult<OutboxEntry> insertNew(const OutboxEntry &request, bool sent, const QString &operation);
    StoreStatus applyStep(OutboxEntry &entry, const OutboxChange &change, const QString &operation);
    StoreStatus recordEvent(qint64 entryId, const std::optional<OutboxState> &from,
        const OutboxChange &change, const QDateTime &at, const QString &operation);
    StoreResult<qint64> insertEntry(const OutboxEntry &entry, const QString &operation);
    StoreStatus writeChange(const OutboxEntry &entry, bool payloadChanged, const QString &operation);
    // Binds the values to the cached statement for sql and runs it.
    StoreResult<QSqlQuery *> run(const QString &sql, const QList<std::pair<QString, QVariant>> &values,
        const QString &operation) const;

    Database &m_database;
    const Clock &m_clock;
    mutable OutboxStatements m_statements;
    std::shared_ptr<Transaction> m_group; // the open group's transaction
    QList<std::function<void(bool)>> m_afterGroup;
    int m_groupDepth = 0;
};

} // namespace einvoice
