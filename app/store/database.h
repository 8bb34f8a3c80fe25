#pragma once

#include "storeresult.h"

#include <QSqlDatabase>
#include <QString>

class QThread;

namespace einvoice {

struct DatabaseOptions
{
    int busyTimeoutMs = 5000; // how long a writer waits for another process (the CLI, the app)
    bool fullSync = true; // synchronous=FULL: a committed write survives power loss, not only a crash
    int schemaVersion = 0; // migrate up to this version; 0 means the latest (tests use lower ones)
};

// One SQLite file, opened through its own named Qt connection. The connection belongs to the
// thread that opened it; use one Database per thread. WAL journal, foreign keys on, busy timeout,
// and the schema migrated on open (PRAGMA user_version holds the version).
class Database
{
public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Creates the file (and its folder) when missing, configures it and applies pending migrations.
    StoreStatus open(const QString &filePath, const DatabaseOptions &options = {});
    void close();
    bool isOpen() const;

    QString filePath() const { return m_filePath; }
    QString connectionName() const { return m_connectionName; }
    // The Qt connection; only valid in the opening thread while open.
    QSqlDatabase connection() const;

    // PRAGMA user_version of the open file; -1 when it cannot be read.
    int schemaVersion() const;
    static int latestSchemaVersion();

    // <AppDataLocation>/einvoice.sqlite
    static QString defaultFilePath();

    // Used by Transaction: BEGIN IMMEDIATE at the outermost level, SAVEPOINT inside.
    StoreStatus beginTransaction(const QString &operation);
    StoreStatus commitTransaction(const QString &operation);
    void rollbackTransaction();
    int transactionDepth() const { return m_transactionDepth; }

private:
    StoreStatus configure(const DatabaseOptions &options, bool fresh);
    StoreStatus setSynchronous(bool full);
    StoreStatus useWal(int busyTimeoutMs);
    StoreStatus execRaw(const QString &sql, const QString &operation);

    QString m_connectionName;
    QString m_filePath;
    QThread *m_thread = nullptr;
    int m_transactionDepth = 0;
};

} // namespace einvoice
