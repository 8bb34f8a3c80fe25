#include "../testfiles.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/usagereadingrepository.h"
#include "storetestdata.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using einvoice::test::DesktopUmask;
using einvoice::test::modeOf;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_createsFileAtLatestSchema();
    void open_configuresWalForeignKeysAndTimeout();
    void open_freshFileTakesTheSyncLevelAskedFor();
    void open_createsEveryTable_data();
    void open_createsEveryTable();
    void migrations_continueFromAnOlderFileKeepingData();
    void reopen_keepsDataAndVersion();
    void open_refusesNewerSchema();
    void open_reportsUnusablePath();
    void open_makesTheFileItsWalAndNewFoldersPrivate();
    void open_tightensAFileLeftWorldReadable();
    void instances_useTheirOwnConnections();
    void transaction_rollsBackWhenNotCommitted();
    void nestedTransaction_rollsBackOnlyItsOwnPart();
    void failedStatement_namesTheOperation();

private:
    static QVariant scalar(const Database &db, const QString &sql);
    static int readingCount(const Database &db);
};

QVariant TestDatabase::scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

int TestDatabase::readingCount(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM usage_readings")).toInt();
}

void TestDatabase::open_createsFileAtLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/store.sqlite"));
    Database db;
    const StoreStatus status = db.open(path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QVERIFY(db.isOpen());
    QVERIFY(QFile::exists(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 4);
}

void TestDatabase::open_configuresWalForeignKeysAndTimeout()
{
    QTemporaryDir dir;
    Database db;
    DatabaseOptions options;
    options.busyTimeoutMs = 1234;
    QVERIFY(db.open(storetest::dbPath(dir), options).ok());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
}

// A fresh file is made at synchronous=NORMAL (no fsync of FULL before the first paint) and then
// takes the level asked for; a file opened again takes it from the start.
void TestDatabase::open_freshFileTakesTheSyncLevelAskedFor()
{
    QTemporaryDir dir;
    DatabaseOptions cache;
    cache.fullSync = false;
    {
        Database db;
        QVERIFY(db.open(storetest::dbPath(dir), cache).ok());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    }
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::open_createsEveryTable_data()
{
    QTest::addColumn<QString>("table");
    for (const char *name : {"local_drafts", "customers", "products", "invoice_cache", "sync_state",
             "usage_readings", "outbox", "outbox_events", "batch_invoices", "batch_runs"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestDatabase::open_createsEveryTable()
{
    QFETCH(QString, table);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    QCOMPARE(scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '")
                     + table + QLatin1Char('\''))
                 .toInt(),
        1);
}

void TestDatabase::migrations_continueFromAnOlderFileKeepingData()
{
    QTemporaryDir dir;
    {
        Database db;
        DatabaseOptions options;
        options.schemaVersion = 1;
        QVERIFY(db.open(storetest::dbPath(dir), options).ok());
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'outbox'")).toInt()
            == 0);
        QSqlQuery insert(db.connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO customers (environment, customer_key, name) VALUES ('demo', 'name:a', 'A')")));
    }
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM customers")).toString(), QStringLiteral("A"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
}

void TestDatabase::reopen_keepsDataAndVersion()
{
    QTemporaryDir dir;
    const QDateTime at(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    {
        Database db;
        QVERIFY(db.open(storetest::dbPath(dir)).ok());
        UsageReadingRepository readings(db);
        QVERIFY(readings.add(QStringLiteral("demo"), at, 480).ok());
    }
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(readingCount(db), 1);
}

void TestDatabase::open_refusesNewerSchema()
{
    QTemporaryDir dir;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(storetest::dbPath(dir));
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version=99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    Database db;
    const StoreStatus status = db.open(storetest::dbPath(dir));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, StoreError::Kind::Migration);
    QVERIFY2(status.error().detail.contains(QLatin1String("99")), qPrintable(status.error().toString()));
    QVERIFY(!db.isOpen());
}

void TestDatabase::open_reportsUnusablePath()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database db;
    const StoreStatus status = db.open(dir.filePath(QStringLiteral("file/store.sqlite")));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, StoreError::Kind::Open);
    QCOMPARE(status.error().operation, QStringLiteral("database.open"));
    QVERIFY(!status.error().userMessage().isEmpty());
}

void TestDatabase::instances_useTheirOwnConnections()
{
    QTemporaryDir dir;
    Database writer;
    Database reader;
    QVERIFY(writer.open(storetest::dbPath(dir)).ok());
    QVERIFY(reader.open(storetest::dbPath(dir)).ok());
    QVERIFY(writer.connectionName() != reader.connectionName());
    UsageReadingRepository readings(writer);
    QVERIFY(readings.add(QStringLiteral("demo"), QDateTime::currentDateTimeUtc(), 10).ok());
    QCOMPARE(readingCount(reader), 1);
    reader.close();
    QVERIFY(!reader.isOpen());
    QVERIFY(writer.isOpen());
}

void TestDatabase::transaction_rollsBackWhenNotCommitted()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    UsageReadingRepository readings(db);
    {
        Transaction transaction(db, QStringLiteral("test"));
        QVERIFY(transaction.status().ok());
        QVERIFY(readings.add(QStringLiteral("demo"), QDateTime::currentDateTimeUtc(), 1).ok());
        QCOMPARE(readingCount(db), 1);
    }
    QCOMPARE(readingCount(db), 0);
    QCOMPARE(db.transactionDepth(), 0);
}

void TestDatabase::nestedTransaction_rollsBackOnlyItsOwnPart()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    UsageReadingRepository readings(db);
    Transaction outer(db, QStringLiteral("outer"));
    QVERIFY(readings.add(QStringLiteral("demo"), QDateTime::currentDateTimeUtc(), 1).ok());
    {
        Transaction inner(db, QStringLiteral("inner"));
        QVERIFY(inner.status().ok());
        QCOMPARE(db.transactionDepth(), 2);
        QVERIFY(readings.add(QStringLiteral("demo"), QDateTime::currentDateTimeUtc(), 2).ok());
    }
    QCOMPARE(readingCount(db), 1);
    QVERIFY(outer.commit().ok());
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(readingCount(db), 1);
}

void TestDatabase::failedStatement_namesTheOperation()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(storetest::dbPath(dir)).ok());
    Statement statement(db, QStringLiteral("test.badInsert"));
    QVERIFY(statement
                .prepare(QStringLiteral("INSERT INTO outbox_events (entry_id, at, to_state)"
                                        " VALUES (424242, 0, 'queued')"))
                .ok());
    const StoreStatus status = statement.exec(); // foreign key: no outbox entry 424242
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, StoreError::Kind::Query);
    QVERIFY(status.error().toString().startsWith(QLatin1String("test.badInsert: ")));
    QVERIFY2(status.error().detail.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
        qPrintable(status.error().detail));
}

// Buyers' data (issue 21): 0600 files, 0700 folders, whatever the umask; WAL and SHM included.
void TestDatabase::open_makesTheFileItsWalAndNewFoldersPrivate()
{
    const DesktopUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/app/einvoice.sqlite"));
    Database db;
    QVERIFY(db.open(path).ok());
    UsageReadingRepository readings(db);
    QVERIFY(readings.add(QStringLiteral("demo"), QDateTime::currentDateTimeUtc(), 10).ok());
    test::verifyOwnerOnlyDatabase(path);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("data/app"))), 0700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("data"))), 0700);
}

void TestDatabase::open_tightensAFileLeftWorldReadable()
{
    const DesktopUmask umask;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile file(path + QLatin1String(suffix));
        if (!file.exists())
            QVERIFY(file.open(QIODevice::WriteOnly)); // as an earlier version might have left it
        QVERIFY(::chmod(QFile::encodeName(file.fileName()).constData(), 0644) == 0);
    }
    Database db;
    QVERIFY(db.open(path).ok());
    test::verifyOwnerOnlyDatabase(path);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
