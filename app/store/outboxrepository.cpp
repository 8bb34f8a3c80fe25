#include "outboxrepository.h"

#include "core/clock.h"
#include "database.h"
#include "outboxstatemachine.h"
#include "sqlvalues.h"
#include "storelog.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlError>

namespace einvoice {

namespace {

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

StoreError refused(const QString &operation, const QString &detail)
{
    return StoreError {StoreError::Kind::InvalidTransition, operation, detail};
}

// Applies the change to the entry's fields; the caller has checked that the step is allowed.
void applyChange(OutboxEntry &entry, const OutboxChange &change, const QDateTime &now)
{
    entry.state = change.to;
    entry.updatedAt = now;
    switch (change.to) {
    case OutboxState::Sent:
        ++entry.attempts;
        break;
    case OutboxState::Tracking:
        entry.trackingCode = change.trackingCode;
        break;
    case OutboxState::Succeeded:
        entry.invoiceNumber = change.invoiceNumber;
        entry.lastError.clear();
        break;
    case OutboxState::Failed:
    case OutboxState::Unknown:
        entry.lastError = change.message;
        break;
    case OutboxState::Queued:
        entry.trackingCode.clear();
        if (change.payload)
            entry.payload = *change.payload;
        break;
    case OutboxState::Cancelled:
        break;
    }
}

} // namespace

OutboxRepository::OutboxRepository(Database &database) : OutboxRepository(database, SystemClock::instance())
{
}

OutboxRepository::OutboxRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock), m_statements(database)
{
}

StoreResult<QSqlQuery *> OutboxRepository::run(
    const QString &sql, const QList<std::pair<QString, QVariant>> &values, const QString &operation) const
{
    StoreError error;
    QSqlQuery *query = m_statements.prepared(sql, operation, &error);
    if (!query)
        return error;
    for (const auto &[placeholder, value] : values)
        query->bindValue(placeholder, value);
    if (!query->exec())
        return StoreError {StoreError::Kind::Query, operation, query->lastError().text()};
    return query;
}

void OutboxRepository::beginGroup()
{
    // Only a group of its own commits for real: inside someone else's transaction it would be a
    // savepoint, released without being durable.
    if (m_groupDepth++ > 0 || m_database.transactionDepth() > 0)
        return;
    auto transaction = std::make_shared<Transaction>(m_database, QStringLiteral("outbox.group"));
    if (transaction->status())
        m_group = std::move(transaction);
    else // each write then commits on its own, as without a group
        qCWarning(lcStore) << "outbox group not started:" << transaction->status().error().toString();
}

void OutboxRepository::endGroup()
{
    if (--m_groupDepth > 0)
        return;
    bool committed = true;
    if (m_group) {
        const StoreStatus status = m_group->commit();
        committed = status.ok();
        if (!committed)
            qCWarning(lcStore) << "outbox group not committed:" << status.error().toString();
        m_group.reset(); // rolls back when not committed
    }
    const QList<std::function<void(bool)>> waiting = std::exchange(m_afterGroup, {});
    for (const auto &done : waiting)
        done(committed);
}

void OutboxRepository::afterGroup(std::function<void(bool committed)> done)
{
    if (m_group)
        m_afterGroup.append(std::move(done));
    else
        done(true);
}

StoreResult<OutboxEntry> OutboxRepository::enqueue(const OutboxEntry &request)
{
    return insertNew(request, false, QStringLiteral("outbox.enqueue"));
}

StoreResult<OutboxEntry> OutboxRepository::enqueueSent(const OutboxEntry &request)
{
    return insertNew(request, true, QStringLiteral("outbox.enqueueSent"));
}

StoreResult<OutboxEntry> OutboxRepository::insertNew(
    const OutboxEntry &request, bool sent, const QString &operation)
{
    Transaction transaction(m_database, operation);
    if (!transaction.status())
        return transaction.status().error();
    OutboxEntry entry = request;
    entry.state = sent ? OutboxState::Sent : OutboxState::Queued;
    entry.attempts = sent ? 1 : 0;
    entry.createdAt = entry.updatedAt = m_clock.nowUtc();
    // The unique index outbox_one_open refuses a second unfinished entry of the same kind for
    // the reference code; only then is the open one looked up, to name it.
    StoreResult<qint64> id = insertEntry(entry, operation);
    if (!id) {
        const StoreResult<std::optional<OutboxEntry>> open
            = findOpen(request.environment, request.referenceCode, request.kind);
        if (open && open.value())
            return StoreError {StoreError::Kind::Conflict, operation,
                QStringLiteral("unfinished outbox entry ") + QString::number(open.value()->id)
                    + QStringLiteral(" exists for ") + request.referenceCode};
        return id.error();
    }
    entry.id = id.value();
    StoreStatus status = recordEvent(entry.id, std::nullopt,
        OutboxChange {OutboxState::Queued, {}, {}, {}, {}}, entry.createdAt, operation);
    if (status && sent)
        status = recordEvent(entry.id, OutboxState::Queued, OutboxChange {OutboxState::Sent, {}, {}, {}, {}},
            entry.createdAt, operation);
    if (status)
        status = transaction.commit();
    if (!status)
        return status.error();
    return entry;
}

StoreResult<qint64> OutboxRepository::insertEntry(const OutboxEntry &entry, const QString &operation)
{
    using namespace sqlvalues;
    const StoreResult<QSqlQuery *> query = run(
        QStringLiteral(
            "INSERT INTO outbox (environment, reference_code, kind, payload, state, attempts, batch_id,"
            " batch_row, created_at, updated_at)"
            " VALUES (:env, :ref, :kind, :payload, :state, :attempts, :batch, :row, :at, :at)"),
        {{QStringLiteral(":env"), text(entry.environment)},
            {QStringLiteral(":ref"), text(entry.referenceCode)},
            {QStringLiteral(":kind"), toWire(entry.kind)},
            {QStringLiteral(":payload"), payloadText(entry.payload)},
            {QStringLiteral(":state"), toWire(entry.state)}, {QStringLiteral(":attempts"), entry.attempts},
            {QStringLiteral(":batch"), text(entry.batchId)},
            {QStringLiteral(":row"), optionalInt(entry.batchRow)},
            {QStringLiteral(":at"), timestamp(entry.createdAt)}},
        operation);
    if (!query)
        return query.error();
    return query.value()->lastInsertId().toLongLong();
}

StoreResult<OutboxEntry> OutboxRepository::transition(qint64 id, const OutboxChange &change)
{
    return transitionAll(id, QList<OutboxChange> {change});
}

StoreResult<OutboxEntry> OutboxRepository::transitionAll(qint64 id, const QList<OutboxChange> &steps)
{
    const QString operation = QStringLiteral("outbox.transition");
    Transaction transaction(m_database, operation);
    if (!transaction.status())
        return transaction.status().error();
    StoreResult<OutboxEntry> loaded = load(id);
    if (!loaded)
        return loaded.error();
    OutboxEntry entry = std::move(loaded).value();
    const OutboxState first = entry.state;
    StoreStatus status;
    bool payloadChanged = false;
    for (const OutboxChange &change : steps) {
        payloadChanged = payloadChanged || (change.to == OutboxState::Queued && change.payload);
        status = applyStep(entry, change, operation);
        if (!status)
            return status.error();
    }
    status = writeChange(entry, payloadChanged, operation);
    if (status)
        status = transaction.commit();
    if (!status)
        return status.error();
    qCDebug(lcStore) << "outbox" << id << toWire(first) << "->" << toWire(entry.state);
    return entry;
}

// Checks one step against the state machine, applies it to the entry and records its event; the
// entry row itself is written once after the last step.
StoreStatus OutboxRepository::applyStep(
    OutboxEntry &entry, const OutboxChange &change, const QString &operation)
{
    const OutboxState from = entry.state;
    const QString subject = QStringLiteral("entry ") + QString::number(entry.id);
    if (!OutboxStateMachine::canTransition(from, change.to))
        return refused(operation,
            subject + QStringLiteral(": ") + toWire(from) + QStringLiteral(" -> ") + toWire(change.to)
                + QStringLiteral(" is not allowed"));
    if (change.to == OutboxState::Tracking && change.trackingCode.isEmpty())
        return refused(operation, subject + QStringLiteral(": tracking needs a tracking code"));
    if (!OutboxStateMachine::isUnfinished(from) && OutboxStateMachine::isUnfinished(change.to)) {
        StoreResult<std::optional<OutboxEntry>> open
            = findOpen(entry.environment, entry.referenceCode, entry.kind);
        if (!open)
            return open.error();
        if (open.value() && open.value()->id != entry.id)
            return StoreError {StoreError::Kind::Conflict, operation,
                QStringLiteral("unfinished outbox entry ") + QString::number(open.value()->id)
                    + QStringLiteral(" exists for ") + entry.referenceCode};
    }
    applyChange(entry, change, m_clock.nowUtc());
    return recordEvent(entry.id, from, change, entry.updatedAt, operation);
}

StoreResult<OutboxEntry> OutboxRepository::markSent(qint64 id)
{
    return transition(id, OutboxChange {OutboxState::Sent, {}, {}, {}, {}});
}

StoreResult<OutboxEntry> OutboxRepository::markTracking(qint64 id, const QString &trackingCode)
{
    return transition(id, OutboxChange {OutboxState::Tracking, trackingCode, {}, {}, {}});
}

StoreResult<OutboxEntry> OutboxRepository::markSucceeded(qint64 id, const QString &invoiceNumber)
{
    return transition(id, OutboxChange {OutboxState::Succeeded, {}, {}, invoiceNumber, {}});
}

StoreResult<OutboxEntry> OutboxRepository::markFailed(qint64 id, const QString &message)
{
    return transition(id, OutboxChange {OutboxState::Failed, {}, message, {}, {}});
}

StoreResult<OutboxEntry> OutboxRepository::markUnknown(qint64 id, const QString &message)
{
    return transition(id, OutboxChange {OutboxState::Unknown, {}, message, {}, {}});
}

StoreResult<OutboxEntry> OutboxRepository::requeue(qint64 id, const std::optional<QJsonObject> &payload)
{
    return transition(id, OutboxChange {OutboxState::Queued, {}, {}, {}, payload});
}

StoreResult<OutboxEntry> OutboxRepository::cancel(qint64 id)
{
    return transition(id, OutboxChange {OutboxState::Cancelled, {}, {}, {}, {}});
}

StoreStatus OutboxRepository::writeChange(
    const OutboxEntry &entry, bool payloadChanged, const QString &operation)
{
    using namespace sqlvalues;
    // The payload is written again only when a step replaced it (a requeue with a fixed invoice).
    const QVariant payload = payloadChanged ? QVariant(payloadText(entry.payload)) : QVariant();
    const StoreResult<QSqlQuery *> query = run(
        QStringLiteral(
            "UPDATE outbox SET state = :state, tracking_code = :tracking, attempts = :attempts,"
            " last_error = :error, invoice_number = :number, payload = COALESCE(:payload, payload),"
            " updated_at = :at WHERE id = :id"),
        {{QStringLiteral(":state"), toWire(entry.state)},
            {QStringLiteral(":tracking"), text(entry.trackingCode)},
            {QStringLiteral(":attempts"), entry.attempts}, {QStringLiteral(":error"), text(entry.lastError)},
            {QStringLiteral(":number"), text(entry.invoiceNumber)}, {QStringLiteral(":payload"), payload},
            {QStringLiteral(":at"), timestamp(entry.updatedAt)}, {QStringLiteral(":id"), entry.id}},
        operation);
    return query ? StoreStatus() : StoreStatus(query.error());
}

StoreStatus OutboxRepository::recordEvent(qint64 entryId, const std::optional<OutboxState> &from,
    const OutboxChange &change, const QDateTime &at, const QString &operation)
{
    using namespace sqlvalues;
    const StoreResult<QSqlQuery *> query
        = run(QStringLiteral(
                  "INSERT INTO outbox_events (entry_id, at, from_state, to_state, tracking_code, message)"
                  " VALUES (:entry, :at, :from, :to, :tracking, :message)"),
            {{QStringLiteral(":entry"), entryId}, {QStringLiteral(":at"), timestamp(at)},
                {QStringLiteral(":from"), text(from ? toWire(*from) : QString())},
                {QStringLiteral(":to"), toWire(change.to)},
                {QStringLiteral(":tracking"), text(change.trackingCode)},
                {QStringLiteral(":message"), text(change.message)}},
            operation);
    return query ? StoreStatus() : StoreStatus(query.error());
}

StoreResult<int> OutboxRepository::pruneFinished(const QDateTime &cutoffUtc)
{
    // Batch entries are what a re-run of the file recognises (BatchHistory), and correction
    // entries what stops a second correction of the same origin: both stay. The events go by
    // the foreign key's ON DELETE CASCADE.
    const StoreResult<QSqlQuery *> query
        = run(QStringLiteral("DELETE FROM outbox WHERE batch_id = '' AND kind IN ('create', 'issue')"
                             " AND state IN ('succeeded', 'failed', 'cancelled') AND updated_at < :cutoff"),
            {{QStringLiteral(":cutoff"), sqlvalues::timestamp(cutoffUtc)}}, QStringLiteral("outbox.prune"));
    if (!query)
        return query.error();
    return query.value()->numRowsAffected();
}

} // namespace einvoice
