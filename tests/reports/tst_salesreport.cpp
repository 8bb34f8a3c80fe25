#include "reports/reportjson.h"
#include "reports/salesreportquery.h"
#include "reportseed.h"
#include "store/localstore.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::reportseed;

// The reports over a seeded store against an expected computation written independently of the
// SQL: a plain loop over the seed list that applies issue 19's rules one by one.
class TestSalesReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void byRate_matchesTheIndependentComputation();
    void byRate_handFigures();
    void byRate_jsonShape();
    void listing_oneRowPerInvoiceAndRate();
    void byBuyer_itemAndMonth();
    void completeness_countsWhatIsWaiting();
    void otherEnvironment_isSeparate();

private:
    QMap<QString, CurrencyRates> expected(const QList<Seed> &seeds) const;

    QTemporaryDir *m_dir = nullptr;
    LocalStore *m_store = nullptr;
    const QString m_env = QStringLiteral("demo");
    const ReportPeriod m_november = ReportPeriod::month(2026, 11);
};

void TestSalesReport::init()
{
    m_dir = new QTemporaryDir;
    m_store = new LocalStore;
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))).ok());
    write(*m_store, m_env, november());
}

void TestSalesReport::cleanup()
{
    delete m_store;
    delete m_dir;
}

// The rules, applied seed by seed: what the report must say.
QMap<QString, CurrencyRates> TestSalesReport::expected(const QList<Seed> &seeds) const
{
    QSet<QString> replaced;
    for (const Seed &seed : seeds)
        if (!seed.original.isEmpty() && seed.adjustment.isEmpty() && seed.status == InvoiceStatus::Issued)
            replaced.insert(seed.original);
    QMap<QString, CurrencyRates> groups;
    QMap<QString, QSet<QString>> counted;
    for (const Seed &seed : seeds) {
        if (seed.day < m_november.from || seed.day > m_november.to || seed.status != InvoiceStatus::Issued
            || !seed.withDetail || seed.documentType == 3 || seed.documentType == 5
            || seed.adjustment == QLatin1String("info") || replaced.contains(seed.ref))
            continue;
        const QString currency = seed.currency.isEmpty() ? QStringLiteral("VND") : seed.currency;
        CurrencyRates &group = groups[currency];
        group.currency = currency;
        const int sign = seed.adjustment == QLatin1String("decrease") && seed.total > Decimal() ? -1 : 1;
        const auto signedMoney = [sign](Decimal a, Decimal v, Decimal t) {
            return sign < 0 ? Money {-a, -v, -t} : Money {a, v, t};
        };
        if (seed.series == QLatin1String("C26TBB")) {
            group.salesInvoices += 1;
            group.salesTotal += signedMoney(seed.beforeTax, seed.vat, seed.total).total;
            continue;
        }
        QSet<int> rates;
        for (const Line &line : seed.lines)
            if (line.type != LineType::Note)
                rates.insert(*line.rate);
        QList<std::pair<int, Money>> parts;
        if (rates.size() == 1)
            parts.append({*rates.begin(), signedMoney(seed.beforeTax, seed.vat, seed.total)});
        else
            for (const InvoiceRateTotal &xml : seed.xml)
                parts.append({xml.rate, signedMoney(xml.amount, xml.vat, xml.amount + xml.vat)});
        for (const auto &[rate, money] : parts) {
            auto row = std::find_if(
                group.rows.begin(), group.rows.end(), [rate](const RateRow &r) { return r.rate == rate; });
            if (row == group.rows.end())
                row = group.rows.insert(group.rows.end(), RateRow {rate, 0, {}});
            row->invoices += 1;
            row->money += money;
            group.totals += money;
        }
        counted[currency].insert(seed.ref);
        if (seed.currency.isEmpty())
            group.assumedVnd += 1;
    }
    for (CurrencyRates &group : groups) {
        group.invoices = int(counted.value(group.currency).size());
        group.assumedVnd += group.currency == QLatin1String("VND") ? group.salesInvoices : 0;
        std::sort(group.rows.begin(), group.rows.end(),
            [](const RateRow &a, const RateRow &b) { return a.rate < b.rate; });
    }
    return groups;
}

void TestSalesReport::byRate_matchesTheIndependentComputation()
{
    const auto report = SalesReportQuery(m_store->database(), m_env).byRate(m_november);
    QVERIFY(report.ok());
    const QMap<QString, CurrencyRates> want = expected(november());
    QCOMPARE(report->size(), want.size());
    QCOMPARE(report->at(0).currency, QStringLiteral("VND")); // VND first
    for (const CurrencyRates &got : report.value()) {
        const CurrencyRates wanted = want.value(got.currency);
        QCOMPARE(got.rows, wanted.rows);
        QCOMPARE(got.invoices, wanted.invoices);
        QCOMPARE(got.totals, wanted.totals);
        QCOMPARE(got.salesInvoices, wanted.salesInvoices);
        QCOMPARE(got.salesTotal, wanted.salesTotal);
        QCOMPARE(got.assumedVnd, wanted.assumedVnd);
    }
}

// The same month by hand, so that a shared mistake of the rules above would still show.
void TestSalesReport::byRate_handFigures()
{
    const auto report = SalesReportQuery(m_store->database(), m_env).byRate(m_november);
    QVERIFY(report.ok());
    const CurrencyRates vnd = report->at(0);
    const QList<RateRow> rows {{-2, 1, {d("300000"), d("0"), d("300000")}},
        {-1, 1, {d("700000"), d("0"), d("700000")}}, {0, 1, {d("500000"), d("0"), d("500000")}},
        {5, 2, {d("500000"), d("25000"), d("525000")}}, {8, 1, {d("1800000"), d("144000"), d("1944000")}},
        {10, 5, {d("2650000"), d("265000"), d("2915000")}}};
    QCOMPARE(vnd.rows, rows);
    QCOMPARE(vnd.invoices, 9);
    QCOMPARE(vnd.totals, (Money {d("6450000"), d("434000"), d("6884000")}));
    QCOMPARE(vnd.salesInvoices, 1);
    QCOMPARE(vnd.salesTotal, d("2000000"));
    QCOMPARE(vnd.assumedVnd, 10);
    const CurrencyRates usd = report->at(1);
    QCOMPARE(usd.currency, QStringLiteral("USD"));
    QCOMPARE(usd.rows, (QList<RateRow> {{10, 1, {d("1000.5"), d("100.05"), d("1100.55")}}}));
    QCOMPARE(usd.assumedVnd, 0);
}

void TestSalesReport::byRate_jsonShape()
{
    const auto report = SalesReportQuery(m_store->database(), m_env).byRate(m_november);
    QVERIFY(report.ok());
    const QByteArray json = reportjson::byRate(m_november, true, report.value());
    QCOMPARE(json,
        QByteArray(
            "{\"from\": \"2026-11-01\", \"to\": \"2026-11-30\", \"by\": \"rate\", \"complete\": true, "
            "\"currencies\": [{\"currency\": \"VND\", \"rows\": ["
            "{\"tax_rate\": -2, \"invoices\": 1, \"before_tax\": 300000, \"vat\": 0, \"total\": 300000}, "
            "{\"tax_rate\": -1, \"invoices\": 1, \"before_tax\": 700000, \"vat\": 0, \"total\": 700000}, "
            "{\"tax_rate\": 0, \"invoices\": 1, \"before_tax\": 500000, \"vat\": 0, \"total\": 500000}, "
            "{\"tax_rate\": 5, \"invoices\": 2, \"before_tax\": 500000, \"vat\": 25000, \"total\": 525000}, "
            "{\"tax_rate\": 8, \"invoices\": 1, \"before_tax\": 1800000, \"vat\": 144000, \"total\": "
            "1944000}, "
            "{\"tax_rate\": 10, \"invoices\": 5, \"before_tax\": 2650000, \"vat\": 265000, \"total\": "
            "2915000}], "
            "\"sales_invoices\": {\"invoices\": 1, \"total\": 2000000}, "
            "\"totals\": {\"invoices\": 9, \"before_tax\": 6450000, \"vat\": 434000, \"total\": 6884000}}, "
            "{\"currency\": \"USD\", \"rows\": [{\"tax_rate\": 10, \"invoices\": 1, \"before_tax\": 1000.5, "
            "\"vat\": 100.05, \"total\": 1100.55}], "
            "\"totals\": {\"invoices\": 1, \"before_tax\": 1000.5, \"vat\": 100.05, \"total\": 1100.55}}]}"));
}

void TestSalesReport::listing_oneRowPerInvoiceAndRate()
{
    const auto listing = SalesReportQuery(m_store->database(), m_env).listing(m_november);
    QVERIFY(listing.ok());
    QStringList keys;
    for (const ListingRow &row : listing.value())
        keys.append(row.currency + QLatin1Char(':')
            + (row.rate ? QString::number(*row.rate) : QStringLiteral("-")) + QLatin1Char(':')
            + row.referenceCode);
    QCOMPARE(keys,
        (QStringList {QStringLiteral("VND:-2:A3"), QStringLiteral("VND:-1:A5"), QStringLiteral("VND:0:A4"),
            QStringLiteral("VND:5:A7"), QStringLiteral("VND:5:A3"), QStringLiteral("VND:8:A2"),
            QStringLiteral("VND:10:A1"), QStringLiteral("VND:10:A6"), QStringLiteral("VND:10:A3"),
            QStringLiteral("VND:10:R1"), QStringLiteral("VND:10:D1"), QStringLiteral("VND:-:S1"),
            QStringLiteral("USD:10:U1")}));
    const ListingRow decrease = listing->at(10);
    QCOMPARE(decrease.money, (Money {d("-100000"), d("-10000"), d("-110000")}));
    QCOMPARE(decrease.series, QStringLiteral("C26TAA"));
    QCOMPARE(decrease.templateCode, QStringLiteral("1"));
    QCOMPARE(listing->at(11).templateCode, QStringLiteral("2"));
    QCOMPARE(listing->at(8).money, (Money {d("500000"), d("50000"), d("550000")})); // A3 at 10 % from its XML
}

void TestSalesReport::byBuyer_itemAndMonth()
{
    const SalesReportQuery query(m_store->database(), m_env);
    const auto buyers = query.byBuyer(m_november);
    QVERIFY(buyers.ok());
    const BuyerRow other = *std::find_if(
        buyers->begin(), buyers->end(), [](const BuyerRow &row) { return row.taxCode.isEmpty(); });
    QCOMPARE(other.name, QStringLiteral("Cửa hàng Bình An"));
    QCOMPARE(other.invoices, 1);
    QCOMPARE(other.money.total, d("330000"));
    const auto items = query.byItem(m_november);
    QVERIFY(items.ok());
    const ItemRow table = *std::find_if(items->begin(), items->end(), [](const ItemRow &row) {
        return row.code == QLatin1String("SP01") && row.currency == QLatin1String("VND");
    });
    // A1 (2 tables, 1,000,000) + A3's line (1, 600,000 before its discount) - D1 (1, 100,000).
    QCOMPARE(table.quantity, d("2"));
    QCOMPARE(table.revenue, d("1500000"));
    const ItemRow discount = *std::find_if(items->begin(), items->end(),
        [](const ItemRow &row) { return row.name == QStringLiteral("Chiết khấu thương mại"); });
    QCOMPARE(discount.revenue, d("-200000"));
    const auto months = query.byMonth(ReportPeriod::twelveMonthsTo(QDate(2026, 12, 31)));
    QVERIFY(months.ok());
    QStringList seen;
    for (const MonthRow &row : months.value()) {
        if (row.invoices > 0)
            seen.append(
                row.currency + row.month.toString(QStringLiteral(" yyyy-MM ")) + row.money.total.toString());
    }
    QCOMPARE(seen,
        (QStringList {QStringLiteral("VND 2026-10 501600"), QStringLiteral("VND 2026-11 8884000"),
            QStringLiteral("VND 2026-12 135300"), QStringLiteral("USD 2026-11 1100.55")}));
    // Every month of the twelve for each currency, in order; the empty ones are zeros.
    QCOMPARE(months->size(), 24);
    QCOMPARE(months->at(0).month, QDate(2026, 1, 1));
    QCOMPARE(months->at(11).month, QDate(2026, 12, 1));
    QCOMPARE(months->at(12).currency, QStringLiteral("USD"));
    QCOMPARE(months->at(12).month, QDate(2026, 1, 1));
    QCOMPARE(months->at(8).invoices, 0);
    QVERIFY(months->at(8).money.total.isZero());
}

void TestSalesReport::completeness_countsWhatIsWaiting()
{
    const SalesReportQuery query(m_store->database(), m_env);
    const auto before = query.completeness(m_november);
    QVERIFY(before.ok());
    QVERIFY(before->complete());
    write(*m_store, m_env, waiting());
    const auto after = query.completeness(m_november);
    QVERIFY(after.ok());
    QCOMPARE(after->waitingDetail, 1);
    QCOMPARE(after->waitingXml, 1);
    QVERIFY(!after->complete());
    const auto lists = query.waiting(m_november);
    QVERIFY(lists.ok());
    QCOMPARE(lists->needDetail, QStringList {QStringLiteral("W1")});
    QCOMPARE(lists->needXml, QStringList {QStringLiteral("W2")});
    // Never silently omitted: the figures are unchanged, and the report says it is not complete.
    QCOMPARE(query.byRate(m_november)->at(0).invoices, 9);
}

void TestSalesReport::otherEnvironment_isSeparate()
{
    const auto report = SalesReportQuery(m_store->database(), QStringLiteral("sandbox")).byRate(m_november);
    QVERIFY(report.ok());
    QVERIFY(report->isEmpty());
}

QTEST_GUILESS_MAIN(TestSalesReport)
#include "tst_salesreport.moc"
