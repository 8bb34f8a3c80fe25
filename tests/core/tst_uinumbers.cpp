// UiNumbers: what the app shows is grouped the UI language's way (issue 16.13), exactly (no
// double on the way), while an invoice's own printing stays Vietnamese (MoneyFormat).

#include "i18n/uinumbers.h"

#include <QTest>

using namespace einvoice;

class TestUiNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void money_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("shown");
        const auto en = QLocale::English;
        const auto vi = QLocale::Vietnamese;
        QTest::newRow("en footer") << en << "2023816000" << 0 << "2,023,816,000";
        QTest::newRow("vi footer") << vi << "2023816000" << 0 << "2.023.816.000";
        QTest::newRow("en decimals") << en << "1234.5" << 2 << "1,234.50";
        QTest::newRow("vi decimals") << vi << "1234.5" << 2 << "1.234,50";
        QTest::newRow("en negative") << en << "-1500000" << 0 << "-1,500,000";
        QTest::newRow("vi small") << vi << "999" << 0 << "999";
        // Beyond a double's exact digits: still every digit.
        QTest::newRow("en exact") << en << "922337203685477.5807" << 0 << "922,337,203,685,477.5807";
    }

    void money()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, value);
        QFETCH(int, decimals);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(language));
        QCOMPARE(UiNumbers::money(*Decimal::fromString(value), decimals), shown);
    }

    void amount_wholeOrTwoDecimals()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(UiNumbers::amount(Decimal::fromInteger(1100000)), QStringLiteral("1,100,000"));
        QCOMPARE(UiNumbers::amount(*Decimal::fromString(u"12.5")), QStringLiteral("12.50"));
    }
};

QTEST_APPLESS_MAIN(TestUiNumbers)
#include "tst_uinumbers.moc"
