#include "core/amountinwords.h"

#include <QTest>

#include <limits>

using einvoice::Currency;
using einvoice::VietnameseWordsOptions;

Q_DECLARE_METATYPE(Currency)
Q_DECLARE_METATYPE(VietnameseWordsOptions)

namespace {

VietnameseWordsOptions makeOptions(bool ngan, bool le, bool bon, bool chan)
{
    VietnameseWordsOptions options;
    options.ngan = ngan;
    options.le = le;
    options.bonForTu = bon;
    options.appendChan = chan;
    return options;
}

} // namespace

class TestAmountInWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnamese_readsDefaultStyle_data();
    void vietnamese_readsDefaultStyle();
    void vietnamese_honoursOptions_data();
    void vietnamese_honoursOptions();
    void vietnamese_readsForeignCurrencyWithCents_data();
    void vietnamese_readsForeignCurrencyWithCents();
    void vietnamese_negativeIsAmPlusPositive_data();
    void vietnamese_negativeIsAmPlusPositive();
    void english_reads_data();
    void english_reads();
};

void TestAmountInWords::vietnamese_readsDefaultStyle_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");

    // Vectors of vn-einvoice-domain.md 1.7.
    QTest::newRow("0") << qint64(0) << QStringLiteral("Không đồng");
    QTest::newRow("15") << qint64(15) << QStringLiteral("Mười lăm đồng");
    QTest::newRow("21") << qint64(21) << QStringLiteral("Hai mươi mốt đồng");
    QTest::newRow("24") << qint64(24) << QStringLiteral("Hai mươi tư đồng");
    QTest::newRow("101") << qint64(101) << QStringLiteral("Một trăm linh một đồng");
    QTest::newRow("105") << qint64(105) << QStringLiteral("Một trăm linh năm đồng");
    QTest::newRow("115") << qint64(115) << QStringLiteral("Một trăm mười lăm đồng");
    QTest::newRow("1,005") << qint64(1005) << QStringLiteral("Một nghìn không trăm linh năm đồng");
    QTest::newRow("1,001,000") << qint64(1001000)
                               << QStringLiteral("Một triệu không trăm linh một nghìn đồng");
    QTest::newRow("2,500,000,000") << qint64(2500000000) << QStringLiteral("Hai tỷ năm trăm triệu đồng");
    QTest::newRow("10^12") << qint64(1000000000000) << QStringLiteral("Một nghìn tỷ đồng");
    QTest::newRow("1,230,950,880,055")
        << qint64(1230950880055)
        << QStringLiteral("Một nghìn hai trăm ba mươi tỷ chín trăm năm mươi triệu tám trăm tám mươi nghìn "
                          "không trăm năm mươi lăm đồng");
    QTest::newRow("-1,100,000") << qint64(-1100000) << QStringLiteral("Âm một triệu một trăm nghìn đồng");
    QTest::newRow("220,000") << qint64(220000) << QStringLiteral("Hai trăm hai mươi nghìn đồng");
    QTest::newRow("1,050") << qint64(1050) << QStringLiteral("Một nghìn không trăm năm mươi đồng");
    QTest::newRow("1,000,231 skips empty group")
        << qint64(1000231) << QStringLiteral("Một triệu hai trăm ba mươi mốt đồng");
    QTest::newRow("700,000,231 skips empty group")
        << qint64(700000231) << QStringLiteral("Bảy trăm triệu hai trăm ba mươi mốt đồng");
    QTest::newRow("1,000,000,001") << qint64(1000000001) << QStringLiteral("Một tỷ không trăm linh một đồng");

    // Own edge cases.
    QTest::newRow("5") << qint64(5) << QStringLiteral("Năm đồng");
    QTest::newRow("10") << qint64(10) << QStringLiteral("Mười đồng");
    QTest::newRow("11") << qint64(11) << QStringLiteral("Mười một đồng");
    QTest::newRow("14 stays bốn") << qint64(14) << QStringLiteral("Mười bốn đồng");
    QTest::newRow("20") << qint64(20) << QStringLiteral("Hai mươi đồng");
    QTest::newRow("25") << qint64(25) << QStringLiteral("Hai mươi lăm đồng");
    QTest::newRow("55") << qint64(55) << QStringLiteral("Năm mươi lăm đồng");
    QTest::newRow("99") << qint64(99) << QStringLiteral("Chín mươi chín đồng");
    QTest::newRow("100") << qint64(100) << QStringLiteral("Một trăm đồng");
    QTest::newRow("104 linh bốn") << qint64(104) << QStringLiteral("Một trăm linh bốn đồng");
    QTest::newRow("110") << qint64(110) << QStringLiteral("Một trăm mười đồng");
    QTest::newRow("1,000") << qint64(1000) << QStringLiteral("Một nghìn đồng");
    QTest::newRow("1,000,010") << qint64(1000010) << QStringLiteral("Một triệu không trăm mười đồng");
    QTest::newRow("1,000,100") << qint64(1000100) << QStringLiteral("Một triệu một trăm đồng");
    QTest::newRow("1,000,010,000") << qint64(1000010000)
                                   << QStringLiteral("Một tỷ không trăm mười nghìn đồng");
    QTest::newRow("10^15") << qint64(1000000000000000) << QStringLiteral("Một triệu tỷ đồng");
    QTest::newRow("10^15 + 10^9") << qint64(1000001000000000)
                                  << QStringLiteral("Một triệu không trăm linh một tỷ đồng");
    QTest::newRow("10^18 tỷ tỷ") << qint64(1000000000000000000) << QStringLiteral("Một tỷ tỷ đồng");
    QTest::newRow("10^18 + 5") << qint64(1000000000000000005)
                               << QStringLiteral("Một tỷ tỷ không trăm linh năm đồng");
    QTest::newRow("2*10^18 + 3*10^9")
        << qint64(2000000003000000000) << QStringLiteral("Hai tỷ không trăm linh ba tỷ đồng");
    QTest::newRow("qint64 max")
        << std::numeric_limits<qint64>::max()
        << QStringLiteral(
               "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu "
               "tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng");
    QTest::newRow("qint64 min + 1")
        << std::numeric_limits<qint64>::min() + 1
        << QStringLiteral(
               "Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi "
               "sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng");
    QTest::newRow("qint64 min")
        << std::numeric_limits<qint64>::min()
        << QStringLiteral(
               "Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi "
               "sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám đồng");
}

void TestAmountInWords::vietnamese_readsDefaultStyle()
{
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    QCOMPARE(einvoice::amountInVietnameseWords(amount), expected);
}

void TestAmountInWords::vietnamese_honoursOptions_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<VietnameseWordsOptions>("options");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ngàn") << qint64(1005) << makeOptions(true, false, false, false)
                          << QStringLiteral("Một ngàn không trăm linh năm đồng");
    QTest::newRow("lẻ") << qint64(105) << makeOptions(false, true, false, false)
                        << QStringLiteral("Một trăm lẻ năm đồng");
    QTest::newRow("bốn after mươi") << qint64(24) << makeOptions(false, false, true, false)
                                    << QStringLiteral("Hai mươi bốn đồng");
    QTest::newRow("bốn option leaves 14")
        << qint64(14) << makeOptions(false, false, true, false) << QStringLiteral("Mười bốn đồng");
    QTest::newRow("chẵn") << qint64(220000) << makeOptions(false, false, false, true)
                          << QStringLiteral("Hai trăm hai mươi nghìn đồng chẵn");
    QTest::newRow("chẵn on zero") << qint64(0) << makeOptions(false, false, false, true)
                                  << QStringLiteral("Không đồng chẵn");
    QTest::newRow("chẵn on negative") << qint64(-5000) << makeOptions(false, false, false, true)
                                      << QStringLiteral("Âm năm nghìn đồng chẵn");
    QTest::newRow("all options") << qint64(1024105) << makeOptions(true, true, true, true)
                                 << QStringLiteral(
                                        "Một triệu không trăm hai mươi bốn ngàn một trăm lẻ năm đồng chẵn");
}

void TestAmountInWords::vietnamese_honoursOptions()
{
    QFETCH(qint64, amount);
    QFETCH(VietnameseWordsOptions, options);
    QFETCH(QString, expected);
    QCOMPARE(einvoice::amountInVietnameseWords(amount, Currency::VND, options), expected);
}

void TestAmountInWords::vietnamese_readsForeignCurrencyWithCents_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<Currency>("currency");
    QTest::addColumn<bool>("chan");
    QTest::addColumn<QString>("expected");

    QTest::newRow("USD with cents") << qint64(12550) << Currency::USD << false
                                    << QStringLiteral("Một trăm hai mươi lăm đô la Mỹ năm mươi xu");
    QTest::newRow("USD whole") << qint64(100) << Currency::USD << false << QStringLiteral("Một đô la Mỹ");
    QTest::newRow("USD cents only") << qint64(5) << Currency::USD << false
                                    << QStringLiteral("Không đô la Mỹ năm xu");
    QTest::newRow("CAD one cent") << qint64(200001) << Currency::CAD << false
                                  << QStringLiteral("Hai nghìn đô la Canada một xu");
    QTest::newRow("USD chẵn when whole")
        << qint64(10000) << Currency::USD << true << QStringLiteral("Một trăm đô la Mỹ chẵn");
    QTest::newRow("USD no chẵn with cents")
        << qint64(10001) << Currency::USD << true << QStringLiteral("Một trăm đô la Mỹ một xu");
    QTest::newRow("USD negative") << qint64(-150) << Currency::USD << false
                                  << QStringLiteral("Âm một đô la Mỹ năm mươi xu");
}

void TestAmountInWords::vietnamese_readsForeignCurrencyWithCents()
{
    QFETCH(qint64, cents);
    QFETCH(Currency, currency);
    QFETCH(bool, chan);
    QFETCH(QString, expected);
    QCOMPARE(
        einvoice::amountInVietnameseWords(cents, currency, makeOptions(false, false, false, chan)), expected);
}

void TestAmountInWords::vietnamese_negativeIsAmPlusPositive_data()
{
    QTest::addColumn<qint64>("amount");
    for (qint64 amount : {qint64(1), qint64(21), qint64(105), qint64(1000000001), qint64(999999999999)})
        QTest::newRow(qPrintable(QString::number(amount))) << amount;
}

void TestAmountInWords::vietnamese_negativeIsAmPlusPositive()
{
    QFETCH(qint64, amount);
    const QString positive = einvoice::amountInVietnameseWords(amount);
    const QString negative = einvoice::amountInVietnameseWords(-amount);
    QCOMPARE(negative, QStringLiteral("Âm ") + positive.left(1).toLower() + positive.mid(1));
}

void TestAmountInWords::english_reads_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<Currency>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << qint64(0) << Currency::VND << QStringLiteral("Zero dong");
    QTest::newRow("1") << qint64(1) << Currency::VND << QStringLiteral("One dong");
    QTest::newRow("15") << qint64(15) << Currency::VND << QStringLiteral("Fifteen dong");
    QTest::newRow("21") << qint64(21) << Currency::VND << QStringLiteral("Twenty-one dong");
    QTest::newRow("105") << qint64(105) << Currency::VND << QStringLiteral("One hundred and five dong");
    QTest::newRow("110") << qint64(110) << Currency::VND << QStringLiteral("One hundred and ten dong");
    QTest::newRow("1,005") << qint64(1005) << Currency::VND << QStringLiteral("One thousand and five dong");
    QTest::newRow("1,100") << qint64(1100) << Currency::VND
                           << QStringLiteral("One thousand one hundred dong");
    QTest::newRow("-1,100,000") << qint64(-1100000) << Currency::VND
                                << QStringLiteral("Minus one million one hundred thousand dong");
    QTest::newRow("2,500,000,000") << qint64(2500000000) << Currency::VND
                                   << QStringLiteral("Two billion five hundred million dong");
    QTest::newRow("1,000,000,001") << qint64(1000000001) << Currency::VND
                                   << QStringLiteral("One billion and one dong");
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << Currency::VND
                                << QStringLiteral(
                                       "Nine quintillion two hundred and twenty-three quadrillion three "
                                       "hundred and seventy-two trillion thirty-six billion eight hundred "
                                       "and fifty-four million seven hundred and seventy-five thousand "
                                       "eight hundred and seven dong");
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << Currency::VND
                                << QStringLiteral(
                                       "Minus nine quintillion two hundred and twenty-three quadrillion "
                                       "three hundred and seventy-two trillion thirty-six billion eight "
                                       "hundred and fifty-four million seven hundred and seventy-five "
                                       "thousand eight hundred and eight dong");
    QTest::newRow("USD with cents") << qint64(
        12550) << Currency::USD << QStringLiteral("One hundred and twenty-five US dollars and fifty cents");
    QTest::newRow("USD singular") << qint64(101) << Currency::USD
                                  << QStringLiteral("One US dollar and one cent");
    QTest::newRow("CAD whole") << qint64(200) << Currency::CAD << QStringLiteral("Two Canadian dollars");
}

void TestAmountInWords::english_reads()
{
    QFETCH(qint64, amount);
    QFETCH(Currency, currency);
    QFETCH(QString, expected);
    QCOMPARE(einvoice::amountInEnglishWords(amount, currency), expected);
}

QTEST_GUILESS_MAIN(TestAmountInWords)
#include "tst_amountinwords.moc"
