#include "invoicelisttestdata.h"
#include "invoices/invoicebadge.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistroles.h"
#include "invoices/searchkey.h"
#include "store/searchfold.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace einvoice;
using namespace einvoice::invoicelistroles;

class TestInvoiceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setRows_exposesRawValuesInRoles()
    {
        InvoiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(testdata::sampleRows());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), InvoiceListModel::ColumnCount);
        const QModelIndex first = model.index(0, InvoiceListModel::Total);
        QCOMPARE(first.data(ReferenceCodeRole).toString(), QStringLiteral("ORDER-1"));
        QCOMPARE(first.data(TotalAmountRole).toLongLong(), Decimal::fromInteger(1100000).units());
        QCOMPARE(first.data(IssuedDateRole).toDate(), QDate(2026, 5, 4));
        QCOMPARE(first.data(InvoiceNumberValueRole).toLongLong(), 9);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("1.100.000"));
        QCOMPARE(model.index(2, InvoiceListModel::Number).data().toString(), QString()); // draft "0"
        QCOMPARE(
            model.index(1, InvoiceListModel::IssuedDate).data().toString(), QStringLiteral("10/05/2026"));
    }

    // Issue 16.13: money is grouped the UI language's way, read when it is shown.
    void money_followsTheUiLanguage()
    {
        InvoiceListModel model;
        model.setRows(testdata::sampleRows());
        const QModelIndex total = model.index(0, InvoiceListModel::Total);
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
        QTest::newRow("issued original")
            << int(InvoiceStatus::Issued) << int(LocalState::None) << 2 << int(InvoiceBadge::Issued);
        QTest::newRow("cancelled") << int(InvoiceStatus::Cancelled) << int(LocalState::None) << none
                                   << int(InvoiceBadge::Cancelled);
        QTest::newRow("cancelled by type")
            << int(InvoiceStatus::Issued) << int(LocalState::None) << 3 << int(InvoiceBadge::Cancelled);
        QTest::newRow("pending job") << int(InvoiceStatus::Draft) << int(LocalState::Pending) << none
                                     << int(InvoiceBadge::Pending);
        QTest::newRow("failed job") << int(InvoiceStatus::Draft) << int(LocalState::Failed) << none
                                    << int(InvoiceBadge::Failed);
        QTest::newRow("replaced") << int(InvoiceStatus::Issued) << int(LocalState::None) << 5
                                  << int(InvoiceBadge::Replaced);
        QTest::newRow("adjusted") << int(InvoiceStatus::Issued) << int(LocalState::None) << 10
                                  << int(InvoiceBadge::Adjusted);
        QTest::newRow("replacement") << int(InvoiceStatus::Issued) << int(LocalState::None) << 4
                                     << int(InvoiceBadge::Replacement);
        QTest::newRow("increase") << int(InvoiceStatus::Issued) << int(LocalState::None) << 6
                                  << int(InvoiceBadge::AdjustmentIncrease);
        QTest::newRow("decrease") << int(InvoiceStatus::Issued) << int(LocalState::None) << 7
                                  << int(InvoiceBadge::AdjustmentDecrease);
        QTest::newRow("info") << int(InvoiceStatus::Issued) << int(LocalState::None) << 8
                              << int(InvoiceBadge::AdjustmentInfo);
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
        InvoiceListModel model;
        model.setRows({row});
        QCOMPARE(model.index(0, InvoiceListModel::Status).data(BadgeRole).toInt(), badge);
        QVERIFY(!model.index(0, InvoiceListModel::Status).data().toString().isEmpty());
    }

    void upsertRows_updatesKnownAndAppendsNew()
    {
        InvoiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(testdata::sampleRows());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        CachedInvoiceRow updated = model.invoiceAt(2);
        updated.status = InvoiceStatus::Issued;
        updated.invoiceNumber = QStringLiteral("11");
        CachedInvoiceRow added = testdata::row(QStringLiteral("NEW-1"), QStringLiteral("12"),
            QDate(2026, 5, 14), QStringLiteral("Khách mới"), QString(), 10);
        model.upsertRows({updated, added});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOf(QStringLiteral("NEW-1")), 6);
        QCOMPARE(model.badgeAt(2), InvoiceBadge::Issued);
        QCOMPARE(model.index(2, 0).data(InvoiceNumberRole).toString(), QStringLiteral("11"));
    }

    void upsertRow_showsAnInvoiceCreatedHere()
    {
        InvoiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(testdata::sampleRows());
        CachedInvoiceRow created = testdata::row(QStringLiteral("APP-1"), QStringLiteral("0"),
            QDate(2026, 5, 15), QStringLiteral("Mới"), QString(), 1, InvoiceStatus::Draft);
        created.localState = LocalState::Pending;
        model.upsertRow(created);
        QCOMPARE(model.badgeAt(model.rowOf(QStringLiteral("APP-1"))), InvoiceBadge::Pending);
        created.localState = LocalState::None;
        created.status = InvoiceStatus::Issued;
        model.upsertRow(created);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.badgeAt(model.rowOf(QStringLiteral("APP-1"))), InvoiceBadge::Issued);
        QVERIFY(model.removeReference(QStringLiteral("ORDER-1")));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(QStringLiteral("APP-1")), 5);
    }

    void compare_usesRawValues()
    {
        InvoiceListModel model;
        model.setRows(testdata::sampleRows());
        // "9" < "10" as numbers, not as text.
        QVERIFY(model.compare(0, 1, InvoiceListModel::Number) < 0);
        QVERIFY(model.compare(3, 0, InvoiceListModel::Total) > 0);
        // "Lê Hoàng Đức" sorts before "Nguyễn" by its folded letters.
        QVERIFY(model.compare(2, 1, InvoiceListModel::Buyer) < 0);
        QVERIFY(model.compare(5, 4, InvoiceListModel::IssuedDate) < 0);
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
