#include "store/database.h"
#include "store/usagereadingrepository.h"
#include "storetestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestUsageReadings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void latest_isTheMostRecentReadingOfTheEnvironment();
    void history_isOldestFirstWithinBounds();
    void pruneBefore_removesOnlyOlderReadings();
    void readingWithoutTime_isRefused();

private:
    QDateTime day(int d) const { return QDateTime(QDate(2026, 3, d), QTime(9, 0), Qt::UTC); }

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    UsageReadingRepository *m_readings = nullptr;
};

void TestUsageReadings::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_readings = new UsageReadingRepository(*m_db);
    for (int d = 1; d <= 5; ++d)
        QVERIFY(m_readings->add(QStringLiteral("demo"), day(d), 1000 - d * 10).ok());
    QVERIFY(m_readings->add(QStringLiteral("production"), day(9), 42).ok());
}

void TestUsageReadings::cleanup()
{
    delete m_readings;
    delete m_db;
    delete m_dir;
}

void TestUsageReadings::latest_isTheMostRecentReadingOfTheEnvironment()
{
    const std::optional<UsageReading> latest = m_readings->latest(QStringLiteral("demo")).value();
    QVERIFY(latest.has_value());
    QCOMPARE(latest->readAt, day(5));
    QCOMPARE(latest->remaining, 950);
    QCOMPARE(m_readings->latest(QStringLiteral("production"))->value().remaining, 42);
    QVERIFY(!m_readings->latest(QStringLiteral("sandbox"))->has_value());
}

void TestUsageReadings::history_isOldestFirstWithinBounds()
{
    const QList<UsageReading> all = m_readings->history(QStringLiteral("demo")).value();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().readAt, day(1));
    QCOMPARE(all.last().readAt, day(5));
    const QList<UsageReading> some = m_readings->history(QStringLiteral("demo"), day(2), day(4)).value();
    QCOMPARE(some.size(), 2); // [from, to)
    QCOMPARE(some.at(0).remaining, 980);
    QCOMPARE(some.at(1).remaining, 970);
}

void TestUsageReadings::pruneBefore_removesOnlyOlderReadings()
{
    const int production = int(m_readings->history(QStringLiteral("production"))->size());
    const int olderProduction
        = int(m_readings->history(QStringLiteral("production"), QDateTime(), day(3))->size());
    QCOMPARE(m_readings->pruneBefore(day(3)).value(), 2 + olderProduction);
    QCOMPARE(m_readings->history(QStringLiteral("demo"))->size(), 3);
    QCOMPARE(m_readings->history(QStringLiteral("production"))->size(), production - olderProduction);
}

void TestUsageReadings::readingWithoutTime_isRefused()
{
    const StoreResult<UsageReading> result = m_readings->add(QStringLiteral("demo"), QDateTime(), 5);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoreError::Kind::InvalidData);
}

QTEST_GUILESS_MAIN(TestUsageReadings)
#include "tst_usagereadings.moc"
