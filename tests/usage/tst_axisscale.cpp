// The value axes of the usage charts: whole, round steps from 0 up to a maximum that covers the
// largest value (issue 8: the axis read 0..1 while the bars went higher).

#include "usage/axisscale.h"

#include <QTest>

using namespace einvoice;

class TestAxisScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void covering_roundsUpToFewWholeSteps_data();
    void covering_roundsUpToFewWholeSteps();
    void covering_alwaysCoversWithAtMostFiveSteps();
};

void TestAxisScale::covering_roundsUpToFewWholeSteps_data()
{
    QTest::addColumn<qint64>("largest");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("ticks");

    QTest::newRow("nothing issued") << qint64(0) << qint64(1) << qint64(1) << 2;
    QTest::newRow("negative reading") << qint64(-3) << qint64(1) << qint64(1) << 2;
    QTest::newRow("one") << qint64(1) << qint64(1) << qint64(1) << 2;
    QTest::newRow("two a day") << qint64(2) << qint64(2) << qint64(1) << 3;
    QTest::newRow("five") << qint64(5) << qint64(5) << qint64(1) << 6;
    QTest::newRow("six by two") << qint64(6) << qint64(6) << qint64(2) << 4;
    QTest::newRow("fourteen by five") << qint64(14) << qint64(15) << qint64(5) << 4;
    QTest::newRow("twenty by five") << qint64(20) << qint64(20) << qint64(5) << 5;
    QTest::newRow("twenty-one by five") << qint64(21) << qint64(25) << qint64(5) << 6;
    QTest::newRow("quota 500") << qint64(500) << qint64(500) << qint64(100) << 6;
    QTest::newRow("quota 1.234.567") << qint64(1234567) << qint64(1500000) << qint64(500000) << 4;
}

void TestAxisScale::covering_roundsUpToFewWholeSteps()
{
    QFETCH(qint64, largest);
    QFETCH(qint64, max);
    QFETCH(qint64, step);
    QFETCH(int, ticks);
    const AxisScale scale = AxisScale::covering(largest);
    QCOMPARE(scale.max, max);
    QCOMPARE(scale.step, step);
    QCOMPARE(scale.tickCount(), ticks);
}

void TestAxisScale::covering_alwaysCoversWithAtMostFiveSteps()
{
    for (qint64 largest = 1; largest < 100000; largest = largest * 3 + 1) {
        const AxisScale scale = AxisScale::covering(largest);
        QVERIFY2(scale.max >= largest, qPrintable(QString::number(largest)));
        QCOMPARE(scale.max % scale.step, qint64(0));
        QVERIFY(scale.tickCount() >= 2 && scale.tickCount() <= 6);
        QVERIFY2(scale.max - largest < scale.step, qPrintable(QString::number(largest)));
    }
}

QTEST_APPLESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
