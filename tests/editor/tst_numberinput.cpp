#include "editor/numberinput.h"

#include <QTest>

using namespace einvoice;

class TestNumberInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_acceptsVietnameseConventions_data();
    void parse_acceptsVietnameseConventions();
    void parse_respectsMaxDecimals();
    void format_groupsThousandsWithDots_data();
    void format_groupsThousandsWithDots();
    void formatThenParse_roundTrips();
};

void TestNumberInput::parse_acceptsVietnameseConventions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // Decimal::toString of the result

    const auto row = [](const char *name, const char *input, bool valid, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << valid << QString::fromLatin1(expected);
    };
    row("plain digits", "1500000", true, "1500000");
    row("grouped with dots", "1.500.000", true, "1500000");
    row("one group", "1.500", true, "1500");
    row("decimal comma", "2,5", true, "2.5");
    row("grouped with decimal comma", "1.234.567,75", true, "1234567.75");
    row("lone decimal dot", "2.5", true, "2.5");
    row("leading zero decimal dot", "0.25", true, "0.25");
    row("leading zero, three decimals is never grouping", "0.125", true, "0.125");
    row("one comma group is decimals", "1,500", true, "1.5");
    row("dot with four decimals", "1.2345", true, "1.2345");
    row("english grouping", "1,500,000", true, "1500000");
    row("spaces as grouping", "1 500 000", true, "1500000");
    row("no-break space",
        "1\xc2\xa0"
        "500",
        true, "1500");
    row("surrounding spaces", "  42  ", true, "42");
    row("negative", "-1.500", true, "-1500");
    row("negative decimal comma", "-0,5", true, "-0.5");
    row("zero", "0", true, "0");
    row("empty", "", false, "");
    row("only minus", "-", false, "");
    row("letters", "12a", false, "");
    row("two commas with dot", "1.000,5,5", false, "");
    row("bad grouping before comma", "1.50,5", false, "");
    row("two dots not grouped", "1.50.0", false, "");
    row("trailing comma", "5,", false, "");
    row("trailing dot", "5.", false, "");
    row("leading dot", ".5", false, "");
    row("bad english grouping", "1,50,000", false, "");
    row("first group too long", "1500.000.000", false, "");
    row("too many decimals", "1,23456", false, "");
    row("currency sign", "1.500đ", false, "");
    row("english decimals with grouping", "1,234.5", false, "");
    row("plus sign", "+5", false, "");
    row("percent", "5%", false, "");
}

void TestNumberInput::parse_acceptsVietnameseConventions()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const std::optional<Decimal> result = NumberInput::parse(input);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(result->toString(), expected);
}

void TestNumberInput::parse_respectsMaxDecimals()
{
    QVERIFY(NumberInput::parse(u"2,55", 2).has_value());
    QVERIFY(!NumberInput::parse(u"2,555", 2).has_value());
    QVERIFY(!NumberInput::parse(u"2,5", 0).has_value());
    QCOMPARE(NumberInput::parse(u"1.500", 0)->toString(), QStringLiteral("1500"));
}

void TestNumberInput::format_groupsThousandsWithDots_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("small") << QStringLiteral("999") << 0 << QStringLiteral("999");
    QTest::newRow("thousand") << QStringLiteral("1000") << 0 << QStringLiteral("1.000");
    QTest::newRow("million") << QStringLiteral("1500000") << 0 << QStringLiteral("1.500.000");
    QTest::newRow("decimal comma") << QStringLiteral("1234.5") << 0 << QStringLiteral("1.234,5");
    QTest::newRow("padded") << QStringLiteral("2.5") << 2 << QStringLiteral("2,50");
    QTest::newRow("negative") << QStringLiteral("-1234567") << 0 << QStringLiteral("-1.234.567");
    QTest::newRow("zero") << QStringLiteral("0") << 0 << QStringLiteral("0");
}

void TestNumberInput::format_groupsThousandsWithDots()
{
    QFETCH(QString, value);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    QCOMPARE(NumberInput::format(*Decimal::fromString(value), minDecimals), expected);
}

void TestNumberInput::formatThenParse_roundTrips()
{
    const qint64 samples[] = {0, 1, 999, 1000, 10000, 123456789, -5000, 15000000000};
    for (const qint64 units : samples) {
        const Decimal value = Decimal::fromUnits(units * 37);
        QCOMPARE(NumberInput::parse(NumberInput::format(value)), std::optional<Decimal>(value));
    }
}

QTEST_GUILESS_MAIN(TestNumberInput)
#include "tst_numberinput.moc"
