// Every time shown to the user is Vietnam's (UTC+7), whatever the machine's time zone: the usage
// page's readings and the invoice list's "last refreshed" share VietnamTime::format (issue 8).

#include "core/vietnamtime.h"
#include "usage/numberformat.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace einvoice;

class TestVietnamTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_showsVietnamWallTime_data();
    void format_showsVietnamWallTime();
    void format_ignoresTheMachineTimeZone_data();
    void format_ignoresTheMachineTimeZone();
    void format_invalidTimeIsEmpty();

private:
    static void setMachineZone(const QByteArray &tz);
};

void TestVietnamTime::setMachineZone(const QByteArray &tz)
{
    qputenv("TZ", tz);
    tzset();
}

void TestVietnamTime::format_showsVietnamWallTime_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("shown");

    const Qt::TimeSpec utc = Qt::UTC;
    QTest::newRow("evening UTC is next morning")
        << QDateTime(QDate(2026, 11, 24), QTime(20, 30), utc) << QStringLiteral("03:30 25/11/2026");
    QTest::newRow("new year's eve") << QDateTime(QDate(2026, 12, 31), QTime(17, 0), utc)
                                    << QStringLiteral("00:00 01/01/2027");
    QTest::newRow("already +7") << QDateTime(QDate(2026, 1, 5), QTime(9, 5), QTimeZone(7 * 3600))
                                << QStringLiteral("09:05 05/01/2026");
    QTest::newRow("from Berlin summer time") << QDateTime(QDate(2026, 7, 1), QTime(12, 0),
        QTimeZone(2 * 3600)) << QStringLiteral("17:00 01/07/2026");
}

void TestVietnamTime::format_showsVietnamWallTime()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, shown);
    QCOMPARE(VietnamTime::format(when), shown);
    QCOMPARE(NumberFormat::dateTime(when), shown);
    QCOMPARE(VietnamTime::toVietnam(when).offsetFromUtc(), 7 * 3600);
    QCOMPARE(VietnamTime::toVietnam(when), when);
}

void TestVietnamTime::format_ignoresTheMachineTimeZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::newRow("UTC") << QByteArray("UTC0");
    QTest::newRow("UTC-5") << QByteArray("EST5");
    QTest::newRow("UTC+9") << QByteArray("JST-9");
}

void TestVietnamTime::format_ignoresTheMachineTimeZone()
{
    QFETCH(QByteArray, tz);
    const QByteArray saved = qgetenv("TZ");
    setMachineZone(tz);
    // A time as the sync engine keeps it (UTC) and the same instant in the machine's local time.
    const QDateTime utc(QDate(2026, 11, 24), QTime(20, 30), Qt::UTC);
    const QString local = VietnamTime::format(utc.toLocalTime());
    const QString fromUtc = VietnamTime::format(utc);
    if (saved.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    QCOMPARE(fromUtc, QStringLiteral("03:30 25/11/2026"));
    QCOMPARE(local, QStringLiteral("03:30 25/11/2026"));
}

void TestVietnamTime::format_invalidTimeIsEmpty()
{
    QVERIFY(VietnamTime::format(QDateTime()).isEmpty());
}

QTEST_APPLESS_MAIN(TestVietnamTime)
#include "tst_vietnamtime.moc"
