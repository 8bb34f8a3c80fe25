#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace einvoice {

// The sandbox's state in SQLite: one named connection per server instance, WAL mode on files,
// no caching, so several processes on one file see the same invoices.
//
// Tables: settings(key, value), tokens(token, expires_ms), accounts(...), templates(...),
// invoices(...), jobs(...), counters(series_key, last_number). Columns added later are added to
// older files on open.
class SandboxDatabase
{
public:
    explicit SandboxDatabase(QString file); // empty: in memory
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    bool open(QString *error);
    QSqlDatabase database() const;

    // Runs one statement with positional bindings; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &bindings = {});
    // Runs a SELECT; the returned query is positioned before the first row.
    QSqlQuery select(const QString &sql, const QVariantList &bindings = {});

    bool begin(); // BEGIN IMMEDIATE: takes the write lock, so numbering is atomic across processes
    bool commit();
    void rollback();

    QString setting(const QString &key, const QString &fallback = QString());
    void setSetting(const QString &key, const QString &value);

    qint64 quota();
    void setQuota(qint64 value);

    void addToken(const QString &token, qint64 expiresMs);
    bool isTokenValid(const QString &token, qint64 nowMs);
    void expireTokens(qint64 nowMs);

    // Empties every table (accounts included).
    void clear();

private:
    bool createSchema();
    bool hasColumn(const QString &table, const QString &column);

    QString m_file;
    QString m_connectionName;
};

} // namespace einvoice
