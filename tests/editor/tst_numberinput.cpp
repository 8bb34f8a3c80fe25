// NumberInput reads typed numbers the way the UI language shows them: Vietnamese "1.500,75",
// English "1,500.75"; a shape wrong for the language is refused, never guessed.
#include "editor/numberinput.h"
#include "i18n/uinumbers.h"

#include <QTest>

using namespace einvoice;

namespace {

QLocale uiNumbers(const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
        language == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    return UiNumbers::locale();
}

} // namespace

class TestNumberInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void parse_readsTheUiLanguagesConvention_data();
    void parse_readsTheUiLanguagesConvention();
    void parse_respectsMaxDecimals();
    void format_groupsThousandsTheUiLanguagesWay_data();
    void format_groupsThousandsTheUiLanguagesWay();
    void formatThenParse_roundTrips_data();
    void formatThenParse_roundTrips();
};

void TestNumberInput::parse_readsTheUiLanguagesConvention_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // Decimal::toString of the result

    const auto row = [](const char *language, const char *name, const char *input, bool valid,
                         const char *expected) {
        QTest::addRow("%s: %s", language, name) << QString::fromLatin1(language) << QString::fromUtf8(input)
                                                << valid << QString::fromLatin1(expected);
    };
    for (const char *language : {"vi", "en"}) {
        row(language, "plain digits", "1500000", true, "1500000");
        row(language, "spaces as grouping", "1 500 000", true, "1500000");
        row(language, "no-break space",
            "1\xc2\xa0"
            "500",
            true, "1500");
        row(language, "surrounding spaces", "  42  ", true, "42");
        row(language, "zero", "0", true, "0");
        row(language, "leading zero, three decimals is never grouping", "0.125", true, "0.125");
        row(language, "lone decimal dot", "2.5", true, "2.5");
        row(language, "dot with four decimals", "1.2345", true, "1.2345");
        row(language, "english grouping", "1,500,000", true, "1500000");
        row(language, "empty", "", false, "");
        row(language, "only minus", "-", false, "");
        row(language, "letters", "12a", false, "");
        row(language, "two commas with dot", "1.000,5,5", false, "");
        row(language, "two dots not grouped", "1.50.0", false, "");
        row(language, "commas not grouped", "1,50,0", false, "");
        row(language, "grouping too short before dot", "1,5.0", false, "");
        row(language, "trailing comma", "5,", false, "");
        row(language, "trailing dot", "5.", false, "");
        row(language, "leading dot", ".5", false, "");
        row(language, "bad english grouping", "1,50,000", false, "");
        row(language, "first group too long", "1500.000.000", false, "");
        row(language, "currency sign", "1.500đ", false, "");
        row(language, "plus sign", "+5", false, "");
        row(language, "percent", "5%", false, "");
    }
    // Vietnamese: the dot groups thousands, the comma separates decimals.
    row("vi", "grouped with dots", "1.500.000", true, "1500000");
    row("vi", "one dot group", "1.500", true, "1500");
    row("vi", "decimal comma", "2,5", true, "2.5");
    row("vi", "one comma group is decimals", "1,500", true, "1.5");
    row("vi", "grouped with decimal comma", "1.234.567,75", true, "1234567.75");
    row("vi", "negative", "-1.500", true, "-1500");
    row("vi", "negative decimal comma", "-0,5", true, "-0.5");
    row("vi", "bad grouping before comma", "1.50,5", false, "");
    row("vi", "too many decimals", "1,23456", false, "");
    row("vi", "english decimals with grouping", "1,234.5", false, "");
    // English: the comma groups thousands, the dot separates decimals.
    row("en", "one comma group", "1,500", true, "1500");
    row("en", "one dot is decimals", "1.500", true, "1.5");
    row("en", "grouped with decimal dot", "1,500.75", true, "1500.75");
    row("en", "decimal dot", "0.5", true, "0.5");
    row("en", "negative", "-1,500", true, "-1500");
    row("en", "negative decimal dot", "-0.5", true, "-0.5");
    row("en", "decimal comma is refused", "1,5", false, "");
    row("en", "two decimals after comma is refused", "2,55", false, "");
    row("en", "vietnamese grouping is refused", "1.500.000", false, "");
    row("en", "vietnamese decimals with grouping is refused", "1.234,5", false, "");
    row("en", "too many decimals", "1.23456", false, "");
}

void TestNumberInput::parse_readsTheUiLanguagesConvention()
{
    QFETCH(QString, language);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const std::optional<Decimal> result = NumberInput::parse(input, uiNumbers(language));
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(result->toString(), expected);
}

void TestNumberInput::parse_respectsMaxDecimals()
{
    const QLocale vi = uiNumbers(QStringLiteral("vi"));
    QVERIFY(NumberInput::parse(u"2,55", vi, 2).has_value());
    QVERIFY(!NumberInput::parse(u"2,555", vi, 2).has_value());
    QVERIFY(!NumberInput::parse(u"2,5", vi, 0).has_value());
    QCOMPARE(NumberInput::parse(u"1.500", vi, 0)->toString(), QStringLiteral("1500"));
    const QLocale en = uiNumbers(QStringLiteral("en"));
    QVERIFY(NumberInput::parse(u"2.55", en, 2).has_value());
    QVERIFY(!NumberInput::parse(u"2.555", en, 2).has_value());
    QVERIFY(!NumberInput::parse(u"1.500", en, 0).has_value()); // 1.5, not fifteen hundred
    QCOMPARE(NumberInput::parse(u"1,500", en, 0)->toString(), QStringLiteral("1500"));
}

void TestNumberInput::format_groupsThousandsTheUiLanguagesWay_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("vi small") << "vi" << QStringLiteral("999") << 0 << QStringLiteral("999");
    QTest::newRow("vi million") << "vi" << QStringLiteral("1500000") << 0 << QStringLiteral("1.500.000");
    QTest::newRow("vi decimal comma") << "vi" << QStringLiteral("1234.5") << 0 << QStringLiteral("1.234,5");
    QTest::newRow("vi padded") << "vi" << QStringLiteral("2.5") << 2 << QStringLiteral("2,50");
    QTest::newRow("vi negative") << "vi" << QStringLiteral("-1234567") << 0 << QStringLiteral("-1.234.567");
    QTest::newRow("en million") << "en" << QStringLiteral("1500000") << 0 << QStringLiteral("1,500,000");
    QTest::newRow("en decimal dot") << "en" << QStringLiteral("1234.5") << 0 << QStringLiteral("1,234.5");
    QTest::newRow("en padded") << "en" << QStringLiteral("2.5") << 2 << QStringLiteral("2.50");
    QTest::newRow("en negative") << "en" << QStringLiteral("-1234567") << 0 << QStringLiteral("-1,234,567");
    QTest::newRow("unset") << "en" << QString() << 0 << QString();
}

void TestNumberInput::format_groupsThousandsTheUiLanguagesWay()
{
    QFETCH(QString, language);
    QFETCH(QString, value);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    uiNumbers(language);
    const std::optional<Decimal> number = value.isEmpty() ? std::nullopt : Decimal::fromString(value);
    QCOMPARE(NumberInput::format(number, minDecimals), expected);
}

void TestNumberInput::formatThenParse_roundTrips_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestNumberInput::formatThenParse_roundTrips()
{
    QFETCH(QString, language);
    const QLocale numbers = uiNumbers(language);
    const qint64 samples[] = {0, 1, 999, 1000, 10000, 123456789, -5000, 15000000000};
    for (const qint64 units : samples) {
        const Decimal value = Decimal::fromUnits(units * 37);
        QCOMPARE(NumberInput::parse(NumberInput::format(value), numbers), std::optional<Decimal>(value));
    }
}

QTEST_GUILESS_MAIN(TestNumberInput)
#include "tst_numberinput.moc"
