// Working days, the issuing pace and the date the quota runs out (issue 8).

#include "usage/usagecalculator.h"
#include "usage/vietnamholidays.h"
#include "usage/workingcalendar.h"
#include "usagetestdata.h"

#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TestQuotaForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workingDaysBetween_skipsWeekendsAndHolidays_data();
    void workingDaysBetween_skipsWeekendsAndHolidays();
    void nthWorkingDayAfter_neverCountsTheDayItself_data();
    void nthWorkingDayAfter_neverCountsTheDayItself();
    void vietnamHolidays_coverTheFixedHolidays_data();
    void vietnamHolidays_coverTheFixedHolidays();
    void rate_countsTheCompleteDaysBeforeToday_data();
    void rate_countsTheCompleteDaysBeforeToday();
    void forecast_findsTheWorkingDayTheQuotaRunsOut_data();
    void forecast_findsTheWorkingDayTheQuotaRunsOut();
};

void TestQuotaForecast::workingDaysBetween_skipsWeekendsAndHolidays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("vietnam");
    QTest::addColumn<int>("days");

    QTest::newRow("one week") << QDate(2026, 11, 23) << QDate(2026, 11, 29) << false << 5;
    QTest::newRow("weekend only") << QDate(2026, 11, 28) << QDate(2026, 11, 29) << false << 0;
    QTest::newRow("reversed") << QDate(2026, 11, 29) << QDate(2026, 11, 23) << false << 0;
    QTest::newRow("single day") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << false << 1;
    QTest::newRow("tet week without holidays") << QDate(2026, 2, 16) << QDate(2026, 2, 20) << false << 5;
    QTest::newRow("tet week in vietnam") << QDate(2026, 2, 16) << QDate(2026, 2, 20) << true << 0;
    QTest::newRow("30/4 and 1/5 2026") << QDate(2026, 4, 27) << QDate(2026, 5, 1) << true << 2;
}

void TestQuotaForecast::workingDaysBetween_skipsWeekendsAndHolidays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, vietnam);
    QFETCH(int, days);
    const WorkingCalendar calendar = vietnam ? VietnamHolidays::calendar() : WorkingCalendar();
    QCOMPARE(calendar.workingDaysBetween(from, to), days);
}

void TestQuotaForecast::nthWorkingDayAfter_neverCountsTheDayItself_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("tomorrow") << QDate(2026, 11, 24) << 1 << QDate(2026, 11, 25);
    QTest::newRow("over a weekend") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
    QTest::newRow("from a sunday") << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 30);
    QTest::newRow("two weeks") << QDate(2026, 11, 24) << 10 << QDate(2026, 12, 8);
}

void TestQuotaForecast::nthWorkingDayAfter_neverCountsTheDayItself()
{
    QFETCH(QDate, day);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingCalendar().nthWorkingDayAfter(day, n), expected);
}

void TestQuotaForecast::vietnamHolidays_coverTheFixedHolidays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("holiday");
    for (int year = VietnamHolidays::firstYear(); year <= VietnamHolidays::lastYear(); ++year) {
        QTest::addRow("%d-01-01", year) << QDate(year, 1, 1) << true;
        QTest::addRow("%d-04-30", year) << QDate(year, 4, 30) << true;
        QTest::addRow("%d-09-02", year) << QDate(year, 9, 2) << true;
        QTest::addRow("%d-06-15", year) << QDate(year, 6, 15) << false;
    }
}

void TestQuotaForecast::vietnamHolidays_coverTheFixedHolidays()
{
    QFETCH(QDate, day);
    QFETCH(bool, holiday);
    QCOMPARE(VietnamHolidays::calendar().isHoliday(day), holiday);
}

void TestQuotaForecast::rate_countsTheCompleteDaysBeforeToday_data()
{
    QTest::addColumn<QStringList>("invoices");
    QTest::addColumn<int>("issued");

    QTest::newRow("nothing") << QStringList() << 0;
    QTest::newRow("today is not complete") << QStringList {QStringLiteral("2026-11-24 issued")} << 0;
    QTest::newRow("window edges") << QStringList {QStringLiteral("2026-11-23 issued"),
        QStringLiteral("2026-10-25 issued"), QStringLiteral("2026-10-24 issued")}
                                  << 2;
    QTest::newRow("weekend issuing counts") << QStringList {QStringLiteral("2026-11-22 issued")} << 1;
    QTest::newRow("drafts do not") << QStringList {QStringLiteral("2026-11-20 draft")} << 0;
}

void TestQuotaForecast::rate_countsTheCompleteDaysBeforeToday()
{
    QFETCH(QStringList, invoices);
    QFETCH(int, issued);
    // 25/10 .. 23/11/2026 holds 21 working days.
    const IssueRate rate
        = UsageCalculator::rate(invoiceRows(invoices), QDate(2026, 11, 24), WorkingCalendar());
    QCOMPARE(rate.workingDays, 21);
    QCOMPARE(rate.issued, issued);
}

void TestQuotaForecast::forecast_findsTheWorkingDayTheQuotaRunsOut_data()
{
    QTest::addColumn<qint64>("remaining"); // -1: never read
    QTest::addColumn<int>("issued");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("vietnam");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("daysLeft");

    const QDate today(2026, 11, 24);
    const int onDate = int(QuotaForecast::Kind::OnDate);
    QTest::newRow("never read") << qint64(-1) << 21 << 21 << today << false
                                << int(QuotaForecast::Kind::NoReading) << QDate() << 0;
    QTest::newRow("used up") << qint64(0) << 21 << 21 << today << false << int(QuotaForecast::Kind::Exhausted)
                             << today << 0;
    QTest::newRow("no activity") << qint64(100) << 0 << 21 << today << false
                                 << int(QuotaForecast::Kind::NoActivity) << QDate() << 0;
    QTest::newRow("one a day") << qint64(10) << 21 << 21 << today << false << onDate << QDate(2026, 12, 8)
                               << 10;
    QTest::newRow("two a day") << qint64(10) << 42 << 21 << today << false << onDate << QDate(2026, 12, 1)
                               << 5;
    QTest::newRow("rounds up") << qint64(5) << 10 << 21 << today << false << onDate << QDate(2026, 12, 9)
                               << 11;
    QTest::newRow("last one today") << qint64(1) << 63 << 21 << today << false << onDate
                                    << QDate(2026, 11, 25) << 1;
    QTest::newRow("tet without holidays")
        << qint64(3) << 21 << 21 << QDate(2026, 2, 13) << false << onDate << QDate(2026, 2, 18) << 3;
    QTest::newRow("tet in vietnam") << qint64(3) << 21 << 21 << QDate(2026, 2, 13) << true << onDate
                                    << QDate(2026, 2, 25) << 3;
    QTest::newRow("years away") << qint64(1000000) << 1 << 21 << today << false
                                << int(QuotaForecast::Kind::BeyondHorizon) << QDate() << 0;
}

void TestQuotaForecast::forecast_findsTheWorkingDayTheQuotaRunsOut()
{
    QFETCH(qint64, remaining);
    QFETCH(int, issued);
    QFETCH(int, workingDays);
    QFETCH(QDate, today);
    QFETCH(bool, vietnam);
    QFETCH(int, kind);
    QFETCH(QDate, date);
    QFETCH(int, daysLeft);

    const std::optional<qint64> left = remaining < 0 ? std::nullopt : std::optional<qint64>(remaining);
    const WorkingCalendar calendar = vietnam ? VietnamHolidays::calendar() : WorkingCalendar();
    const QuotaForecast forecast
        = UsageCalculator::forecast(left, IssueRate {issued, workingDays}, today, calendar);
    QCOMPARE(int(forecast.kind), kind);
    QCOMPARE(forecast.date, date);
    QCOMPARE(forecast.workingDaysLeft, daysLeft);
}

QTEST_GUILESS_MAIN(TestQuotaForecast)
#include "tst_quotaforecast.moc"
