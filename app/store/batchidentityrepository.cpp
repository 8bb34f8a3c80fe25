#include "batchidentityrepository.h"

#include "core/clock.h"
#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace einvoice {

namespace {

const char *const identityColumns = "SELECT id, environment, source, invoice_key, revision, reference_code,"
                                    " fingerprint, first_row, server_conflict, created_at, updated_at"
                                    " FROM batch_invoices WHERE ";

BatchIdentity readIdentity(const Statement &statement)
{
    using namespace sqlvalues;
    BatchIdentity identity;
    identity.id = statement.value(0).toLongLong();
    identity.environment = statement.value(1).toString();
    identity.source = statement.value(2).toString();
    identity.key = statement.value(3).toString();
    identity.revision = statement.value(4).toInt();
    identity.referenceCode = statement.value(5).toString();
    identity.fingerprint = statement.value(6).toString();
    identity.firstRow = toOptionalInt(statement.value(7));
    identity.serverConflict = statement.value(8).toBool();
    identity.createdAt = toTimestamp(statement.value(9));
    identity.updatedAt = toTimestamp(statement.value(10));
    return identity;
}

const char *const runColumns = "SELECT id, environment, source, file_name, file_path, draft, invoices,"
                               " started_at, ended_at, sheet FROM batch_runs WHERE ";

BatchRunRecord readRun(const Statement &statement)
{
    using namespace sqlvalues;
    BatchRunRecord run;
    run.id = statement.value(0).toLongLong();
    run.environment = statement.value(1).toString();
    run.source = statement.value(2).toString();
    run.fileName = statement.value(3).toString();
    run.filePath = statement.value(4).toString();
    run.draft = statement.value(5).toBool();
    run.invoices = statement.value(6).toInt();
    run.startedAt = toTimestamp(statement.value(7));
    run.endedAt = toTimestamp(statement.value(8));
    run.sheetName = statement.value(9).toString();
    return run;
}

} // namespace

BatchIdentityRepository::BatchIdentityRepository(Database &database)
    : BatchIdentityRepository(database, SystemClock::instance())
{
}

BatchIdentityRepository::BatchIdentityRepository(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

StoreResult<QList<BatchIdentity>> BatchIdentityRepository::select(
    const QString &where, const QList<std::pair<QString, QVariant>> &values, const QString &operation) const
{
    Statement statement(m_database, operation);
    if (StoreStatus status = statement.prepare(QLatin1String(identityColumns) + where); !status)
        return status.error();
    for (const auto &[placeholder, value] : values)
        statement.bind(placeholder, value);
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    QList<BatchIdentity> found;
    while (statement.next())
        found.append(readIdentity(statement));
    return found;
}

StoreResult<QList<BatchIdentity>> BatchIdentityRepository::bySource(
    const QString &environment, const QString &source) const
{
    return select(QStringLiteral("environment = :env AND source = :source ORDER BY invoice_key, revision"),
        {{QStringLiteral(":env"), sqlvalues::text(environment)},
            {QStringLiteral(":source"), sqlvalues::text(source)}},
        QStringLiteral("batch.identities"));
}

StoreResult<QList<BatchIdentity>> BatchIdentityRepository::byFingerprint(
    const QString &environment, const QString &fingerprint) const
{
    return select(QStringLiteral("environment = :env AND fingerprint = :fingerprint ORDER BY id"),
        {{QStringLiteral(":env"), sqlvalues::text(environment)},
            {QStringLiteral(":fingerprint"), sqlvalues::text(fingerprint)}},
        QStringLiteral("batch.byFingerprint"));
}

StoreResult<QList<BatchIdentity>> BatchIdentityRepository::byKey(
    const QString &environment, const QString &key) const
{
    return select(QStringLiteral("environment = :env AND invoice_key = :key ORDER BY id"),
        {{QStringLiteral(":env"), sqlvalues::text(environment)},
            {QStringLiteral(":key"), sqlvalues::text(key)}},
        QStringLiteral("batch.byKey"));
}

StoreResult<BatchIdentity> BatchIdentityRepository::save(const BatchIdentity &identity)
{
    using namespace sqlvalues;
    BatchIdentity saved = identity;
    saved.updatedAt = m_clock.nowUtc();
    if (!saved.createdAt.isValid())
        saved.createdAt = saved.updatedAt;
    Statement statement(m_database, QStringLiteral("batch.saveIdentity"));
    StoreStatus status = statement.prepare(QStringLiteral(
        "INSERT INTO batch_invoices (environment, source, invoice_key, revision, reference_code,"
        " fingerprint, first_row, server_conflict, created_at, updated_at)"
        " VALUES (:env, :source, :key, :revision, :ref, :fingerprint, :row, :conflict, :created, :updated)"
        " ON CONFLICT(environment, source, invoice_key, revision) DO UPDATE SET"
        " reference_code = excluded.reference_code, fingerprint = excluded.fingerprint,"
        " first_row = excluded.first_row, server_conflict = excluded.server_conflict,"
        " updated_at = excluded.updated_at"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), text(saved.environment))
                     .bind(QStringLiteral(":source"), text(saved.source))
                     .bind(QStringLiteral(":key"), text(saved.key))
                     .bind(QStringLiteral(":revision"), saved.revision)
                     .bind(QStringLiteral(":ref"), text(saved.referenceCode))
                     .bind(QStringLiteral(":fingerprint"), text(saved.fingerprint))
                     .bind(QStringLiteral(":row"), optionalInt(saved.firstRow))
                     .bind(QStringLiteral(":conflict"), saved.serverConflict ? 1 : 0)
                     .bind(QStringLiteral(":created"), timestamp(saved.createdAt))
                     .bind(QStringLiteral(":updated"), timestamp(saved.updatedAt))
                     .exec();
    if (!status)
        return status.error();
    return saved;
}

StoreStatus BatchIdentityRepository::setServerConflict(
    const QString &environment, const QString &referenceCode, bool conflict)
{
    Statement statement(m_database, QStringLiteral("batch.setServerConflict"));
    StoreStatus status = statement.prepare(
        QStringLiteral("UPDATE batch_invoices SET server_conflict = :conflict, updated_at = :at"
                       " WHERE environment = :env AND reference_code = :ref"));
    if (status)
        status = statement.bind(QStringLiteral(":conflict"), conflict ? 1 : 0)
                     .bind(QStringLiteral(":at"), sqlvalues::timestamp(m_clock.nowUtc()))
                     .bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":ref"), sqlvalues::text(referenceCode))
                     .exec();
    return status;
}

StoreResult<BatchRunRecord> BatchIdentityRepository::startRun(const BatchRunRecord &run)
{
    using namespace sqlvalues;
    BatchRunRecord started = run;
    started.startedAt = m_clock.nowUtc();
    started.endedAt = QDateTime();
    Statement statement(m_database, QStringLiteral("batch.startRun"));
    StoreStatus status = statement.prepare(
        QStringLiteral("INSERT INTO batch_runs (environment, source, file_name, file_path, sheet, draft, "
                       "invoices, started_at)"
                       " VALUES (:env, :source, :name, :path, :sheet, :draft, :invoices, :at)"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), text(started.environment))
                     .bind(QStringLiteral(":source"), text(started.source))
                     .bind(QStringLiteral(":name"), text(started.fileName))
                     .bind(QStringLiteral(":path"), text(started.filePath))
                     .bind(QStringLiteral(":sheet"), text(started.sheetName))
                     .bind(QStringLiteral(":draft"), started.draft ? 1 : 0)
                     .bind(QStringLiteral(":invoices"), started.invoices)
                     .bind(QStringLiteral(":at"), timestamp(started.startedAt))
                     .exec();
    if (!status)
        return status.error();
    started.id = statement.lastInsertId();
    return started;
}

StoreStatus BatchIdentityRepository::endRun(qint64 id)
{
    Statement statement(m_database, QStringLiteral("batch.endRun"));
    StoreStatus status
        = statement.prepare(QStringLiteral("UPDATE batch_runs SET ended_at = :at WHERE id = :id"));
    if (status)
        status = statement.bind(QStringLiteral(":at"), sqlvalues::timestamp(m_clock.nowUtc()))
                     .bind(QStringLiteral(":id"), id)
                     .exec();
    return status;
}

StoreResult<std::optional<BatchRunRecord>> BatchIdentityRepository::latestRun(
    const QString &environment, const QString &source) const
{
    Statement statement(m_database, QStringLiteral("batch.latestRun"));
    StoreStatus status = statement.prepare(QLatin1String(runColumns)
        + QStringLiteral("environment = :env AND source = :source ORDER BY id DESC LIMIT 1"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":source"), sqlvalues::text(source))
                     .exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return std::optional<BatchRunRecord>();
    return std::optional<BatchRunRecord>(readRun(statement));
}

StoreResult<QStringList> BatchIdentityRepository::runSheets(
    const QString &environment, const QString &source) const
{
    Statement statement(m_database, QStringLiteral("batch.runSheets"));
    StoreStatus status
        = statement.prepare(QStringLiteral("SELECT DISTINCT sheet FROM batch_runs WHERE environment = :env "
                                           "AND source = :source ORDER BY sheet"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":source"), sqlvalues::text(source))
                     .exec();
    if (!status)
        return status.error();
    QStringList sheets;
    while (statement.next())
        sheets.append(statement.value(0).toString());
    return sheets;
}

} // namespace einvoice
