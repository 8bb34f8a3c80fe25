#include "invoicelisttestdata.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace einvoice;
using namespace einvoice::invoicelistroles;

namespace {

QStringList references(const InvoiceListModel &model)
{
    QStringList result;
    for (int i = 0; i < model.rowCount(); ++i)
        result.append(model.index(i, 0).data(ReferenceCodeRole).toString());
    result.sort();
    return result;
}

const QDate today(2026, 5, 15);

// One part of the filter changed, as the filter bar changes it.
class FilterEdits
{
public:
    explicit FilterEdits(InvoiceListModel *model) : m_model(model) { }
    template<typename Change> void change(Change change)
    {
        InvoiceFilter filter = m_model->filter();
        change(filter);
        m_model->setFilter(filter);
    }
    void setBadgeFilter(std::optional<InvoiceBadge> badge)
    {
        change([&](InvoiceFilter &f) { f.badge = badge; });
    }
    void setDateRange(const DateRange &range)
    {
        change([&](InvoiceFilter &f) { f.dates = range; });
    }
    void setSourceFilter(std::optional<InvoiceSource> source)
    {
        change([&](InvoiceFilter &f) { f.source = source; });
    }
    void setProviderStatusFilter(std::optional<QString> status)
    {
        change([&](InvoiceFilter &f) { f.providerStatus = status; });
    }
    void setSeriesFilter(std::optional<QString> series)
    {
        change([&](InvoiceFilter &f) { f.series = series; });
    }
    void setSearchText(const QString &text)
    {
        change([&](InvoiceFilter &f) { f.search = text; });
    }

private:
    InvoiceListModel *m_model;
};

} // namespace

// The list's filters, sort and sums, run in SQL by the list model over a real SQLite cache.
class TestInvoiceListFilter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testdata::ListCache> m_cache;
    InvoiceListModel *m_model = nullptr;
    std::unique_ptr<FilterEdits> m_filters;
    QAbstractItemModelTester *m_tester = nullptr;

    void upsertRow(const CachedInvoiceRow &row)
    {
        QVERIFY(m_cache->put({row}));
        m_model->refresh();
    }

    void setRows(const QList<CachedInvoiceRow> &rows)
    {
        QVERIFY(m_cache->replaceAll(rows));
        m_model->refresh();
    }

private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<testdata::ListCache>();
        QVERIFY(m_cache->ok());
        QVERIFY(m_cache->put(testdata::sampleRows()));
        m_model = new InvoiceListModel(&m_cache->cache(), this);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model->setEnvironment(testdata::ListCache::environment);
        m_filters = std::make_unique<FilterEdits>(m_model);
    }

    void cleanup()
    {
        delete m_tester;
        m_filters.reset();
        delete m_model;
        m_cache.reset();
    }

    void badgeFilter_narrowsToThatStatus_data()
    {
        QTest::addColumn<int>("badge");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("issued") << int(InvoiceBadge::Issued)
                                << QStringList {QStringLiteral("ABC-6"), QStringLiteral("ORDER-1"),
                                       QStringLiteral("ORDER-2"), QStringLiteral("ORDER-4")};
        QTest::newRow("draft") << int(InvoiceBadge::Draft) << QStringList {QStringLiteral("ORDER-3")};
        QTest::newRow("cancelled") << int(InvoiceBadge::Cancelled) << QStringList {QStringLiteral("ORDER-5")};
        QTest::newRow("pending") << int(InvoiceBadge::Pending) << QStringList {};
    }

    void badgeFilter_narrowsToThatStatus()
    {
        QFETCH(int, badge);
        QFETCH(QStringList, expected);
        m_filters->setBadgeFilter(InvoiceBadge(badge));
        QCOMPARE(references(*m_model), expected);
        m_filters->setBadgeFilter(std::nullopt);
        QCOMPARE(m_model->rowCount(), 6);
    }

    void dateFilter_narrowsToTheRange_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("this month") << int(DateRange::Preset::ThisMonth) << QDate() << QDate()
                                    << QStringList {QStringLiteral("ORDER-1"), QStringLiteral("ORDER-2"),
                                           QStringLiteral("ORDER-3")};
        QTest::newRow("last month") << int(DateRange::Preset::LastMonth) << QDate() << QDate()
                                    << QStringList {QStringLiteral("ORDER-4"), QStringLiteral("ORDER-5")};
        QTest::newRow("custom") << int(DateRange::Preset::Custom) << QDate(2026, 3, 30) << QDate(2026, 4, 2)
                                << QStringList {QStringLiteral("ABC-6"), QStringLiteral("ORDER-5")};
        QTest::newRow("custom open end")
            << int(DateRange::Preset::Custom) << QDate(2026, 5, 10) << QDate()
            << QStringList {QStringLiteral("ORDER-2"), QStringLiteral("ORDER-3")};
        QTest::newRow("any time") << int(DateRange::Preset::AnyTime) << QDate() << QDate()
                                  << QStringList {QStringLiteral("ABC-6"), QStringLiteral("ORDER-1"),
                                         QStringLiteral("ORDER-2"), QStringLiteral("ORDER-3"),
                                         QStringLiteral("ORDER-4"), QStringLiteral("ORDER-5")};
    }

    void dateFilter_narrowsToTheRange()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        m_filters->setDateRange(DateRange::of(DateRange::Preset(preset), today, from, to));
        QCOMPARE(references(*m_model), expected);
    }

    void lastMonth_inJanuary_isDecember()
    {
        const DateRange range = DateRange::of(DateRange::Preset::LastMonth, QDate(2026, 1, 10));
        QCOMPARE(*range.from, QDate(2025, 12, 1));
        QCOMPARE(*range.to, QDate(2025, 12, 31));
    }

    void sourceFilter_narrowsToTheOrigin()
    {
        m_filters->setSourceFilter(InvoiceSource::Manual);
        QCOMPARE(references(*m_model), (QStringList {QStringLiteral("ORDER-2"), QStringLiteral("ORDER-5")}));
        m_filters->setSourceFilter(InvoiceSource::Api);
        QCOMPARE(m_model->rowCount(), 4);
    }

    void search_matchesEachField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("number") << QStringLiteral("9") << QStringList {QStringLiteral("ORDER-1")};
        QTest::newRow("buyer without accents")
            << QStringLiteral("nguyen") << QStringList {QStringLiteral("ORDER-2")};
        QTest::newRow("buyer with accents")
            << QStringLiteral("Đức") << QStringList {QStringLiteral("ORDER-3")};
        QTest::newRow("buyer upper case") << QStringLiteral(
            "MINH PHAT") << QStringList {QStringLiteral("ORDER-1"), QStringLiteral("ORDER-4")};
        QTest::newRow("tax code") << QStringLiteral("3300543") << QStringList {QStringLiteral("ABC-6")};
        QTest::newRow("reference code")
            << QStringLiteral("order-5") << QStringList {QStringLiteral("ORDER-5")};
        QTest::newRow("two terms") << QStringLiteral("minh 0312 order-4")
                                   << QStringList {QStringLiteral("ORDER-4")};
        QTest::newRow("nothing") << QStringLiteral("khong co") << QStringList {};
    }

    void search_matchesEachField()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_filters->setSearchText(text);
        QCOMPARE(references(*m_model), expected);
        m_filters->setSearchText(QString());
        QCOMPARE(m_model->rowCount(), 6);
    }

    void filters_combine()
    {
        // Last month's issued invoices to one buyer: the accountant's two actions.
        InvoiceFilter filter;
        filter.badge = InvoiceBadge::Issued;
        filter.dates = DateRange::of(DateRange::Preset::LastMonth, today);
        filter.search = QStringLiteral("minh phat");
        m_model->setFilter(filter);
        QCOMPARE(references(*m_model), QStringList {QStringLiteral("ORDER-4")});
    }

    void totals_sumTheFilteredRows()
    {
        m_filters->setSearchText(QStringLiteral("minh"));
        const FilteredTotals totals = m_model->totals();
        QCOMPARE(totals.count, 2);
        QCOMPARE(*totals.totalBeforeTax, Decimal::fromInteger(4000000));
        QCOMPARE(*totals.taxAmount, Decimal::fromInteger(400000));
        QCOMPARE(*totals.totalAmount, Decimal::fromInteger(4400000));
    }

    // Issue 16.9: drafts are counted apart and left out of the sums; so are cancelled invoices,
    // as in the month-end reports.
    void totals_leaveDraftsAndCancelledOut()
    {
        const FilteredTotals totals = m_model->totals();
        QCOMPARE(totals.count, 6);
        QCOMPARE(totals.draftCount, 1); // ORDER-3, 50.000 before tax
        QCOMPARE(totals.cancelledCount, 1); // ORDER-5, 400.000 before tax
        QCOMPARE(*totals.totalBeforeTax, Decimal::fromInteger(4900000));
        m_filters->setSearchText(QStringLiteral("duc"));
        QCOMPARE(m_model->totals().count, 1);
        QCOMPARE(*m_model->totals().totalAmount, Decimal());
    }

    // Sums of many large invoices pass the 64-bit range: they say so rather than wrap.
    void totals_pastTheRange_areUnknownNotWrapped()
    {
        for (int i = 0; i < 12; ++i) {
            CachedInvoiceRow row = testdata::row(QStringLiteral("BIG-%1").arg(i), QString::number(100 + i),
                today, QStringLiteral("Tập đoàn Lớn"), {}, 1);
            row.totalBeforeTax = Decimal::fromInteger(800'000'000'000'000);
            row.taxAmount = Decimal::fromInteger(1);
            row.totalAmount = row.totalBeforeTax;
            upsertRow(row);
        }
        m_filters->setSearchText(QStringLiteral("tap doan"));
        const FilteredTotals totals = m_model->totals();
        QCOMPARE(totals.count, 12);
        QVERIFY(!totals.totalBeforeTax.has_value());
        QCOMPARE(*totals.taxAmount, Decimal::fromInteger(12));
    }

    // Issue 16.8: the company in the legal name and a person in the buyer name: both shown, both found.
    void legalNameAndBuyerName_bothShownAndFound()
    {
        CachedInvoiceRow row = testdata::row(QStringLiteral("NEW-1"), QStringLiteral("30"), today,
            QStringLiteral("Phạm Văn Bình"), QStringLiteral("0100109106"), 5);
        row.buyerLegalName = QStringLiteral("Công ty CP Sao Mai");
        upsertRow(row);
        for (const char *search : {"sao mai", "binh", "SAO MAI pham"}) {
            m_filters->setSearchText(QString::fromLatin1(search));
            QCOMPARE(references(*m_model), QStringList {QStringLiteral("NEW-1")});
        }
        const QModelIndex buyer = m_model->index(0, InvoiceListModel::Buyer);
        QVERIFY(buyer.data().toString().startsWith(QStringLiteral("Công ty CP Sao Mai")));
        QVERIFY(buyer.data().toString().contains(QStringLiteral("Phạm Văn Bình")));
        const QString tip = buyer.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Công ty CP Sao Mai"))
                && tip.contains(QStringLiteral("Phạm Văn Bình")) && tip.contains(QLatin1Char('\n')),
            qPrintable(tip));
        QCOMPARE(buyer.data(BuyerLegalNameRole).toString(), QStringLiteral("Công ty CP Sao Mai"));
        QCOMPARE(InvoiceListModel::printedBuyer(row), QStringLiteral("Công ty CP Sao Mai"));
    }

    // Issue 16.10: one day's invoices in number order (numbers compared as numbers).
    void sameDate_sortsByNumber()
    {
        setRows({testdata::row(QStringLiteral("Z"), QStringLiteral("10"), today, QStringLiteral("a"), {}, 1),
            testdata::row(QStringLiteral("A"), QStringLiteral("100"), today, QStringLiteral("b"), {}, 1),
            testdata::row(QStringLiteral("M"), QStringLiteral("9"), today, QStringLiteral("c"), {}, 1),
            testdata::row(
                QStringLiteral("Y"), QStringLiteral("11"), today.addDays(-1), QStringLiteral("d"), {}, 1)});
        m_model->sort(InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        QStringList numbers;
        for (int i = 0; i < m_model->rowCount(); ++i)
            numbers.append(m_model->index(i, 0).data(InvoiceNumberRole).toString());
        QCOMPARE(numbers,
            (QStringList {
                QStringLiteral("100"), QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("11")}));
        m_model->sort(InvoiceListModel::IssuedDate, Qt::AscendingOrder);
        QCOMPARE(m_model->index(0, 0).data(InvoiceNumberRole).toString(), QStringLiteral("11"));
        QCOMPARE(m_model->index(1, 0).data(InvoiceNumberRole).toString(), QStringLiteral("9"));
    }

    void sort_usesRawValues()
    {
        m_model->sort(InvoiceListModel::Number, Qt::AscendingOrder);
        QStringList numbers;
        for (int i = 0; i < m_model->rowCount(); ++i)
            numbers.append(m_model->index(i, 0).data(InvoiceNumberRole).toString());
        QCOMPARE(numbers,
            (QStringList {QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("7"), QStringLiteral("8"),
                QStringLiteral("9"), QStringLiteral("10")}));
        m_model->sort(InvoiceListModel::Total, Qt::DescendingOrder);
        QCOMPARE(m_model->referenceCodeAt(0), QStringLiteral("ORDER-4"));
        QCOMPARE(m_model->referenceCodeAt(5), QStringLiteral("ORDER-3"));
    }

    void newRows_passThroughTheActiveFilter()
    {
        m_filters->setSearchText(QStringLiteral("nguyen"));
        upsertRow(testdata::row(QStringLiteral("NEW-1"), QStringLiteral("20"), today,
            QStringLiteral("Nguyễn Thị Hoa"), QString(), 5));
        upsertRow(testdata::row(QStringLiteral("NEW-2"), QStringLiteral("21"), today,
            QStringLiteral("Phạm Văn Bình"), QString(), 5));
        QCOMPARE(references(*m_model), (QStringList {QStringLiteral("NEW-1"), QStringLiteral("ORDER-2")}));
    }

    // Rows with what the detail said: provider statuses and a second series.
    void setProviderStatuses()
    {
        QList<CachedInvoiceRow> rows = testdata::sampleRows();
        const QHash<QString, QString> statuses {{QStringLiteral("ORDER-1"), QStringLiteral("4")},
            {QStringLiteral("ORDER-2"), QStringLiteral("2")},
            {QStringLiteral("ORDER-4"), QStringLiteral("3")},
            {QStringLiteral("ORDER-3"), QStringLiteral("1")}};
        for (CachedInvoiceRow &row : rows) {
            row.providerStatus = statuses.value(row.referenceCode);
            if (row.referenceCode == QLatin1String("ORDER-2") || row.referenceCode == QLatin1String("ABC-6"))
                row.invoiceSeries = QStringLiteral("C26TBB");
        }
        setRows(rows);
    }

    void providerStatusFilter_narrowsToThatAnswer()
    {
        setProviderStatuses();
        m_filters->setProviderStatusFilter(QStringLiteral("4"));
        QCOMPARE(references(*m_model), QStringList {QStringLiteral("ORDER-1")});
        m_filters->setProviderStatusFilter(QStringLiteral("2"));
        QCOMPARE(references(*m_model), QStringList {QStringLiteral("ORDER-2")});
        // Not checked yet: issued invoices whose detail was not read (not drafts, not cancelled).
        m_filters->setProviderStatusFilter(QString());
        QCOMPARE(references(*m_model), QStringList {QStringLiteral("ABC-6")});
        m_filters->setProviderStatusFilter(std::nullopt);
        QCOMPARE(m_model->rowCount(), 6);
    }

    void badges_showTheProviderStatusOfIssuedInvoices()
    {
        setProviderStatuses();
        const auto badge = [this](const char *reference) {
            return InvoiceBadge(
                m_model->index(m_model->rowOf(QString::fromLatin1(reference)), 0).data(BadgeRole).toInt());
        };
        QCOMPARE(badge("ORDER-1"), InvoiceBadge::TaxCodeGranted);
        QCOMPARE(badge("ORDER-2"), InvoiceBadge::SigningError);
        QCOMPARE(badge("ORDER-4"), InvoiceBadge::AwaitingTaxAuthority);
        QCOMPARE(badge("ABC-6"), InvoiceBadge::Issued);
        QCOMPARE(badge("ORDER-3"), InvoiceBadge::Draft);
        QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("ORDER-2")), InvoiceListModel::Status)
                     .data()
                     .toString(),
            QStringLiteral("Signing error"));
    }

    void statusFilterIssued_keepsEveryProviderStatus()
    {
        setProviderStatuses();
        m_filters->setBadgeFilter(InvoiceBadge::Issued);
        QCOMPARE(references(*m_model),
            (QStringList {QStringLiteral("ABC-6"), QStringLiteral("ORDER-1"), QStringLiteral("ORDER-2"),
                QStringLiteral("ORDER-4")}));
    }

    void seriesFilter_andTheSeriesOffered()
    {
        setProviderStatuses();
        QCOMPARE(m_model->knownSeries(), (QStringList {QStringLiteral("C26TAA"), QStringLiteral("C26TBB")}));
        m_filters->setSeriesFilter(QStringLiteral("C26TBB"));
        QCOMPARE(references(*m_model), (QStringList {QStringLiteral("ABC-6"), QStringLiteral("ORDER-2")}));
        // Filters combine.
        m_filters->setProviderStatusFilter(QStringLiteral("2"));
        QCOMPARE(references(*m_model), QStringList {QStringLiteral("ORDER-2")});
        m_filters->setSeriesFilter(QStringLiteral("C26TAA"));
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceListFilter)
#include "tst_invoicelistfilter.moc"
