#include "core/enums.h"

#include <QTest>

using namespace einvoice;

class TestEnums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringEnums_roundTripExactSpelling_data();
    void stringEnums_roundTripExactSpelling();
    void stringEnums_rejectOtherSpellings_data();
    void stringEnums_rejectOtherSpellings();
    void taxRate_wireValuesPercentsAndLabels_data();
    void taxRate_wireValuesPercentsAndLabels();
    void lineType_wireValues_data();
    void lineType_wireValues();
    void minorDigits_perCurrency_data();
    void minorDigits_perCurrency();
    void emptyWire_forUnspecifiedBuyerAndUnknownSource();
};

// Each row: enum family, the value as int, its exact wire spelling.
void TestEnums::stringEnums_roundTripExactSpelling_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("wire");

    QTest::newRow("currency VND") << "currency" << int(Currency::VND) << "VND";
    QTest::newRow("currency USD") << "currency" << int(Currency::USD) << "USD";
    QTest::newRow("currency CAD") << "currency" << int(Currency::CAD) << "CAD";
    QTest::newRow("payment cash") << "payment" << int(PaymentMethod::Cash) << "TM";
    QTest::newRow("payment transfer") << "payment" << int(PaymentMethod::Transfer) << "CK";
    QTest::newRow("payment cash or transfer") << "payment" << int(PaymentMethod::CashOrTransfer) << "TM/CK";
    QTest::newRow("payment other") << "payment" << int(PaymentMethod::Other) << "KHAC";
    QTest::newRow("buyer personal") << "buyer" << int(BuyerType::Personal) << "personal";
    QTest::newRow("buyer company") << "buyer" << int(BuyerType::Company) << "company";
    QTest::newRow("status draft") << "status" << int(InvoiceStatus::Draft) << "draft";
    QTest::newRow("status issued") << "status" << int(InvoiceStatus::Issued) << "issued";
    QTest::newRow("status cancelled") << "status" << int(InvoiceStatus::Cancelled) << "cancelled";
    QTest::newRow("source api") << "source" << int(InvoiceSource::Api) << "api";
    QTest::newRow("source manual") << "source" << int(InvoiceSource::Manual) << "manual";
    QTest::newRow("job pending") << "job" << int(JobStatus::Pending) << "Pending";
    QTest::newRow("job success") << "job" << int(JobStatus::Success) << "Success";
    QTest::newRow("job failed") << "job" << int(JobStatus::Failed) << "Failed";
    QTest::newRow("file pdf") << "file" << int(FileType::Pdf) << "pdf";
    QTest::newRow("file xml") << "file" << int(FileType::Xml) << "xml";
}

namespace {

// Returns {toWire(value), fromWire(wire) as int or -1}.
std::pair<QString, int> roundTrip(const QString &family, int value, const QString &wire)
{
    const auto asInt = [](auto parsed) {
        return parsed ? int(*parsed) : -1;
    };
    if (family == QLatin1String("currency"))
        return {toWire(Currency(value)), asInt(currencyFromWire(wire))};
    if (family == QLatin1String("payment"))
        return {toWire(PaymentMethod(value)), asInt(paymentMethodFromWire(wire))};
    if (family == QLatin1String("buyer"))
        return {toWire(BuyerType(value)), asInt(buyerTypeFromWire(wire))};
    if (family == QLatin1String("status"))
        return {toWire(InvoiceStatus(value)), asInt(invoiceStatusFromWire(wire))};
    if (family == QLatin1String("source"))
        return {toWire(InvoiceSource(value)), asInt(invoiceSourceFromWire(wire))};
    if (family == QLatin1String("job"))
        return {toWire(JobStatus(value)), asInt(jobStatusFromWire(wire))};
    return {toWire(FileType(value)), asInt(fileTypeFromWire(wire))};
}

} // namespace

void TestEnums::stringEnums_roundTripExactSpelling()
{
    QFETCH(QString, family);
    QFETCH(int, value);
    QFETCH(QString, wire);

    const auto [written, read] = roundTrip(family, value, wire);
    QCOMPARE(written, wire);
    QCOMPARE(read, value);
}

void TestEnums::stringEnums_rejectOtherSpellings_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("wire");

    QTest::newRow("lower-case currency") << "currency"
                                         << "vnd";
    QTest::newRow("unknown currency") << "currency"
                                      << "EUR";
    QTest::newRow("payment with spaces") << "payment"
                                         << "TM / CK";
    QTest::newRow("enterprise buyer (3P, undocumented)") << "buyer"
                                                         << "enterprise";
    QTest::newRow("capitalised invoice status") << "status"
                                                << "Issued";
    QTest::newRow("american spelling canceled") << "status"
                                                << "canceled";
    QTest::newRow("lower-case job status") << "job"
                                           << "success";
    QTest::newRow("upper-case file type") << "file"
                                          << "PDF";
    QTest::newRow("empty source") << "source"
                                  << "";
}

void TestEnums::stringEnums_rejectOtherSpellings()
{
    QFETCH(QString, family);
    QFETCH(QString, wire);

    QCOMPARE(roundTrip(family, 0, wire).second, -1);
}

void TestEnums::taxRate_wireValuesPercentsAndLabels_data()
{
    QTest::addColumn<int>("wire");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("label");

    QTest::newRow("not subject") << -2 << 0 << "KCT";
    QTest::newRow("not declared") << -1 << 0 << "KKKNT";
    QTest::newRow("zero") << 0 << 0 << "0%";
    QTest::newRow("five") << 5 << 5 << "5%";
    QTest::newRow("eight") << 8 << 8 << "8%";
    QTest::newRow("ten") << 10 << 10 << "10%";
}

void TestEnums::taxRate_wireValuesPercentsAndLabels()
{
    QFETCH(int, wire);
    QFETCH(int, percent);
    QFETCH(QString, label);

    const std::optional<TaxRate> rate = taxRateFromWire(wire);
    QVERIFY(rate.has_value());
    QCOMPARE(toWire(*rate), wire);
    QCOMPARE(percentOf(*rate), percent);
    QCOMPARE(taxRateLabel(*rate), label);
}

void TestEnums::lineType_wireValues_data()
{
    QTest::addColumn<int>("wire");
    QTest::addColumn<bool>("valid");

    QTest::newRow("goods") << 1 << true;
    QTest::newRow("promotion") << 2 << true;
    QTest::newRow("trade discount") << 3 << true;
    QTest::newRow("note") << 4 << true;
    QTest::newRow("zero (VNPT numbering)") << 0 << false;
    QTest::newRow("five (MISA transport)") << 5 << false;
}

void TestEnums::lineType_wireValues()
{
    QFETCH(int, wire);
    QFETCH(bool, valid);

    const std::optional<LineType> type = lineTypeFromWire(wire);
    QCOMPARE(type.has_value(), valid);
    if (valid)
        QCOMPARE(toWire(*type), wire);
    QCOMPARE(taxRateFromWire(3).has_value(), false); // 3 % is not an API rate
}

void TestEnums::minorDigits_perCurrency_data()
{
    QTest::addColumn<int>("currency");
    QTest::addColumn<int>("digits");

    QTest::newRow("VND has no minor unit") << int(Currency::VND) << 0;
    QTest::newRow("USD cents") << int(Currency::USD) << 2;
    QTest::newRow("CAD cents") << int(Currency::CAD) << 2;
}

void TestEnums::minorDigits_perCurrency()
{
    QFETCH(int, currency);
    QFETCH(int, digits);

    QCOMPARE(minorDigits(Currency(currency)), digits);
}

void TestEnums::emptyWire_forUnspecifiedBuyerAndUnknownSource()
{
    QVERIFY(toWire(BuyerType::Unspecified).isEmpty());
    QVERIFY(toWire(InvoiceSource::Unknown).isEmpty());
    QVERIFY(!buyerTypeFromWire(u"").has_value());
}

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
