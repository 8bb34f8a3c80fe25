#include "../reports/reportseed.h"
#include "invoices/invoicelisttotals.h"
#include "reports/salesreportquery.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace einvoice;
using namespace einvoice::reportseed;

// The list's footer counts what the month-end reports count (store/countedinvoicesql.h): a
// replaced invoice no longer counts, its replacement does; a decrease subtracts; an
// information-only adjustment, a draft and a cancelled invoice are counted apart. Run by the
// footer's own worker (InvoiceListTotals) on a real SQLite file.
class TestInvoiceListTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void footer_countsAReplacementInsteadOfItsOriginal();
    void footer_agreesWithTheMonthEndReport();
    void destroyedWhileComputing_leavesNoRunBehind();

private:
    FilteredTotals footer();

    QTemporaryDir *m_dir = nullptr;
    LocalStore *m_store = nullptr;
    const QString m_env = QStringLiteral("demo");
};

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

Seed issued(const char *ref, int type, const char *beforeTax, const char *vat, const char *total,
    const QString &original = QString(), const QString &adjustment = QString())
{
    const Decimal amount = d(beforeTax);
    return {QString::fromLatin1(ref), QDate(2026, 11, 12), InvoiceStatus::Issued, type, amount, d(vat),
        d(total),
        {{LineType::Goods, 10, amount, Decimal::fromInteger(1), QStringLiteral("SP"), QStringLiteral("Bàn")}},
        {}, QStringLiteral("C26TAA"), QString(), original, adjustment};
}

QList<Seed> seeds()
{
    return {
        // O1 is still "new" in the list: only its replacement's detail says it was replaced.
        issued("O1", 2, "1000000", "100000", "1100000"),
        issued("R1", 4, "1200000", "120000", "1320000", QStringLiteral("O1")),
        issued("O2", 5, "500000", "50000", "550000"),
        issued("R2", 4, "600000", "60000", "660000", QStringLiteral("O2")),
        issued("O3", 10, "2000000", "200000", "2200000"),
        issued("A1", 7, "100000", "10000", "110000", QStringLiteral("O3"), QStringLiteral("decrease")),
        issued("I1", 8, "0", "0", "0", QStringLiteral("O3"), QStringLiteral("info")),
        {QStringLiteral("C1"), QDate(2026, 11, 13), InvoiceStatus::Cancelled, 3, d("300000"), d("30000"),
            d("330000"), {goods(10, "300000", QStringLiteral("SP"), QStringLiteral("Ghế"))}},
        {QStringLiteral("D1"), QDate(2026, 11, 14), InvoiceStatus::Draft, 1, d("400000"), d("40000"),
            d("440000"), {goods(10, "400000", QStringLiteral("SP"), QStringLiteral("Tủ"))}},
    };
}

#pragma GCC diagnostic pop

} // namespace

// A run that outlived its InvoiceListTotals read a file its owner was removing and logged after
// the test's logger had gone: tst_invoicespage crashed after its last test, once in a while.
void TestInvoiceListTotals::destroyedWhileComputing_leavesNoRunBehind()
{
    const QString file = m_dir->filePath(QStringLiteral("store.sqlite"));
    for (int i = 0; i < 20; ++i) {
        auto *totals = new InvoiceListTotals(file);
        totals->compute(m_env, InvoiceFilter());
        totals->compute(m_env, InvoiceFilter()); // and one more asked meanwhile
        delete totals;
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    }
}

void TestInvoiceListTotals::init()
{
    m_dir = new QTemporaryDir;
    m_store = new LocalStore;
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))).ok());
    write(*m_store, m_env, seeds());
}

void TestInvoiceListTotals::cleanup()
{
    delete m_store;
    delete m_dir;
}

FilteredTotals TestInvoiceListTotals::footer()
{
    InvoiceListTotals totals(m_store->database().filePath());
    std::optional<FilteredTotals> answer;
    connect(
        &totals, &InvoiceListTotals::computed, this, [&](const FilteredTotals &sums, const QString &error) {
            if (!error.isEmpty())
                qWarning() << error;
            answer = sums;
        });
    totals.compute(m_env, InvoiceFilter());
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        qWarning() << "the footer never answered";
    return answer.value_or(FilteredTotals {-1});
}

void TestInvoiceListTotals::footer_countsAReplacementInsteadOfItsOriginal()
{
    const FilteredTotals totals = footer();
    QCOMPARE(totals.count, 9); // every row the list shows
    QCOMPARE(totals.replacedCount, 2); // O1 (by R1's detail) and O2 (by its type)
    QCOMPARE(totals.informationOnlyCount, 1);
    QCOMPARE(totals.cancelledCount, 1);
    QCOMPARE(totals.draftCount, 1);
    // R1 + R2 + O3 - A1: the originals O1 and O2 are not added to their replacements.
    QCOMPARE(totals.totalBeforeTax, std::optional<Decimal>(d("3700000")));
    QCOMPARE(totals.taxAmount, std::optional<Decimal>(d("370000")));
    QCOMPARE(totals.totalAmount, std::optional<Decimal>(d("4070000")));
}

void TestInvoiceListTotals::footer_agreesWithTheMonthEndReport()
{
    const auto report = SalesReportQuery(m_store->database(), m_env).byRate(ReportPeriod::month(2026, 11));
    QVERIFY(report.ok());
    QCOMPARE(report.value().size(), 1);
    const Money reported = report.value().constFirst().totals;
    const FilteredTotals totals = footer();
    QCOMPARE(totals.totalBeforeTax, std::optional<Decimal>(reported.beforeTax));
    QCOMPARE(totals.taxAmount, std::optional<Decimal>(reported.vat));
    QCOMPARE(totals.totalAmount, std::optional<Decimal>(reported.total));
}

QTEST_GUILESS_MAIN(TestInvoiceListTotals)
#include "tst_invoicelisttotals.moc"
