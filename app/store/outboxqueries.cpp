// The read side of OutboxRepository (the write side is in outboxrepository.cpp).
#include "database.h"
#include "outboxrepository.h"
#include "sqlvalues.h"

#include <QJsonDocument>

namespace einvoice {

namespace {

const char *const entryColumns
    = "id, environment, reference_code, kind, payload, state, tracking_code, attempts,"
      " last_error, invoice_number, batch_id, batch_row, created_at, updated_at";

StoreResult<OutboxEntry> readEntry(const QSqlQuery &statement, const QString &operation)
{
    using namespace sqlvalues;
    OutboxEntry entry;
    entry.id = statement.value(0).toLongLong();
    const std::optional<OutboxKind> kind = outboxKindFromWire(statement.value(3).toString());
    const std::optional<OutboxState> state = outboxStateFromWire(statement.value(5).toString());
    const QJsonDocument payload = QJsonDocument::fromJson(statement.value(4).toString().toUtf8());
    if (!kind || !state || !payload.isObject())
        return StoreError {StoreError::Kind::InvalidData, operation,
            QStringLiteral("outbox entry ") + QString::number(entry.id)
                + QStringLiteral(" has an unreadable kind, state or payload")};
    entry.environment = statement.value(1).toString();
    entry.referenceCode = statement.value(2).toString();
    entry.kind = *kind;
    entry.payload = payload.object();
    entry.state = *state;
    entry.trackingCode = statement.value(6).toString();
    entry.attempts = statement.value(7).toInt();
    entry.lastError = statement.value(8).toString();
    entry.invoiceNumber = statement.value(9).toString();
    entry.batchId = statement.value(10).toString();
    entry.batchRow = toOptionalInt(statement.value(11));
    entry.createdAt = toTimestamp(statement.value(12));
    entry.updatedAt = toTimestamp(statement.value(13));
    return entry;
}

} // namespace

StoreResult<OutboxEntry> OutboxRepository::load(qint64 id) const
{
    const QString operation = QStringLiteral("outbox.load");
    StoreResult<QList<OutboxEntry>> found
        = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}, operation);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return StoreError {
            StoreError::Kind::NotFound, operation, QStringLiteral("no outbox entry ") + QString::number(id)};
    return found.value().constFirst();
}

StoreResult<QList<OutboxEntry>> OutboxRepository::unfinished(const QString &environment) const
{
    return select(QStringLiteral("environment = :env AND state IN ('queued', 'sent', 'tracking', 'unknown')"
                                 " ORDER BY id"),
        {{QStringLiteral(":env"), environment}}, QStringLiteral("outbox.unfinished"));
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::findOpen(
    const QString &environment, const QString &referenceCode, OutboxKind kind) const
{
    StoreResult<QList<OutboxEntry>> found
        = select(QStringLiteral("environment = :env AND reference_code = :ref AND kind = :kind"
                                " AND state IN ('queued', 'sent', 'tracking', 'unknown') ORDER BY id"),
            {{QStringLiteral(":env"), environment}, {QStringLiteral(":ref"), referenceCode},
                {QStringLiteral(":kind"), toWire(kind)}},
            QStringLiteral("outbox.findOpen"));
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found.value().constFirst());
}

StoreResult<QList<OutboxEntry>> OutboxRepository::byReference(
    const QString &environment, const QString &referenceCode) const
{
    return select(QStringLiteral("environment = :env AND reference_code = :ref ORDER BY id"),
        {{QStringLiteral(":env"), environment}, {QStringLiteral(":ref"), referenceCode}},
        QStringLiteral("outbox.byReference"));
}

StoreResult<QList<OutboxEntry>> OutboxRepository::byBatch(const QString &batchId) const
{
    return select(QStringLiteral("batch_id = :batch ORDER BY batch_row, id"),
        {{QStringLiteral(":batch"), batchId}}, QStringLiteral("outbox.byBatch"));
}

StoreResult<QList<OutboxEvent>> OutboxRepository::events(qint64 entryId) const
{
    const QString operation = QStringLiteral("outbox.events");
    const StoreResult<QSqlQuery *> query
        = run(QStringLiteral("SELECT id, at, from_state, to_state, tracking_code, message FROM outbox_events"
                             " WHERE entry_id = :entry ORDER BY id"),
            {{QStringLiteral(":entry"), entryId}}, operation);
    if (!query)
        return query.error();
    QSqlQuery &statement = *query.value();
    QList<OutboxEvent> events;
    while (statement.next()) {
        OutboxEvent event;
        event.id = statement.value(0).toLongLong();
        event.entryId = entryId;
        event.at = sqlvalues::toTimestamp(statement.value(1));
        event.from = outboxStateFromWire(statement.value(2).toString());
        const std::optional<OutboxState> to = outboxStateFromWire(statement.value(3).toString());
        if (!to) {
            OutboxStatements::done(statement);
            return StoreError {StoreError::Kind::InvalidData, operation,
                QStringLiteral("event ") + QString::number(event.id) + QStringLiteral(" has no state")};
        }
        event.to = *to;
        event.trackingCode = statement.value(4).toString();
        event.message = statement.value(5).toString();
        events.append(event);
    }
    OutboxStatements::done(statement);
    return events;
}

StoreResult<QList<OutboxEntry>> OutboxRepository::select(
    const QString &where, const QVariantMap &values, const QString &operation) const
{
    QList<std::pair<QString, QVariant>> bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        bound.append({it.key(), it.value()});
    const StoreResult<QSqlQuery *> query = run(QStringLiteral("SELECT ") + QLatin1String(entryColumns)
            + QStringLiteral(" FROM outbox WHERE ") + where,
        bound, operation);
    if (!query)
        return query.error();
    QSqlQuery &statement = *query.value();
    QList<OutboxEntry> entries;
    while (statement.next()) {
        StoreResult<OutboxEntry> entry = readEntry(statement, operation);
        if (!entry) {
            OutboxStatements::done(statement);
            return entry.error();
        }
        entries.append(std::move(entry).value());
    }
    OutboxStatements::done(statement);
    return entries;
}

StoreResult<QList<OutboxEntry>> OutboxRepository::withPayloadKey(
    const QString &environment, const QString &key) const
{
    return select(
        QStringLiteral("environment = :env AND json_extract(payload, :path) IS NOT NULL ORDER BY id"),
        {{QStringLiteral(":env"), environment},
            {QStringLiteral(":path"), QString(QStringLiteral("$.") + key)}},
        QStringLiteral("outbox.withPayloadKey"));
}

} // namespace einvoice
