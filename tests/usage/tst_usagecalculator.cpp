// The dashboard's figures on fixed invoices with a fake clock (issue 8).

#include "core/clock.h"
#include "usage/usagecalculator.h"
#include "usagetestdata.h"

#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TestUsageCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void today_isTheDateInVietnam_data();
    void today_isTheDateInVietnam();
    void issuedPerDay_countsIssuedInvoicesOfTheLast30Days_data();
    void issuedPerDay_countsIssuedInvoicesOfTheLast30Days();
    void issuedPerMonth_countsTheLast12Months_data();
    void issuedPerMonth_countsTheLast12Months();
    void compute_countsThisAndLastMonth_data();
    void compute_countsThisAndLastMonth();
    void compute_countsDraftsAndJobs_data();
    void compute_countsDraftsAndJobs();
    void compute_takesTheLatestReading();
};

void TestUsageCalculator::today_isTheDateInVietnam_data()
{
    QTest::addColumn<QDateTime>("nowUtc");
    QTest::addColumn<QDate>("today");
    QTest::newRow("morning") << QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC) << QDate(2026, 11, 24);
    QTest::newRow("after 17:00 UTC is tomorrow")
        << QDateTime(QDate(2026, 11, 24), QTime(17, 0), Qt::UTC) << QDate(2026, 11, 25);
    QTest::newRow("new year") << QDateTime(QDate(2026, 12, 31), QTime(18, 30), Qt::UTC) << QDate(2027, 1, 1);
}

void TestUsageCalculator::today_isTheDateInVietnam()
{
    QFETCH(QDateTime, nowUtc);
    QFETCH(QDate, today);
    ManualClock clock(nowUtc);
    QCOMPARE(UsageCalculator(clock).today(), today);
}

void TestUsageCalculator::issuedPerDay_countsIssuedInvoicesOfTheLast30Days_data()
{
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<int>("today");

    QTest::newRow("nothing") << QStringList() << 0 << 0 << 0;
    QTest::newRow("window edges") << QStringList {QStringLiteral("2026-11-24 issued"),
        QStringLiteral("2026-11-24 issued"), QStringLiteral("2026-10-26 issued"),
        QStringLiteral("2026-10-25 issued")}
                                  << 3 << 1 << 2;
    QTest::newRow("drafts do not count") << QStringList {QStringLiteral("2026-11-20 draft")} << 0 << 0 << 0;
    QTest::newRow("cancelled used quota")
        << QStringList {QStringLiteral("2026-11-20 cancelled")} << 1 << 0 << 0;
    QTest::newRow("future dates ignored") << QStringList {QStringLiteral("2026-11-25 issued")} << 0 << 0 << 0;
}

void TestUsageCalculator::issuedPerDay_countsIssuedInvoicesOfTheLast30Days()
{
    QFETCH(QStringList, invoices);
    QFETCH(int, total);
    QFETCH(int, firstDay);
    QFETCH(int, today);

    const QList<DayCount> days = UsageCalculator::issuedPerDay(invoiceRows(invoices), QDate(2026, 11, 24));
    QCOMPARE(days.size(), 30);
    QCOMPARE(days.first().day, QDate(2026, 10, 26));
    QCOMPARE(days.last().day, QDate(2026, 11, 24));
    int sum = 0;
    for (int i = 0; i < days.size(); ++i) {
        sum += days.at(i).issued;
        if (i > 0)
            QCOMPARE(days.at(i - 1).day.addDays(1), days.at(i).day);
    }
    QCOMPARE(sum, total);
    QCOMPARE(days.first().issued, firstDay);
    QCOMPARE(days.last().issued, today);
}

void TestUsageCalculator::issuedPerMonth_countsTheLast12Months_data()
{
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<QList<int>>("counts");

    QList<int> none(12, 0);
    QTest::newRow("nothing") << QStringList() << none;
    QList<int> spread = none;
    spread[0] = 1; // 12/2025
    spread[2] = 2; // 02/2026
    spread[11] = 1; // 11/2026
    QTest::newRow("spread") << QStringList {QStringLiteral("2025-12-01 issued"),
        QStringLiteral("2025-11-30 issued"), QStringLiteral("2026-02-15 issued"),
        QStringLiteral("2026-02-28 cancelled"), QStringLiteral("2026-02-27 draft"),
        QStringLiteral("2026-11-24 issued")}
                            << spread;
}

void TestUsageCalculator::issuedPerMonth_countsTheLast12Months()
{
    QFETCH(QStringList, invoices);
    QFETCH(QList<int>, counts);

    const QList<MonthCount> months
        = UsageCalculator::issuedPerMonth(invoiceRows(invoices), QDate(2026, 11, 24));
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.first().month, QDate(2025, 12, 1));
    QCOMPARE(months.last().month, QDate(2026, 11, 1));
    QList<int> actual;
    for (const MonthCount &month : months)
        actual.append(month.issued);
    QCOMPARE(actual, counts);
}

void TestUsageCalculator::compute_countsThisAndLastMonth_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<int>("thisMonth");
    QTest::addColumn<int>("lastMonth");

    const QStringList november {QStringLiteral("2026-11-01 issued"), QStringLiteral("2026-11-24 issued"),
        QStringLiteral("2026-10-31 issued"), QStringLiteral("2026-10-01 cancelled"),
        QStringLiteral("2026-10-15 draft"), QStringLiteral("2026-09-30 issued")};
    QTest::newRow("november") << QDate(2026, 11, 24) << november << 2 << 2;
    QTest::newRow("january looks at december")
        << QDate(2027, 1, 5)
        << QStringList {QStringLiteral("2026-12-31 issued"), QStringLiteral("2027-01-02 issued"),
               QStringLiteral("2026-01-15 issued")}
        << 1 << 1;
    QTest::newRow("empty") << QDate(2026, 11, 24) << QStringList() << 0 << 0;
}

void TestUsageCalculator::compute_countsThisAndLastMonth()
{
    QFETCH(QDate, today);
    QFETCH(QStringList, invoices);
    QFETCH(int, thisMonth);
    QFETCH(int, lastMonth);

    ManualClock clock(vietnamMorningUtc(today));
    UsageInput input;
    input.invoices = invoiceRows(invoices);
    const UsageFigures figures = UsageCalculator(clock).compute(input);
    QCOMPARE(figures.today, today);
    QCOMPARE(figures.issuedThisMonth, thisMonth);
    QCOMPARE(figures.issuedLastMonth, lastMonth);
}

void TestUsageCalculator::compute_countsDraftsAndJobs_data()
{
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<QStringList>("outbox");
    QTest::addColumn<int>("drafts");
    QTest::addColumn<int>("running");
    QTest::addColumn<int>("failed");

    QTest::newRow("nothing") << QStringList() << QStringList() << 0 << 0 << 0;
    QTest::newRow("drafts") << QStringList {QStringLiteral("2026-11-01 draft"),
        QStringLiteral("2025-01-01 draft"), QStringLiteral("2026-11-02 issued")}
                            << QStringList() << 2 << 0 << 0;
    // REF-1 is pending in the cache and in the outbox: one job, not two.
    QTest::newRow("pending in cache and outbox")
        << QStringList {QStringLiteral("2026-11-01 draft pending"),
               QStringLiteral("2026-11-01 draft pending")}
        << QStringList {QStringLiteral("REF-1"), QStringLiteral("NEW-9")} << 2 << 3 << 0;
    QTest::newRow("failed") << QStringList {QStringLiteral("2026-11-01 draft failed"),
        QStringLiteral("2026-11-03 issued failed")}
                            << QStringList() << 1 << 0 << 2;
}

void TestUsageCalculator::compute_countsDraftsAndJobs()
{
    QFETCH(QStringList, invoices);
    QFETCH(QStringList, outbox);
    QFETCH(int, drafts);
    QFETCH(int, running);
    QFETCH(int, failed);

    ManualClock clock(vietnamMorningUtc(QDate(2026, 11, 24)));
    UsageInput input;
    input.invoices = invoiceRows(invoices);
    input.unfinishedJobs = outboxEntries(outbox);
    const UsageFigures figures = UsageCalculator(clock).compute(input);
    QCOMPARE(figures.draftsWaiting, drafts);
    QCOMPARE(figures.jobs.running, running);
    QCOMPARE(figures.jobs.failed, failed);
}

void TestUsageCalculator::compute_takesTheLatestReading()
{
    ManualClock clock(vietnamMorningUtc(QDate(2026, 11, 24)));
    UsageInput input;
    // 21 invoices over the 21 working days before today: one a day.
    QStringList specs;
    for (QDate day(2026, 10, 25); day < QDate(2026, 11, 24); day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            specs.append(day.toString(Qt::ISODate) + QStringLiteral(" issued"));
    }
    input.invoices = invoiceRows(specs);
    input.readings = {UsageReading {1, QStringLiteral("demo"), clock.nowUtc().addDays(-2), 40},
        UsageReading {2, QStringLiteral("demo"), clock.nowUtc(), 10}};
    const UsageFigures figures = UsageCalculator(clock).compute(input);
    QVERIFY(figures.latestReading);
    QCOMPARE(figures.latestReading->remaining, qint64(10));
    QCOMPARE(figures.rate, (IssueRate {21, 21}));
    QCOMPARE(figures.forecast.kind, QuotaForecast::Kind::OnDate);
    QCOMPARE(figures.forecast.date, QDate(2026, 12, 8));
    QCOMPARE(figures.forecast.workingDaysLeft, 10);
}

QTEST_GUILESS_MAIN(TestUsageCalculator)
#include "tst_usagecalculator.moc"
