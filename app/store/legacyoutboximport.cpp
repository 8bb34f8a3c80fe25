#include "legacyoutboximport.h"

#include "database.h"
#include "statement.h"
#include "storelog.h"
#include "transaction.h"

#include <QDir>
#include <QFile>

namespace einvoice {

namespace {

const QString columns = QStringLiteral(
    "environment, reference_code, kind, payload, state, tracking_code, attempts, last_error, invoice_number,"
    " batch_id, batch_row, created_at, updated_at");

StoreStatus attach(Database &database, const QString &file)
{
    Statement statement(database, QStringLiteral("legacyOutbox.attach"));
    StoreStatus status = statement.prepare(QStringLiteral("ATTACH DATABASE :file AS legacy"));
    if (status)
        status = statement.bind(QStringLiteral(":file"), file).exec();
    return status;
}

void detach(Database &database)
{
    Statement statement(database, QStringLiteral("legacyOutbox.detach"));
    if (const StoreStatus status = statement.run(QStringLiteral("DETACH DATABASE legacy")); !status)
        qCWarning(lcStore) << status.error().toString();
}

// Copies one legacy entry and its events; false in *copied when it was here already.
StoreStatus copyEntry(Database &database, qint64 legacyId, bool *copied)
{
    Statement insert(database, QStringLiteral("legacyOutbox.copy"));
    StoreStatus status = insert.prepare(QStringLiteral("INSERT OR IGNORE INTO main.outbox (") + columns
        + QStringLiteral(") SELECT ") + columns
        + QStringLiteral(
            " FROM legacy.outbox l WHERE l.id = :id AND NOT EXISTS (SELECT 1 FROM main.outbox m"
            " WHERE m.environment = l.environment AND m.reference_code = l.reference_code"
            " AND m.kind = l.kind AND m.batch_id = l.batch_id AND m.created_at = l.created_at)"));
    if (status)
        status = insert.bind(QStringLiteral(":id"), legacyId).exec();
    if (!status)
        return status;
    *copied = insert.rowsAffected() == 1;
    if (!*copied)
        return {};
    Statement events(database, QStringLiteral("legacyOutbox.copyEvents"));
    status = events.prepare(QStringLiteral(
        "INSERT INTO main.outbox_events (entry_id, at, from_state, to_state, tracking_code, message)"
        " SELECT :entry, at, from_state, to_state, tracking_code, message FROM legacy.outbox_events"
        " WHERE entry_id = :id ORDER BY id"));
    if (status)
        status = events.bind(QStringLiteral(":entry"), insert.lastInsertId())
                     .bind(QStringLiteral(":id"), legacyId)
                     .exec();
    return status;
}

StoreStatus copyAll(Database &database, LegacyOutboxImport::Report &report)
{
    Statement ids(database, QStringLiteral("legacyOutbox.list"));
    if (StoreStatus status = ids.run(QStringLiteral("SELECT id FROM legacy.outbox ORDER BY id")); !status)
        return status;
    QList<qint64> legacyIds;
    while (ids.next())
        legacyIds.append(ids.value(0).toLongLong());
    ids.finish();
    Transaction transaction(database, QStringLiteral("legacyOutbox.import"));
    if (!transaction.status())
        return transaction.status();
    for (const qint64 id : std::as_const(legacyIds)) {
        bool copied = false;
        if (StoreStatus status = copyEntry(database, id, &copied); !status)
            return status;
        copied ? ++report.entries : ++report.skipped;
    }
    return transaction.commit();
}

// The file and what SQLite keeps beside it move together, so that nothing is read twice.
void retire(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(file + suffix)
            && !QFile::rename(file + suffix, file + QStringLiteral(".imported") + suffix))
            qCWarning(lcStore) << "could not rename" << file + suffix;
    }
}

} // namespace

LegacyOutboxImport::Report LegacyOutboxImport::run(Database &database, const QString &folder)
{
    Report report;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("outbox-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString file = dir.filePath(name);
        if (StoreStatus status = attach(database, file); !status) {
            qCWarning(lcStore) << "old outbox file not readable:" << name << status.error().toString();
            continue;
        }
        const StoreStatus copied = copyAll(database, report);
        detach(database);
        if (!copied) {
            // Left where it is: tried again on the next start.
            qCWarning(lcStore) << "old outbox file not imported:" << name << copied.error().toString();
            continue;
        }
        retire(file);
        ++report.files;
        qCInfo(lcStore) << "imported the old outbox file" << name;
    }
    return report;
}

} // namespace einvoice
