#include "environmentkeymigration.h"

#include "core/legacyenvironmentkeys.h"
#include "database.h"
#include "statement.h"
#include "storelog.h"
#include "transaction.h"

namespace einvoice {

namespace {

struct Table
{
    const char *name;
    bool keepsCollisions; // the outbox: an entry is never dropped
};

constexpr Table tables[] = {{"local_drafts", false}, {"customers", false}, {"products", false},
    {"invoice_cache", false}, {"sync_state", false}, {"usage_readings", false}, {"outbox", true}};

// Every custom spelling starts with "custom"; the others never change.
StoreResult<QStringList> customKeys(Database &database, const QString &table)
{
    Statement statement(database, QStringLiteral("environmentKeys.list"));
    const StoreStatus status = statement.run(QStringLiteral("SELECT DISTINCT environment FROM ") + table
        + QStringLiteral(" WHERE environment >= 'custom' AND environment < 'custon'"));
    if (!status)
        return status.error();
    QStringList keys;
    while (statement.next())
        keys.append(statement.value(0).toString());
    return keys;
}

StoreResult<int> exec(Database &database, const QString &sql, const QString &from, const QString &to = {})
{
    Statement statement(database, QStringLiteral("environmentKeys.move"));
    StoreStatus status = statement.prepare(sql);
    if (status) {
        statement.bind(QStringLiteral(":old"), from);
        if (!to.isEmpty())
            statement.bind(QStringLiteral(":new"), to);
        status = statement.exec();
    }
    if (!status)
        return status.error();
    return statement.rowsAffected();
}

StoreResult<int> countLeft(Database &database, const QString &table, const QString &key)
{
    Statement statement(database, QStringLiteral("environmentKeys.count"));
    StoreStatus status = statement.prepare(
        QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE environment = :old"));
    if (status)
        status = statement.bind(QStringLiteral(":old"), key).exec();
    if (!status)
        return status.error();
    return statement.next() ? statement.value(0).toInt() : 0;
}

StoreStatus moveKey(Database &database, const Table &table, const QString &from, const QString &to,
    EnvironmentKeyMigration::Report &report)
{
    const QString name = QLatin1String(table.name);
    const auto moved = exec(database,
        QStringLiteral("UPDATE OR IGNORE ") + name
            + QStringLiteral(" SET environment = :new WHERE environment = :old"),
        from, to);
    if (!moved)
        return moved.error();
    report.moved += moved.value();
    if (table.keepsCollisions) {
        const auto left = countLeft(database, name, from);
        if (!left)
            return left.error();
        if (left.value() > 0)
            report.stuck.append(name + QStringLiteral(": ") + from);
        return {};
    }
    const auto dropped = exec(
        database, QStringLiteral("DELETE FROM ") + name + QStringLiteral(" WHERE environment = :old"), from);
    if (!dropped)
        return dropped.error();
    report.dropped += dropped.value();
    return {};
}

} // namespace

StoreResult<EnvironmentKeyMigration::Report> EnvironmentKeyMigration::run(
    Database &database, const QList<QUrl> &knownCustomUrls)
{
    Report report;
    Transaction transaction(database, QStringLiteral("environmentKeys.migrate"));
    if (!transaction.status())
        return transaction.status().error();
    for (const Table &table : tables) {
        const auto keys = customKeys(database, QLatin1String(table.name));
        if (!keys)
            return keys.error();
        for (const QString &key : keys.value()) {
            if (legacyenvironmentkeys::isCurrent(key))
                continue;
            const auto id = legacyenvironmentkeys::resolve(key, knownCustomUrls);
            if (!id) {
                if (!report.unresolved.contains(key))
                    report.unresolved.append(key);
                continue;
            }
            if (StoreStatus status = moveKey(database, table, key, id->key(), report); !status)
                return status.error();
        }
    }
    if (StoreStatus status = transaction.commit(); !status)
        return status.error();
    if (report.moved > 0 || report.dropped > 0)
        qCInfo(lcStore) << "environment keys migrated:" << report.moved << "rows moved," << report.dropped
                        << "old copies dropped";
    for (const QString &key : std::as_const(report.unresolved))
        qCWarning(lcStore) << "rows under an unknown environment left as they are:" << key;
    for (const QString &stuck : std::as_const(report.stuck))
        qCWarning(lcStore) << "unfinished outbox entries could not move:" << stuck;
    return report;
}

} // namespace einvoice
