// The usage charts on their own (issue 8): the old dashboard read 0..1 on the value axes while the
// bars went higher. New figures rescale the value axes to whole round steps and relabel them in
// the same call, and the quota chart's time axis reads Vietnam's time.

#include "ui/usage/usagecharts.h"
#include "usagechartprobe.h"

#include <QTest>

#include <ctime>

using namespace einvoice;
using namespace einvoice::usagetest;

namespace {

const QString testEnvironment = QStringLiteral("sandbox-test");

} // namespace

class TestUsageCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void charts_labelTheNewRangeAtOnce();
};

void TestUsageCharts::initTestCase()
{
    // The machine's zone differs from Vietnam's, so that times shown in it would be caught.
    qputenv("TZ", "UTC0");
    tzset();
}

// The old dashboard read 0..1 on the value axes while the bars went higher: new figures must
// rescale the axes and relabel them in the same call, before any paint or layout event.
void TestUsageCharts::charts_labelTheNewRangeAtOnce()
{
    UsageCharts charts;
    charts.resize(900, 800);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    const QDate today(2026, 11, 24);
    UsageFigures figures;
    for (int i = 0; i < 30; ++i)
        figures.daily.append(DayCount {today.addDays(i - 29), i == 20 ? 17 : i % 3});
    for (int i = 0; i < 12; ++i)
        figures.monthly.append(MonthCount {QDate(2026, 1 + (i + 11) % 12, 1), 10 * i});
    const QDateTime at(today, QTime(2, 0), Qt::UTC);
    figures.readings = {UsageReading {1, testEnvironment, at, 1234567},
        UsageReading {2, testEnvironment, at.addSecs(3600), 1234000}};
    charts.setFigures(figures);

    QCOMPARE(barValues(charts.dailyView()).at(20), 17);
    QString problem = axisProblem(charts.dailyView(), 17);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = axisProblem(charts.monthlyView(), 110);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = axisProblem(charts.quotaView(), 1234567);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList daily = shownTexts(charts.dailyView());
    for (const QString &label : {QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("20")})
        QVERIFY2(daily.contains(label), qPrintable(daily.join(u'|')));
    QVERIFY2(!daily.contains(QStringLiteral("1")), qPrintable(daily.join(u'|')));
    const QStringList monthly = shownTexts(charts.monthlyView());
    QVERIFY2(monthly.contains(QStringLiteral("150")), qPrintable(monthly.join(u'|')));
    const QStringList quota = shownTexts(charts.quotaView());
    QVERIFY2(quota.contains(QStringLiteral("1.500.000")), qPrintable(quota.join(u'|')));
    // The time axis reads Vietnam's time: 02:00 UTC is 09:00 there.
    QVERIFY2(quota.contains(QStringLiteral("24/11 09:00")), qPrintable(quota.join(u'|')));
}

QTEST_MAIN(TestUsageCharts)
#include "tst_usagecharts.moc"
