#include "core/decimal.h"

#include <QTest>

#include <limits>

using einvoice::Decimal;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromString_data();
    void fromString();
    void rounding_data();
    void rounding();
    void multiply_isExact();
    void percentOf_roundsHalfAwayFromZero();
    void arithmeticPastTheRange_isRefused();
    void jsonExponent_isAccepted();
};

void TestDecimal::fromString_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxDecimals");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("integer") << "1500000" << 4 << true << "1500000";
    QTest::newRow("two decimals") << "2.75" << 2 << true << "2.75";
    QTest::newRow("negative") << "-0.25" << 4 << true << "-0.25";
    QTest::newRow("padded string from API") << "100000.00" << 2 << true << "100000";
    QTest::newRow("too many decimals") << "1.234" << 2 << false << "";
    QTest::newRow("trailing zeros beyond limit") << "2.500000" << 2 << true << "2.5";
    QTest::newRow("comma rejected") << "1,5" << 4 << false << "";
    QTest::newRow("empty") << "" << 4 << false << "";
    QTest::newRow("lone dot") << "." << 4 << false << "";
    QTest::newRow("dangling dot") << "5." << 4 << false << "";
    QTest::newRow("leading dot") << ".5" << 4 << true << "0.5";
    QTest::newRow("letters") << "12a" << 4 << false << "";
    QTest::newRow("overflow") << "99999999999999999999" << 4 << false << "";
}

void TestDecimal::fromString()
{
    QFETCH(QString, input);
    QFETCH(int, maxDecimals);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);

    const std::optional<Decimal> value = Decimal::fromString(input, maxDecimals);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(value->toString(), canonical);
}

void TestDecimal::rounding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("half up") << "2.5" << 0 << "3";
    QTest::newRow("below half") << "2.4999" << 0 << "2";
    QTest::newRow("negative half away") << "-2.5" << 0 << "-3";
    QTest::newRow("cents") << "1.005" << 2 << "1.01";
    QTest::newRow("no-op") << "7.25" << 2 << "7.25";
}

void TestDecimal::rounding()
{
    QFETCH(QString, input);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::fromString(input)->rounded(decimals).toString(), expected);
}

void TestDecimal::multiply_isExact()
{
    const Decimal quantity = *Decimal::fromString(QStringLiteral("2.75"));
    const Decimal price = *Decimal::fromString(QStringLiteral("1234567.89"));
    // 2.75 * 1234567.89 = 3395061.6975
    QCOMPARE(Decimal::multiply(quantity, price)->toString(), QStringLiteral("3395061.6975"));
    QCOMPARE(Decimal::multiply(quantity, price)->toString(2), QStringLiteral("3395061.6975"));
    QCOMPARE(Decimal::fromInteger(3).toString(2), QStringLiteral("3.00"));
}

void TestDecimal::percentOf_roundsHalfAwayFromZero()
{
    // 8 % of 12345 = 987.6
    QCOMPARE(Decimal::percentOf(Decimal::fromInteger(12345), Decimal::fromInteger(8))->toString(),
        QStringLiteral("987.6"));
    // 10 % of 0.0005 = 0.00005 -> 0.0001
    QCOMPARE(
        Decimal::percentOf(*Decimal::fromString(QStringLiteral("0.0005")), Decimal::fromInteger(10))->units(),
        1);
}

void TestDecimal::arithmeticPastTheRange_isRefused()
{
    const Decimal largest = Decimal::fromUnits(std::numeric_limits<qint64>::max());
    QVERIFY(!Decimal::sum(largest, Decimal::fromUnits(1)).has_value());
    QVERIFY(!Decimal::sum(-largest, Decimal::fromUnits(-2)).has_value());
    QCOMPARE(Decimal::sum(largest, Decimal::fromUnits(-1))->units(), std::numeric_limits<qint64>::max() - 1);
    const Decimal big = Decimal::fromInteger(9'000'000'000);
    QVERIFY(!Decimal::multiply(big, big, 0).has_value()); // 8.1e19 used to wrap to a negative
    QCOMPARE(Decimal::multiply(big, Decimal::fromInteger(-100'000), 0)->toString(),
        QStringLiteral("-900000000000000"));
    QVERIFY(!Decimal::percentOf(largest, Decimal::fromInteger(101)).has_value());
}

void TestDecimal::jsonExponent_isAccepted()
{
    QCOMPARE(Decimal::fromJsonNumberText(QStringLiteral("1e+06"))->toString(), QStringLiteral("1000000"));
    QCOMPARE(Decimal::fromJsonNumberText(QStringLiteral("2.5E-2"))->toString(), QStringLiteral("0.025"));
    QVERIFY(!Decimal::fromJsonNumberText(QStringLiteral("1e-9")).has_value());
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
