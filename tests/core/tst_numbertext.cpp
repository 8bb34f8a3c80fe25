#include "core/numbertext.h"

#include <QTest>

using namespace einvoice;

// NumberText says what a written number proves and never guesses (issue 14.1).
class TestNumberText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_tellsWhatTheTextProves_data();
    void scan_tellsWhatTheTextProves();
    void plain_readsAmbiguousTextByTheGivenSeparator_data();
    void plain_readsAmbiguousTextByTheGivenSeparator();
};

void TestNumberText::scan_tellsWhatTheTextProves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shows"); // "invalid", "none", "." or ",": the decimal separator shown
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QString>("plain"); // the reading when unambiguous
    const auto row = [](const char *name, const QString &text, const char *shows, bool ambiguous,
                         const char *plain) {
        QTest::newRow(name) << text << QString::fromLatin1(shows) << ambiguous << QString::fromLatin1(plain);
    };
    row("plain digits", QStringLiteral("1500000"), "none", false, "1500000");
    row("vietnamese grouping", QStringLiteral("1.500.000"), ",", false, "1500000");
    row("vietnamese with decimals", QStringLiteral("1.500.000,5"), ",", false, "1500000.5");
    row("english grouping", QStringLiteral("1,500,000"), ".", false, "1500000");
    row("english with decimals", QStringLiteral("1,500,000.5"), ".", false, "1500000.5");
    row("spaces", QStringLiteral("1 500 000"), "none", false, "1500000");
    row("no-break spaces", QStringLiteral("1\u00A0500\u00A0000"), "none", false, "1500000");
    row("narrow no-break spaces and comma", QStringLiteral("1\u202F500,25"), ",", false, "1500.25");
    row("spaces and dot", QStringLiteral("1 234.567"), ".", false, "1234.567");
    row("comma one decimal", QStringLiteral("2,5"), ",", false, "2.5");
    row("zero comma", QStringLiteral("0,5"), ",", false, "0.5");
    row("zero dot three decimals", QStringLiteral("0.125"), ".", false, "0.125");
    row("negative zero dot", QStringLiteral("-0.125"), ".", false, "-0.125");
    row("four decimals", QStringLiteral("1.2345"), ".", false, "1.2345");
    row("long integer part", QStringLiteral("1234.567"), ".", false, "1234.567");
    row("one group ambiguous dot", QStringLiteral("1.500"), "none", true, "");
    row("usd price ambiguous", QStringLiteral("12.345"), "none", true, "");
    row("one group ambiguous comma", QStringLiteral("12,345"), "none", true, "");
    row("three digits before", QStringLiteral("123.456"), "none", true, "");
    row("negative ambiguous", QStringLiteral("-1.500"), "none", true, "");
    row("leading plus", QStringLiteral("+1.234,5"), ",", false, "1234.5");
    row("unicode minus", QStringLiteral("\u22122,5"), ",", false, "-2.5");
    row("percent", QStringLiteral("12,5%"), ",", false, "12.5");
    row("percent after space", QStringLiteral("10 %"), "none", false, "10");
    row("surrounding spaces", QStringLiteral("  42  "), "none", false, "42");
    row("empty", QString(), "invalid", false, "");
    row("only sign", QStringLiteral("-"), "invalid", false, "");
    row("letters", QStringLiteral("12a"), "invalid", false, "");
    row("currency sign", QStringLiteral("1.500đ"), "invalid", false, "");
    row("leading dot", QStringLiteral(".5"), "invalid", false, "");
    row("trailing comma", QStringLiteral("5,"), "invalid", false, "");
    row("two separators in a row", QStringLiteral("1..5"), "invalid", false, "");
    row("bad grouping", QStringLiteral("1.50.0"), "invalid", false, "");
    row("grouping after zero", QStringLiteral("0.500.000"), "invalid", false, "");
    row("first group too long", QStringLiteral("1500.000.000"), "invalid", false, "");
    row("decimal twice", QStringLiteral("1.000,5,5"), "invalid", false, "");
    row("space as decimals", QStringLiteral("1,500 5"), "invalid", false, "");
    row("three kinds", QStringLiteral("1 234.567,5"), "invalid", false, "");
    row("arabic-indic digits", QStringLiteral("\u0661\u0662"), "invalid", false, "");
}

void TestNumberText::scan_tellsWhatTheTextProves()
{
    QFETCH(QString, text);
    QFETCH(QString, shows);
    QFETCH(bool, ambiguous);
    QFETCH(QString, plain);
    const NumberText::Shape shape = NumberText::scan(text);
    QCOMPARE(shape.valid, shows != QLatin1String("invalid"));
    if (!shape.valid)
        return;
    QCOMPARE(shape.decimalShown.isNull() ? QStringLiteral("none") : QString(shape.decimalShown), shows);
    QCOMPARE(shape.ambiguous, ambiguous);
    QCOMPARE(NumberText::plain(shape), plain);
}

void TestNumberText::plain_readsAmbiguousTextByTheGivenSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("plain");
    QTest::newRow("1.500 vietnamese")
        << QStringLiteral("1.500") << QStringLiteral(",") << QStringLiteral("1500");
    QTest::newRow("1.500 english") << QStringLiteral("1.500") << QStringLiteral(".")
                                   << QStringLiteral("1.500");
    QTest::newRow("12,345 vietnamese")
        << QStringLiteral("12,345") << QStringLiteral(",") << QStringLiteral("12.345");
    QTest::newRow("12,345 english") << QStringLiteral("12,345") << QStringLiteral(".")
                                    << QStringLiteral("12345");
    QTest::newRow("negative") << QStringLiteral("-1.500") << QStringLiteral(",") << QStringLiteral("-1500");
    QTest::newRow("no separator given") << QStringLiteral("1.500") << QString() << QString();
    QTest::newRow("unambiguous ignores it")
        << QStringLiteral("2,5") << QStringLiteral(".") << QStringLiteral("2.5");
}

void TestNumberText::plain_readsAmbiguousTextByTheGivenSeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, separator);
    QFETCH(QString, plain);
    QCOMPARE(
        NumberText::plain(NumberText::scan(text), separator.isEmpty() ? QChar() : separator.front()), plain);
}

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
