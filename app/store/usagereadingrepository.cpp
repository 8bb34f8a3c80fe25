#include "usagereadingrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace einvoice {

namespace {

UsageReading readReading(const Statement &statement)
{
    UsageReading reading;
    reading.id = statement.value(0).toLongLong();
    reading.environment = statement.value(1).toString();
    reading.readAt = sqlvalues::toTimestamp(statement.value(2));
    reading.remaining = statement.value(3).toLongLong();
    return reading;
}

const char *const selectReadings = "SELECT id, environment, read_at, remaining FROM usage_readings";

} // namespace

UsageReadingRepository::UsageReadingRepository(Database &database) : m_database(database) { }

StoreResult<UsageReading> UsageReadingRepository::add(
    const QString &environment, const QDateTime &readAtUtc, qint64 remaining)
{
    const QString operation = QStringLiteral("usage.add");
    if (!readAtUtc.isValid())
        return StoreError {
            StoreError::Kind::InvalidData, operation, QStringLiteral("reading without a time")};
    Statement statement(m_database, operation);
    StoreStatus status = statement.prepare(QStringLiteral(
        "INSERT INTO usage_readings (environment, read_at, remaining) VALUES (:env, :at, :remaining)"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment))
                     .bind(QStringLiteral(":at"), sqlvalues::timestamp(readAtUtc))
                     .bind(QStringLiteral(":remaining"), remaining)
                     .exec();
    if (!status)
        return status.error();
    return UsageReading {statement.lastInsertId(), environment, readAtUtc.toUTC(), remaining};
}

StoreResult<std::optional<UsageReading>> UsageReadingRepository::latest(const QString &environment) const
{
    Statement statement(m_database, QStringLiteral("usage.latest"));
    StoreStatus status = statement.prepare(QLatin1String(selectReadings)
        + QStringLiteral(" WHERE environment = :env"
                         " ORDER BY read_at DESC, id DESC LIMIT 1"));
    if (status)
        status = statement.bind(QStringLiteral(":env"), sqlvalues::text(environment)).exec();
    if (!status)
        return status.error();
    if (!statement.next())
        return std::optional<UsageReading>();
    return std::optional<UsageReading>(readReading(statement));
}

StoreResult<QList<UsageReading>> UsageReadingRepository::history(
    const QString &environment, const QDateTime &from, const QDateTime &to) const
{
    QString sql = QLatin1String(selectReadings) + QStringLiteral(" WHERE environment = :env");
    if (from.isValid())
        sql += QStringLiteral(" AND read_at >= :from");
    if (to.isValid())
        sql += QStringLiteral(" AND read_at < :to");
    sql += QStringLiteral(" ORDER BY read_at, id");
    Statement statement(m_database, QStringLiteral("usage.history"));
    if (StoreStatus status = statement.prepare(sql); !status)
        return status.error();
    statement.bind(QStringLiteral(":env"), sqlvalues::text(environment));
    if (from.isValid())
        statement.bind(QStringLiteral(":from"), sqlvalues::timestamp(from));
    if (to.isValid())
        statement.bind(QStringLiteral(":to"), sqlvalues::timestamp(to));
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    QList<UsageReading> readings;
    while (statement.next())
        readings.append(readReading(statement));
    return readings;
}

StoreResult<int> UsageReadingRepository::pruneBefore(const QDateTime &cutoffUtc)
{
    Statement statement(m_database, QStringLiteral("usage.prune"));
    StoreStatus status
        = statement.prepare(QStringLiteral("DELETE FROM usage_readings WHERE read_at < :cutoff"));
    if (status)
        status = statement.bind(QStringLiteral(":cutoff"), sqlvalues::timestamp(cutoffUtc)).exec();
    if (!status)
        return status.error();
    return statement.rowsAffected();
}

} // namespace einvoice
