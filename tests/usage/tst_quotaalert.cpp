// The low-quota alert fires once per crossing; numbers read the Vietnamese way (issue 8).

#include "usage/numberformat.h"
#include "usage/quotaalert.h"

#include <QTest>

using namespace einvoice;

class TestQuotaAlert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void update_alertsOncePerCrossing_data();
    void update_alertsOncePerCrossing();
    void reset_alertsAgainForTheNextEnvironment();
    void count_groupsThousandsWithDots_data();
    void count_groupsThousandsWithDots();
    void count_followsTheUiLanguage();
};

void TestQuotaAlert::update_alertsOncePerCrossing_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QList<qint64>>("readings");
    QTest::addColumn<QList<bool>>("alerts");

    QTest::newRow("down, stays, recovers, down again")
        << 20 << QList<qint64> {50, 19, 10, 5, 25, 15}
        << QList<bool> {false, true, false, false, false, true};
    QTest::newRow("first reading already low") << 20 << QList<qint64> {3, 2} << QList<bool> {true, false};
    QTest::newRow("at the threshold is not under")
        << 20 << QList<qint64> {20, 19, 20, 20} << QList<bool> {false, true, false, false};
    QTest::newRow("off") << 0 << QList<qint64> {0, -1, 5} << QList<bool> {false, false, false};
    QTest::newRow("used up") << 1 << QList<qint64> {1, 0, 0} << QList<bool> {false, true, false};
}

void TestQuotaAlert::update_alertsOncePerCrossing()
{
    QFETCH(int, threshold);
    QFETCH(QList<qint64>, readings);
    QFETCH(QList<bool>, alerts);

    QuotaAlert alert(threshold);
    QList<bool> actual;
    for (qint64 remaining : readings)
        actual.append(alert.update(remaining));
    QCOMPARE(actual, alerts);
}

void TestQuotaAlert::reset_alertsAgainForTheNextEnvironment()
{
    QuotaAlert alert(20);
    QVERIFY(alert.update(5));
    QVERIFY(alert.isLow());
    QVERIFY(!alert.update(4));
    alert.reset();
    QVERIFY(alert.update(4));
    alert.setThreshold(0);
    QVERIFY(!alert.isLow());
    QVERIFY(!alert.update(4));
}

void TestQuotaAlert::count_groupsThousandsWithDots_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("hundreds") << qint64(999) << QStringLiteral("999");
    QTest::newRow("thousands") << qint64(1500) << QStringLiteral("1.500");
    QTest::newRow("millions") << qint64(1234567) << QStringLiteral("1.234.567");
    QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-1.500");
}

void TestQuotaAlert::count_groupsThousandsWithDots()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::count(value), text);
    QCOMPARE(NumberFormat::decimal(2.5), QStringLiteral("2,5"));
}

// Issue 16.13: the English UI reads numbers the English way.
void TestQuotaAlert::count_followsTheUiLanguage()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(NumberFormat::count(2788284000), QStringLiteral("2,788,284,000"));
    QCOMPARE(NumberFormat::decimal(0.6, 1), QStringLiteral("0.6"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QCOMPARE(NumberFormat::count(2788284000), QStringLiteral("2.788.284.000"));
    QCOMPARE(NumberFormat::decimal(0.6, 1), QStringLiteral("0,6"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestQuotaAlert)
#include "tst_quotaalert.moc"
