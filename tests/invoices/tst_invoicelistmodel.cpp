#include "invoicelisttestdata.h"
#include "invoices/invoicebadge.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistreader.h"
#include "invoices/invoicelistroles.h"
#include "invoices/invoicerowblocks.h"
#include "invoices/searchkey.h"
#include "store/searchfold.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace einvoice;
using namespace einvoice::invoicelistroles;

namespace {

const QString environment = testdata::ListCache::environment;

// Invoice i of a long list: one a day back from 2026-05-15, numbered in order.
CachedInvoiceRow numbered(int i, const QString &prefix = QStringLiteral("INV"))
{
    const QString buyers[] = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("CÔNG TY TNHH Đại Dương"),
        QStringLiteral("Trần Thị Bích Ngọc"), QStringLiteral("Hợp tác xã Phú Lộc")};
    return testdata::row(prefix + QStringLiteral("-%1").arg(i, 5, 10, QLatin1Char('0')),
        QString::number(i + 1), QDate(2026, 5, 15).addDays(-(i / 7)), buyers[i % 4], QString(),
        1000 + (i * 37) % 5000);
}

QStringList referencesOf(const InvoiceListModel &model, const QModelIndexList &indexes)
{
    QStringList references;
    for (const QModelIndex &index : indexes)
        references.append(model.referenceCodeAt(index.row()));
    references.sort();
    return references;
}

} // namespace

class TestInvoiceListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testdata::ListCache> m_cache;

    std::unique_ptr<InvoiceListModel> openModel(const QList<CachedInvoiceRow> &rows)
    {
        m_cache = std::make_unique<testdata::ListCache>();
        if (!m_cache->ok() || !m_cache->put(rows))
            return nullptr;
        return m_cache->openModel();
    }

    std::unique_ptr<InvoiceListModel> openNumbered(int count)
    {
        QList<CachedInvoiceRow> rows;
        for (int i = 0; i < count; ++i)
            rows.append(numbered(i));
        return openModel(rows);
    }

    void addRows(int first, int count, const QString &prefix)
    {
        QList<CachedInvoiceRow> rows;
        for (int i = first; i < first + count; ++i) {
            CachedInvoiceRow row = numbered(i, prefix);
            row.issuedDate = QDate(2026, 5, 16).addDays(-(i % 500)); // among the rows shown
            rows.append(row);
        }
        QVERIFY(m_cache->put(rows));
    }

private Q_SLOTS:
    void rows_exposeRawValuesInRoles()
    {
        auto model = openModel(testdata::sampleRows());
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), InvoiceListModel::ColumnCount);
        // Newest issued first: ORDER-3 (12/05, a draft), ORDER-2 (10/05), ORDER-1 (04/05), ...
        const QModelIndex first = model->index(2, InvoiceListModel::Total);
        QCOMPARE(first.data(ReferenceCodeRole).toString(), QStringLiteral("ORDER-1"));
        QCOMPARE(first.data(TotalAmountRole).toLongLong(), Decimal::fromInteger(1100000).units());
        QCOMPARE(first.data(IssuedDateRole).toDate(), QDate(2026, 5, 4));
        QCOMPARE(first.data(InvoiceNumberValueRole).toLongLong(), 9);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("1.100.000"));
        QCOMPARE(model->index(0, InvoiceListModel::Number).data().toString(), QString()); // draft "0"
        QCOMPARE(
            model->index(1, InvoiceListModel::IssuedDate).data().toString(), QStringLiteral("10/05/2026"));
        QCOMPARE(model->rowOf(QStringLiteral("ABC-6")), 5);
        QCOMPARE(model->rowOf(QStringLiteral("NO-SUCH")), -1);
        QCOMPARE(model->invoice(QStringLiteral("ORDER-4"))->buyerTaxCode, QStringLiteral("0312345678"));
    }

    // Issue 16.13: money is grouped the UI language's way, read when it is shown.
    void money_followsTheUiLanguage()
    {
        auto model = openModel(testdata::sampleRows());
        QVERIFY(model);
        const QModelIndex total
            = model->index(model->rowOf(QStringLiteral("ORDER-1")), InvoiceListModel::Total);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(total.data().toString(), QStringLiteral("1,100,000"));
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QCOMPARE(total.data().toString(), QStringLiteral("1.100.000"));
        QLocale::setDefault(before);
    }

    void badgeRole_matchesStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("localState");
        QTest::addColumn<int>("documentType");
        QTest::addColumn<int>("badge");
        const int none = -1;
        QTest::newRow("draft") << int(InvoiceStatus::Draft) << int(LocalState::None) << none
                               << int(InvoiceBadge::Draft);
        QTest::newRow("issued") << int(InvoiceStatus::Issued) << int(LocalState::None) << none
                                << int(InvoiceBadge::Issued);
        QTest::newRow("cancelled by type")
            << int(InvoiceStatus::Issued) << int(LocalState::None) << 3 << int(InvoiceBadge::Cancelled);
        QTest::newRow("pending job") << int(InvoiceStatus::Draft) << int(LocalState::Pending) << none
                                     << int(InvoiceBadge::Pending);
        QTest::newRow("failed job") << int(InvoiceStatus::Draft) << int(LocalState::Failed) << none
                                    << int(InvoiceBadge::Failed);
        QTest::newRow("replaced") << int(InvoiceStatus::Issued) << int(LocalState::None) << 5
                                  << int(InvoiceBadge::Replaced);
        QTest::newRow("combined") << int(InvoiceStatus::Issued) << int(LocalState::None) << 9
                                  << int(InvoiceBadge::AdjustmentCombined);
        QTest::newRow("replacement with a running job")
            << int(InvoiceStatus::Issued) << int(LocalState::Pending) << 4 << int(InvoiceBadge::Pending);
    }

    void badgeRole_matchesStatus()
    {
        QFETCH(int, status);
        QFETCH(int, localState);
        QFETCH(int, documentType);
        QFETCH(int, badge);
        CachedInvoiceRow row = testdata::sampleRows().first();
        row.status = InvoiceStatus(status);
        row.localState = LocalState(localState);
        if (documentType > 0)
            row.documentType = documentType;
        auto model = openModel({row});
        QVERIFY(model);
        QCOMPARE(model->index(0, InvoiceListModel::Status).data(BadgeRole).toInt(), badge);
        QVERIFY(!model->index(0, InvoiceListModel::Status).data().toString().isEmpty());
    }

    // Issue 22: thousands of rows, read a block at a time, in the SQL view's order.
    void scrolling_readsTheViewsRows()
    {
        auto model = openNumbered(5000);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5000);
        model->sort(InvoiceListModel::Total, Qt::AscendingOrder);
        const InvoiceListReader query(
            m_cache->database(), environment, {}, InvoiceListModel::Total, Qt::AscendingOrder);
        const QList<CachedInvoiceRow> expected = query.rows(0, 5000).value();
        for (const int row : {0, 199, 200, 2777, 4999, 1234, 3}) // back and forth past blocks
            QCOMPARE(model->index(row, 0).data(ReferenceCodeRole).toString(), expected.at(row).referenceCode);
        qint64 previous = -1;
        for (int row = 0; row < model->rowCount(); row += 97) {
            const qint64 total = model->index(row, 0).data(TotalAmountRole).toLongLong();
            QVERIFY(total >= previous);
            previous = total;
        }
        InvoiceFilter filter;
        filter.search = QStringLiteral("dai duong");
        model->setFilter(filter);
        QCOMPARE(model->rowCount(), 1250);
        QVERIFY(
            model->index(1249, InvoiceListModel::Buyer).data().toString().contains(QStringLiteral("Đại")));
        QCOMPARE(model->totals().count, 1250);
    }

    // Issue 22: a search walked in the order's index (two letters here; many matches alike) is
    // not counted on the UI thread: the view holds the rows read, reads a block more when asked
    // (the tester asks too, on each change), keeps its rows through a refresh, and takes the
    // count made elsewhere.
    void walkedSearch_growsWithTheViewThenTakesItsCount()
    {
        auto model = openNumbered(3000); // "an": Nguyễn Văn An and Trần Thị Bích Ngọc, half of them
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        InvoiceFilter filter;
        filter.search = QStringLiteral("an");
        const auto reader = [&] {
            return InvoiceListReader(
                m_cache->database(), environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        };
        model->setFilter(filter);
        const QList<CachedInvoiceRow> expected = reader().rows(0, 3000).value();
        QCOMPARE(expected.size(), 1500);
        QVERIFY(!model->isCounted());
        const int shown = model->rowCount();
        QVERIFY(shown >= InvoiceRowBlocks::BlockSize && shown < 1500);
        QCOMPARE(shown % InvoiceRowBlocks::BlockSize, 0);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QVERIFY(model->rowCount() > shown);
        for (int row = 0; row < model->rowCount(); row += 37)
            QCOMPARE(model->referenceCodeAt(row), expected.at(row).referenceCode);

        QItemSelectionModel selection(model.get());
        selection.setCurrentIndex(model->index(350, 0), QItemSelectionModel::SelectCurrent);
        const QString current = model->referenceCodeAt(350);
        const int scrolled = model->rowCount();
        addRows(9000, 20, QStringLiteral("NEW")); // among the rows shown, half of them found
        model->refresh();
        QVERIFY(!model->isCounted());
        QVERIFY(model->rowCount() >= scrolled); // kept, not back to one block
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), current);

        const int counted = reader().count().value();
        QCOMPARE(counted, 1510);
        model->setCounted(counted);
        QVERIFY(model->isCounted());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->rowCount(), counted);
        QCOMPARE(model->referenceCodeAt(counted - 1),
            reader().rows(counted - 1, 1).value().constFirst().referenceCode);
        model->setCounted(5); // a late answer for a view counted already
        QCOMPARE(model->rowCount(), counted);

        // Read to its end, a view counts itself; a search with no match is counted at once.
        filter.search = QStringLiteral("tr");
        model->setFilter(filter);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY(model->isCounted());
        QCOMPARE(model->rowCount(), 755); // 5 of the new rows too
        QCOMPARE(model->referenceCodeAt(754), reader().rows(754, 1).value().constFirst().referenceCode);
        filter.search = QStringLiteral("zq");
        model->setFilter(filter);
        QVERIFY(model->isCounted());
        QCOMPARE(model->rowCount(), 0);
    }

    // A use pass sorted a search of 1,067 matches: the view, not counted, fell back to its first
    // block and the selected invoice, now further down, was dropped (the detail pane then showed
    // whatever sat in its row). The rows shown now reach the selection's new place.
    void walkedSearch_sortKeepsTheSelectionFarDown()
    {
        auto model = openNumbered(3000);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        InvoiceFilter filter;
        filter.search = QStringLiteral("an");
        model->setFilter(filter);
        QVERIFY(!model->isCounted());
        const QList<CachedInvoiceRow> byTotal = InvoiceListReader(
            m_cache->database(), environment, filter, InvoiceListModel::Total, Qt::AscendingOrder)
                                                    .rows(0, 3000)
                                                    .value();
        const QString dearest = byTotal.constLast().referenceCode; // the last row once sorted by total
        const int shownAt = InvoiceListReader(
            m_cache->database(), environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder)
                                .positionOf(dearest)
                                .value();
        while (model->rowCount() <= shownAt && model->canFetchMore({}))
            model->fetchMore({}); // scrolled down to it
        QVERIFY(shownAt >= 0 && shownAt < model->rowCount());
        QCOMPARE(model->referenceCodeAt(shownAt), dearest);
        QItemSelectionModel selection(model.get());
        selection.setCurrentIndex(model->index(shownAt, 0), QItemSelectionModel::SelectCurrent);

        model->sort(InvoiceListModel::Total, Qt::AscendingOrder);
        QVERIFY(!model->isCounted());
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(selection.currentIndex().row(), int(byTotal.size()) - 1);
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), dearest);
        QCOMPARE(selection.selectedIndexes().size(), 1);

        // Two changes before the view reads a row (QTableView::sortByColumn sorts twice).
        model->sort(InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        model->sort(InvoiceListModel::Buyer, Qt::AscendingOrder);
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), dearest);
    }

    // A use pass shift-clicked five rows, then changed the search's wording (the same matches):
    // only the range's first and last rows stayed selected. The selection model keeps a range's
    // corners; during the change it asks for every row of it, and those rows are placed too.
    void rangeSelection_keepsEveryRowThroughAChange()
    {
        auto model = openNumbered(600);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        InvoiceFilter filter;
        filter.search = QStringLiteral("nguyen");
        model->setFilter(filter);
        QItemSelectionModel selection(model.get());
        selection.select(
            QItemSelection(model->index(3, 0), model->index(7, InvoiceListModel::ColumnCount - 1)),
            QItemSelectionModel::Select);
        const QStringList chosen = referencesOf(*model, selection.selectedRows());
        QCOMPARE(chosen.size(), 5);

        filter.search = QStringLiteral("nguyễn văn"); // the same invoices
        model->setFilter(filter);
        QCOMPARE(referencesOf(*model, selection.selectedRows()), chosen);
        model->sort(InvoiceListModel::Total, Qt::DescendingOrder); // scattered over the view
        QCOMPARE(referencesOf(*model, selection.selectedRows()), chosen);
        model->refresh();
        QCOMPARE(referencesOf(*model, selection.selectedRows()), chosen);
    }

    // Issue 22: a sync page lands: rows are added, not reset; selection, current row and the
    // rows above stay on their invoices.
    void refresh_keepsSelectionAndCurrentRow()
    {
        auto model = openNumbered(3000);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(model.get());
        const int current = 1500;
        const QString currentReference = model->referenceCodeAt(current);
        selection.setCurrentIndex(model->index(current, 0), QItemSelectionModel::NoUpdate);
        for (const int row : {3, 4, 1500, 2999})
            selection.select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList selected = referencesOf(*model, selection.selectedRows());
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);

        addRows(9000, 250, QStringLiteral("NEW")); // dated among the rows shown: they move
        model->refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->rowCount(), 3250);
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), currentReference);
        QCOMPARE(referencesOf(*model, selection.selectedRows()), selected);

        // The sort changes under the same selection, then a filter hides some of it.
        model->sort(InvoiceListModel::Buyer, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(referencesOf(*model, selection.selectedRows()), selected);
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), currentReference);
        InvoiceFilter filter;
        filter.search = model->invoice(currentReference)->buyerName;
        model->setFilter(filter);
        QVERIFY(model->rowCount() < 3250);
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), currentReference);
        for (const QString &reference : referencesOf(*model, selection.selectedRows()))
            QVERIFY(selected.contains(reference));
    }

    // A selected row the user scrolled far away from has left the model's memory: after rows
    // arrive before it, the selection stays on its invoice or is dropped, never moved onto
    // another invoice (an action on a selection must act on what the user chose).
    void refresh_neverMovesAForgottenSelectionOntoAnotherInvoice()
    {
        auto model = openNumbered(12000);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(model.get());
        const int chosen = 10;
        const QString chosenReference = model->referenceCodeAt(chosen);
        selection.setCurrentIndex(
            model->index(chosen, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        for (int row = 11999; row > 2000; row -= InvoiceRowBlocks::BlockSize)
            (void)model->referenceCodeAt(row); // scrolled down: the chosen row's block is forgotten

        addRows(20000, 50, QStringLiteral("NEW")); // dated among the rows shown: before it
        model->refresh();
        const QModelIndex current = selection.currentIndex();
        if (current.isValid())
            QCOMPARE(model->referenceCodeAt(current.row()), chosenReference);
        for (const QModelIndex &index : selection.selectedRows())
            QCOMPARE(model->referenceCodeAt(index.row()), chosenReference);
    }

    // Drafts deleted on the server leave the cache: their rows go, the others keep their place.
    void refresh_removesRowsThatLeftTheCache()
    {
        auto model = openNumbered(600);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(model.get());
        const QString kept = model->referenceCodeAt(400);
        selection.setCurrentIndex(model->index(400, 0), QItemSelectionModel::SelectCurrent);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        for (int row = 0; row < 10; ++row)
            QVERIFY(m_cache->cache().remove(environment, numbered(row).referenceCode));
        model->refresh();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model->rowCount(), 590);
        QCOMPARE(model->referenceCodeAt(selection.currentIndex().row()), kept);
        QCOMPARE(model->rowOf(numbered(0).referenceCode), -1);
        QVERIFY(!model->invoice(numbered(0).referenceCode));
    }

    // A detail read changes one row in place; an invoice made here shows after a refresh.
    void invoiceChanged_updatesTheRowInPlace()
    {
        auto model = openModel(testdata::sampleRows());
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model->rowOf(QStringLiteral("ORDER-1"));
        QCOMPARE(model->index(row, 0).data(BadgeRole).toInt(), int(InvoiceBadge::Issued));
        CachedInvoiceRow changed = *model->invoice(QStringLiteral("ORDER-1"));
        changed.providerStatus = QStringLiteral("4");
        QVERIFY(m_cache->put({changed}));
        QSignalSpy dataChanged(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->invoiceChanged(QStringLiteral("ORDER-1"));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->index(row, 0).data(BadgeRole).toInt(), int(InvoiceBadge::TaxCodeGranted));

        CachedInvoiceRow created = testdata::row(QStringLiteral("APP-1"), QStringLiteral("0"),
            QDate(2026, 5, 15), QStringLiteral("Mới"), QString(), 1, InvoiceStatus::Draft);
        created.localState = LocalState::Pending;
        QVERIFY(m_cache->put({created}));
        model->refresh();
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->rowOf(QStringLiteral("APP-1")), 0);
        QCOMPARE(model->index(0, 0).data(BadgeRole).toInt(), int(InvoiceBadge::Pending));
    }

    void refreshSoon_gathersABurstIntoOneRefresh()
    {
        auto model = openModel(testdata::sampleRows());
        QVERIFY(model);
        QSignalSpy refreshed(model.get(), &InvoiceListModel::cacheChanged);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(m_cache->put({numbered(i)}));
            model->refreshSoon();
        }
        QCOMPARE(model->rowCount(), 6);
        QTRY_COMPARE(model->rowCount(), 11);
        QCOMPARE(refreshed.count(), 1);
    }

    void anotherEnvironment_isAReset()
    {
        auto model = openModel(testdata::sampleRows());
        QVERIFY(model);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->setEnvironment(QStringLiteral("production"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->knownSeries().isEmpty());
    }

    void searchKey_foldsLikeTheStore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("accents") << QStringLiteral("Nguyễn Văn Đức");
        QTest::newRow("upper") << QStringLiteral("CÔNG TY CỔ PHẦN XÂY DỰNG HÒA BÌNH");
        QTest::newRow("ascii") << QStringLiteral("ORDER-000123 abc");
        QTest::newRow("mixed") << QStringLiteral("Hợp tác xã Phú Lộc, Thừa Thiên Huế");
    }

    void searchKey_foldsLikeTheStore()
    {
        QFETCH(QString, text);
        QCOMPARE(SearchKey::fold(text), foldForSearch(text));
    }

    void searchKey_matchesEveryTerm()
    {
        const QString key = SearchKey::forRow(u"17", u"Nguyễn Văn An", u"0312345678", u"ORDER-1");
        QVERIFY(SearchKey::matches(key, SearchKey::terms(u"nguyen")));
        QVERIFY(SearchKey::matches(key, SearchKey::terms(u"  NGUYỄN   an ")));
        QVERIFY(SearchKey::matches(key, SearchKey::terms(u"order-1 0312")));
        QVERIFY(!SearchKey::matches(key, SearchKey::terms(u"nguyen binh")));
        QVERIFY(SearchKey::terms(u"   ").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceListModel)
#include "tst_invoicelistmodel.moc"
