#include "database.h"

#include "core/privatefiles.h"
#include "migrations.h"
#include "searchsqlfunction.h"
#include "storelog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace einvoice {

namespace {

std::atomic<int> connectionCounter {0};

StoreError openError(const QString &detail)
{
    return StoreError {StoreError::Kind::Open, QStringLiteral("database.open"), detail};
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("einvoice.store.") + QString::number(++connectionCounter))
{
}

Database::~Database()
{
    close();
}

StoreStatus Database::open(const QString &filePath, const DatabaseOptions &options)
{
    close();
    const QFileInfo info(filePath);
    if (!PrivateFiles::makeDirectory(info.absolutePath()))
        return openError(QStringLiteral("cannot create folder ") + info.absolutePath());

    m_thread = QThread::currentThread();
    m_filePath = info.absoluteFilePath();
    // Buyers' data: the file is created 0600 so that SQLite gives its WAL and SHM files the same
    // mode, and files left 0644 by earlier versions are tightened.
    if (!PrivateFiles::createEmpty(m_filePath) || !PrivateFiles::restrictDatabase(m_filePath))
        qCWarning(lcStore) << "could not make the database private:" << m_filePath;
    const bool fresh = QFileInfo(m_filePath).size() == 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(options.busyTimeoutMs));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            close();
            return openError(detail);
        }
    }
    StoreStatus status = configure(options, fresh);
    if (status)
        status = SearchSqlFunction::registerOn(connection());
    if (status)
        status = Migrations::apply(*this, options.schemaVersion);
    if (status && fresh)
        status = setSynchronous(options.fullSync);
    if (!status) {
        qCWarning(lcStore) << "open failed:" << status.error().toString();
        close();
        return status;
    }
    qCDebug(lcStore) << "opened" << m_filePath << "schema" << schemaVersion();
    return {};
}

// WAL is a property of the file: the first opener switches it, which needs the file to itself.
// Two processes opening a fresh file together collide there ("database is locked", and SQLite
// does not wait for that step), so it is tried again until the busy timeout has passed.
StoreStatus Database::useWal(int busyTimeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(connection());
        const bool read = query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next();
        if (read && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
        query.finish();
        if (read && query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()) {
            const QString mode = query.value(0).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
                return {};
            return openError(QStringLiteral("WAL journal refused: ") + mode);
        }
        if (waited.elapsed() >= busyTimeoutMs)
            return openError(QStringLiteral("journal_mode: ") + query.lastError().text());
        QThread::msleep(std::min(5 + 5 * attempt, 50));
    }
}

// A fresh file is made (the WAL switch, the schema) at synchronous=NORMAL: a power cut may lose
// what was made, never corrupt it, and the next start makes it again; the first start spares the
// fsyncs of FULL before the window's first paint. The file's level is set once it is made.
StoreStatus Database::configure(const DatabaseOptions &options, bool fresh)
{
    if (fresh) {
        if (StoreStatus status = setSynchronous(false); !status)
            return status;
    }
    if (StoreStatus status = useWal(options.busyTimeoutMs); !status)
        return status;
    if (!fresh) {
        if (StoreStatus status = setSynchronous(options.fullSync); !status)
            return status;
    }
    QSqlQuery query(connection());
    const QStringList pragmas {
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=") + QString::number(options.busyTimeoutMs),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return openError(pragma + QStringLiteral(": ") + query.lastError().text());
    }
    return {};
}

StoreStatus Database::setSynchronous(bool full)
{
    const QString pragma
        = full ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL");
    QSqlQuery query(connection());
    if (!query.exec(pragma))
        return openError(pragma + QStringLiteral(": ") + query.lastError().text());
    return {};
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_transactionDepth > 0)
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(m_thread == nullptr || m_thread == QThread::currentThread(), "Database::connection",
        "a Database is used only from the thread that opened it");
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/einvoice.sqlite");
}

StoreStatus Database::execRaw(const QString &sql, const QString &operation)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return StoreError {
            StoreError::Kind::Transaction, operation, sql + QStringLiteral(": ") + query.lastError().text()};
    return {};
}

StoreStatus Database::beginTransaction(const QString &operation)
{
    const QString sql = m_transactionDepth == 0
        ? QStringLiteral("BEGIN IMMEDIATE")
        : QStringLiteral("SAVEPOINT sp") + QString::number(m_transactionDepth);
    StoreStatus status = execRaw(sql, operation);
    if (status)
        ++m_transactionDepth;
    return status;
}

StoreStatus Database::commitTransaction(const QString &operation)
{
    Q_ASSERT(m_transactionDepth > 0);
    const int level = m_transactionDepth - 1;
    const QString sql
        = level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp") + QString::number(level);
    StoreStatus status = execRaw(sql, operation);
    if (status)
        --m_transactionDepth;
    return status;
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    const int level = m_transactionDepth - 1;
    const QString name = QStringLiteral("sp") + QString::number(level);
    StoreStatus status = level == 0
        ? execRaw(QStringLiteral("ROLLBACK"), QStringLiteral("database.rollback"))
        : execRaw(QStringLiteral("ROLLBACK TO ") + name, QStringLiteral("database.rollback"));
    if (status && level > 0)
        status = execRaw(QStringLiteral("RELEASE ") + name, QStringLiteral("database.rollback"));
    if (!status)
        qCWarning(lcStore) << status.error().toString();
    --m_transactionDepth;
}

} // namespace einvoice
