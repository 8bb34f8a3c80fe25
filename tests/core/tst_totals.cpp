#include "core/totals.h"

#include <QStringList>
#include <QTest>

using namespace einvoice;

Q_DECLARE_METATYPE(einvoice::InvoiceLine)

namespace {

Decimal dec(const char *text)
{
    const std::optional<Decimal> value = Decimal::fromString(QString::fromLatin1(text));
    Q_ASSERT(value.has_value());
    return *value;
}

InvoiceLine line(LineType type, std::optional<TaxRate> rate, const char *quantity, const char *price)
{
    InvoiceLine result;
    result.lineType = type;
    result.itemName = QStringLiteral("Item");
    result.taxRate = rate;
    if (quantity)
        result.quantity = dec(quantity);
    if (price)
        result.unitPrice = dec(price);
    return result;
}

InvoiceLine goods(const char *quantity, const char *price, std::optional<TaxRate> rate = std::nullopt)
{
    return line(LineType::Goods, rate, quantity, price);
}

InvoiceLine withPercent(InvoiceLine l, const char *percent)
{
    l.discountPercent = dec(percent);
    return l;
}

InvoiceLine withAmount(InvoiceLine l, const char *amount)
{
    l.discountAmount = dec(amount);
    return l;
}

InvoiceLine stated(LineType type, const char *amount, std::optional<TaxRate> rate = std::nullopt)
{
    InvoiceLine l = line(type, rate, nullptr, nullptr);
    l.amountBeforeDiscountAndTax = dec(amount);
    return l;
}

InvoiceLine note()
{
    return line(LineType::Note, std::nullopt, nullptr, nullptr);
}

// "label:amount/vat;..." in group order; "-" labels the group without rate.
QString describeGroups(const InvoiceTotals &totals)
{
    QStringList parts;
    for (const RateGroup &group : totals.groups) {
        const QString label = group.rate ? taxRateLabel(*group.rate) : QStringLiteral("-");
        parts.append(label + u':' + group.amount.toString() + u'/' + group.vat.toString());
    }
    return parts.join(u';');
}

} // namespace

class TestTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineAmounts_data();
    void lineAmounts();
    void computeTotals_data();
    void computeTotals();
    void vat_isRoundedOncePerGroupNotPerLine();
    void lines_keepInvoiceOrder();
    void amountsPastTheLimit_areFlaggedNeverWrapped_data();
    void amountsPastTheLimit_areFlaggedNeverWrapped();
};

void TestTotals::lineAmounts_data()
{
    QTest::addColumn<int>("currency");
    QTest::addColumn<InvoiceLine>("input");
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("discount");
    QTest::addColumn<QString>("net");

    const int vnd = int(Currency::VND);
    const int usd = int(Currency::USD);
    QTest::newRow("plain goods") << vnd << goods("2", "150000") << "300000"
                                 << "0"
                                 << "300000";
    QTest::newRow("quantity 2.75 rounds half away from zero") << vnd << goods("2.75", "19999") << "54997"
                                                              << "0"
                                                              << "54997";
    QTest::newRow("quantity 0.25 x 10 = 2.5 -> 3") << vnd << goods("0.25", "10") << "3"
                                                   << "0"
                                                   << "3";
    QTest::newRow("missing quantity counts as 1") << vnd << goods(nullptr, "12345") << "12345"
                                                  << "0"
                                                  << "12345";
    QTest::newRow("no price: stated amount") << vnd << stated(LineType::Goods, "4500000") << "4500000"
                                             << "0"
                                             << "4500000";
    QTest::newRow("discount percent") << vnd << withPercent(goods("10", "100000"), "10") << "1000000"
                                      << "100000"
                                      << "900000";
    QTest::newRow("discount percent rounds once")
        << vnd << withPercent(goods("3", "33333"), "12.5") << "99999"
        << "12500"
        << "87499";
    QTest::newRow("discount amount") << vnd << withAmount(goods("2", "150000"), "10000") << "300000"
                                     << "10000"
                                     << "290000";
    QTest::newRow("both discounts: the amount wins")
        << vnd << withAmount(withPercent(goods("10", "100000"), "10"), "250000") << "1000000"
        << "250000"
        << "750000";
    QTest::newRow("USD cents") << usd << goods("2.75", "19.99") << "54.97"
                               << "0"
                               << "54.97";
    QTest::newRow("USD four-decimal price rounds once, not twice") << usd << goods("1", "0.0049") << "0"
                                                                   << "0"
                                                                   << "0";
    QTest::newRow("USD half cent up") << usd << goods("1", "0.005") << "0.01"
                                      << "0"
                                      << "0.01";
    QTest::newRow("free promotion") << vnd << line(LineType::Promotion, TaxRate::Ten, "1", "0") << "0"
                                    << "0"
                                    << "0";
    QTest::newRow("priced promotion")
        << vnd << line(LineType::Promotion, TaxRate::Ten, "2", "50000") << "100000"
        << "0"
        << "100000";
    QTest::newRow("trade discount is negative")
        << vnd << stated(LineType::TradeDiscount, "20000", TaxRate::Ten) << "20000"
        << "0"
        << "-20000";
    QTest::newRow("note carries nothing") << vnd << note() << "0"
                                          << "0"
                                          << "0";
}

void TestTotals::lineAmounts()
{
    QFETCH(int, currency);
    QFETCH(InvoiceLine, input);
    QFETCH(QString, gross);
    QFETCH(QString, discount);
    QFETCH(QString, net);

    const LineAmounts amounts = computeLineAmounts(input, Currency(currency));
    QCOMPARE(amounts.gross.toString(), gross);
    QCOMPARE(amounts.discount.toString(), discount);
    QCOMPARE(amounts.net.toString(), net);
}

void TestTotals::computeTotals_data()
{
    QTest::addColumn<QString>("templateCode");
    QTest::addColumn<int>("currency");
    QTest::addColumn<QList<InvoiceLine>>("lines");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("beforeTax");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("tradeDiscount");
    QTest::addColumn<QString>("grandTotal");

    const int vnd = int(Currency::VND);
    const QString vatInvoice = QStringLiteral("1");
    const QString salesInvoice = QStringLiteral("2");

    QTest::newRow("single line 10%") << vatInvoice << vnd << QList {goods("2", "150000", TaxRate::Ten)}
                                     << "10%:300000/30000"
                                     << "300000"
                                     << "30000"
                                     << "0"
                                     << "330000";
    QTest::newRow("mixed rates in rate order")
        << vatInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Ten), goods("1", "200000", TaxRate::Five),
               goods("1", "300000", TaxRate::NotDeclared), goods("1", "400000", TaxRate::Zero),
               goods("1", "500000", TaxRate::Eight), goods("1", "600000", TaxRate::NotSubject)}
        << "KCT:600000/0;KKKNT:300000/0;0%:400000/0;5%:200000/10000;8%:500000/40000;10%:100000/10000"
        << "2100000"
        << "60000"
        << "0"
        << "2160000";
    QTest::newRow("same rate lines share a group")
        << vatInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Eight), goods("3", "50000", TaxRate::Eight)}
        << "8%:250000/20000"
        << "250000"
        << "20000"
        << "0"
        << "270000";
    QTest::newRow("free promotion adds no group")
        << vatInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Ten), line(LineType::Promotion, TaxRate::Five, "1", "0")}
        << "10%:100000/10000"
        << "100000"
        << "10000"
        << "0"
        << "110000";
    QTest::newRow("promotion without any price")
        << vatInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Ten), line(LineType::Promotion, TaxRate::Ten, "5", nullptr)}
        << "10%:100000/10000"
        << "100000"
        << "10000"
        << "0"
        << "110000";
    QTest::newRow("promotion with a price counts")
        << vatInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Ten), line(LineType::Promotion, TaxRate::Five, "1", "40000")}
        << "5%:40000/2000;10%:100000/10000"
        << "140000"
        << "12000"
        << "0"
        << "152000";
    QTest::newRow("promotion with a stated amount counts")
        << vatInvoice << vnd << QList {stated(LineType::Promotion, "30000", TaxRate::Ten)} << "10%:30000/3000"
        << "30000"
        << "3000"
        << "0"
        << "33000";
    QTest::newRow("trade discount in its rate group")
        << vatInvoice << vnd
        << QList {goods("1", "1000000", TaxRate::Ten),
               stated(LineType::TradeDiscount, "100000", TaxRate::Ten)}
        << "10%:900000/90000"
        << "900000"
        << "90000"
        << "100000"
        << "990000";
    QTest::newRow("trade discount split per rate")
        << vatInvoice << vnd
        << QList {goods("1", "1000000", TaxRate::Ten), goods("1", "500000", TaxRate::Five),
               stated(LineType::TradeDiscount, "100000", TaxRate::Ten),
               stated(LineType::TradeDiscount, "50000", TaxRate::Five)}
        << "5%:450000/22500;10%:900000/90000"
        << "1350000"
        << "112500"
        << "150000"
        << "1462500";
    QTest::newRow("trade discount alone: negative group")
        << vatInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Ten),
               stated(LineType::TradeDiscount, "10000", TaxRate::Eight)}
        << "8%:-10000/-800;10%:100000/10000"
        << "90000"
        << "9200"
        << "10000"
        << "99200";
    QTest::newRow("note lines only") << vatInvoice << vnd << QList {note(), note()} << ""
                                     << "0"
                                     << "0"
                                     << "0"
                                     << "0";
    QTest::newRow("note lines between goods")
        << vatInvoice << vnd << QList {note(), goods("1", "100000", TaxRate::Ten), note()}
        << "10%:100000/10000"
        << "100000"
        << "10000"
        << "0"
        << "110000";
    QTest::newRow("discount percent vs amount")
        << vatInvoice << vnd
        << QList {withPercent(goods("10", "100000", TaxRate::Ten), "10"),
               withAmount(goods("10", "100000", TaxRate::Ten), "150000")}
        << "10%:1750000/175000"
        << "1750000"
        << "175000"
        << "0"
        << "1925000";
    QTest::newRow("quantity 2.75") << vatInvoice << vnd << QList {goods("2.75", "19999", TaxRate::Eight)}
                                   << "8%:54997/4400"
                                   << "54997"
                                   << "4400"
                                   << "0"
                                   << "59397";
    QTest::newRow("USD cents") << vatInvoice << int(Currency::USD)
                               << QList {goods("2.75", "19.99", TaxRate::Ten),
                                      goods("1", "0.45", TaxRate::Five)}
                               << "5%:0.45/0.02;10%:54.97/5.5"
                               << "55.42"
                               << "5.52"
                               << "0"
                               << "60.94";
    QTest::newRow("CAD percent discount")
        << vatInvoice << int(Currency::CAD) << QList {withPercent(goods("3", "9.99", TaxRate::Eight), "7.5")}
        << "8%:27.72/2.22"
        << "27.72"
        << "2.22"
        << "0"
        << "29.94";
    QTest::newRow("VAT once per group: 1 dong less than per line")
        << vatInvoice << vnd
        << QList {goods("1", "12345670", TaxRate::Five), goods("1", "12345670", TaxRate::Five)}
        << "5%:24691340/1234567"
        << "24691340"
        << "1234567"
        << "0"
        << "25925907";
    QTest::newRow("group VAT half rounds up")
        << vatInvoice << vnd << QList {goods("1", "15", TaxRate::Ten)} << "10%:15/2"
        << "15"
        << "2"
        << "0"
        << "17";
    QTest::newRow("sales invoice: one group, no VAT")
        << salesInvoice << vnd << QList {goods("2", "150000"), goods("1", "50000")} << "-:350000/0"
        << "350000"
        << "0"
        << "0"
        << "350000";
    QTest::newRow("sales invoice ignores stray rates")
        << salesInvoice << vnd
        << QList {goods("1", "100000", TaxRate::Ten), goods("1", "50000", TaxRate::Five)} << "-:150000/0"
        << "150000"
        << "0"
        << "0"
        << "150000";
    QTest::newRow("sales invoice doc example (5.4)") << salesInvoice << vnd
                                                     << QList {withAmount(goods("2", "150000"), "10000"),
                                                            line(LineType::Promotion, std::nullopt, "1", "0"),
                                                            stated(LineType::TradeDiscount, "20000"), note()}
                                                     << "-:270000/0"
                                                     << "270000"
                                                     << "0"
                                                     << "20000"
                                                     << "270000";
    QTest::newRow("sales invoice without lines") << salesInvoice << vnd << QList<InvoiceLine>() << "-:0/0"
                                                 << "0"
                                                 << "0"
                                                 << "0"
                                                 << "0";
    QTest::newRow("VAT invoice line without rate: no-rate group first")
        << vatInvoice << vnd << QList {goods("1", "100000", TaxRate::Ten), goods("1", "7000")}
        << "-:7000/0;10%:100000/10000"
        << "107000"
        << "10000"
        << "0"
        << "117000";
    QTest::newRow("full-field doc sample: quantity x price, discount amount wins")
        << vatInvoice << vnd << QList {[] {
               InvoiceLine l = withAmount(withPercent(goods("10", "100000", TaxRate::Ten), "10"), "100000");
               l.amountBeforeDiscountAndTax = dec("4500000");
               return l;
           }()}
        << "10%:900000/90000"
        << "900000"
        << "90000"
        << "0"
        << "990000";
    QTest::newRow("huge amounts stay exact")
        << vatInvoice << vnd
        << QList {goods("500", "999999999999", TaxRate::Eight), goods("0.01", "99999999", TaxRate::Ten)}
        << "8%:499999999999500/39999999999960;10%:1000000/100000"
        << "500000000999500"
        << "40000000099960"
        << "0"
        << "540000001099460";
}

void TestTotals::computeTotals()
{
    QFETCH(QString, templateCode);
    QFETCH(int, currency);
    QFETCH(QList<InvoiceLine>, lines);
    QFETCH(QString, groups);
    QFETCH(QString, beforeTax);
    QFETCH(QString, vat);
    QFETCH(QString, tradeDiscount);
    QFETCH(QString, grandTotal);

    Invoice invoice;
    invoice.templateCode = templateCode;
    invoice.currency = Currency(currency);
    invoice.lines = lines;
    const InvoiceTotals totals = einvoice::computeTotals(invoice);
    QCOMPARE(describeGroups(totals), groups);
    QCOMPARE(totals.totalBeforeTax.toString(), beforeTax);
    QCOMPARE(totals.totalVat.toString(), vat);
    QCOMPARE(totals.tradeDiscount.toString(), tradeDiscount);
    QCOMPARE(totals.grandTotal.toString(), grandTotal);
    QCOMPARE(totals.lines.size(), lines.size());
    QVERIFY(totals.grandTotal.decimalPlaces() <= minorDigits(invoice.currency));
}

void TestTotals::vat_isRoundedOncePerGroupNotPerLine()
{
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.lines = {goods("1", "12345670", TaxRate::Five), goods("1", "12345670", TaxRate::Five)};
    const InvoiceTotals totals = einvoice::computeTotals(invoice);

    Decimal sumOfLineVats;
    for (const LineAmounts &amounts : totals.lines)
        sumOfLineVats += vatFor(amounts.net, TaxRate::Five, Currency::VND);
    QCOMPARE(sumOfLineVats.toString(), QStringLiteral("1234568")); // 617283.5 -> 617284, twice
    QCOMPARE(totals.totalVat.toString(), QStringLiteral("1234567")); // 1234567 exactly, once
}

void TestTotals::lines_keepInvoiceOrder()
{
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.lines
        = {note(), goods("1", "300", TaxRate::Ten), stated(LineType::TradeDiscount, "100", TaxRate::Ten)};
    const InvoiceTotals totals = einvoice::computeTotals(invoice);

    QCOMPARE(totals.lines.size(), 3);
    QCOMPARE(totals.lines.at(0).net.toString(), QStringLiteral("0"));
    QCOMPARE(totals.lines.at(1).net.toString(), QStringLiteral("300"));
    QCOMPARE(totals.lines.at(2).net.toString(), QStringLiteral("-100"));
}

void TestTotals::amountsPastTheLimit_areFlaggedNeverWrapped_data()
{
    QTest::addColumn<QList<InvoiceLine>>("lines");
    QTest::addColumn<QList<bool>>("linesOutOfRange");
    QTest::addColumn<bool>("totalsOutOfRange");

    const InvoiceLine atLimit = goods("1", "900000000000000", TaxRate::Zero);
    QTest::newRow("a line at the limit") << QList<InvoiceLine> {atLimit} << QList<bool> {false} << false;
    QTest::newRow("a line one past the limit")
        << QList<InvoiceLine> {goods("1", "900000000000001", TaxRate::Zero)} << QList<bool> {true} << true;
    // 9e9 x 9e9 = 8.1e19: past the 64-bit range of Decimal itself, where it used to wrap.
    QTest::newRow("a product past the Decimal range")
        << QList<InvoiceLine> {goods("9000000000", "9000000000", TaxRate::Ten),
               goods("1", "100", TaxRate::Ten)}
        << QList<bool> {true, false} << true;
    QTest::newRow("two lines within, their sum past")
        << QList<InvoiceLine> {atLimit, goods("1", "1", TaxRate::Zero)} << QList<bool> {false, false} << true;
    QTest::newRow("VAT takes the total past")
        << QList<InvoiceLine> {goods("1", "900000000000000", TaxRate::Ten)} << QList<bool> {false} << true;
    QTest::newRow("a discount percentage past the range")
        << QList<InvoiceLine> {withPercent(goods("1", "900000000000000", TaxRate::Ten), "92233720368")}
        << QList<bool> {true} << true;
    // Both within the limit, their difference past the 64-bit range (found by fuzz_xml_render).
    QTest::newRow("a negative discount past the range")
        << QList<InvoiceLine> {withAmount(atLimit, "-900000000000000")} << QList<bool> {true} << true;
    QTest::newRow("a negative discount past the limit")
        << QList<InvoiceLine> {withAmount(goods("1", "100", TaxRate::Zero), "-899999999999901")}
        << QList<bool> {true} << true;
    QTest::newRow("a stated trade discount past the limit")
        << QList<InvoiceLine> {goods("1", "100", TaxRate::Ten),
               stated(LineType::TradeDiscount, "900000000000001", TaxRate::Ten)}
        << QList<bool> {false, true} << true;
    QList<InvoiceLine> thousand(1000, goods("1", "900000000000000", TaxRate::Zero));
    QTest::newRow("a thousand lines at the limit") << thousand << QList<bool>(1000, false) << true;
}

void TestTotals::amountsPastTheLimit_areFlaggedNeverWrapped()
{
    QFETCH(QList<InvoiceLine>, lines);
    QFETCH(QList<bool>, linesOutOfRange);
    QFETCH(bool, totalsOutOfRange);
    Invoice invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.lines = lines;
    const InvoiceTotals totals = einvoice::computeTotals(invoice);

    QCOMPARE(totals.outOfRange, totalsOutOfRange);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(totals.lines.at(i).outOfRange, linesOutOfRange.at(i));
        if (linesOutOfRange.at(i))
            QCOMPARE(totals.lines.at(i).net, Decimal());
    }
    for (const Decimal amount : {totals.totalBeforeTax, totals.totalVat, totals.grandTotal}) {
        QVERIFY(amount <= MaxInvoiceAmount);
        QVERIFY(amount >= -MaxInvoiceAmount);
    }
}

QTEST_GUILESS_MAIN(TestTotals)
#include "tst_totals.moc"
