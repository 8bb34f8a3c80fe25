#include "accounts/accountroles.h"
#include "accounts/provideraccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace einvoice;

namespace {

ProviderAccount account(
    const QString &id, const QString &provider, bool active, std::optional<QDate> approved = {})
{
    ProviderAccount a;
    a.id = id;
    a.provider = provider;
    a.active = active;
    a.taxAuthorityApprovedDate = approved;
    return a;
}

} // namespace

class TestProviderAccountsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesExposeRawValues()
    {
        ProviderAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({account(QStringLiteral("a"), QStringLiteral("matbao"), true),
            account(QStringLiteral("b"), QStringLiteral("bkav"), false, QDate(2026, 3, 1))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProviderAccountsModel::ColumnCount));
        const QModelIndex first = model.index(0, ProviderAccountsModel::ProviderColumn);
        QCOMPARE(first.data(accountroles::AccountIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(first.data(accountroles::ProviderCodeRole).toString(), QStringLiteral("matbao"));
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Mắt Bão"));
        QCOMPARE(first.data(accountroles::ActiveRole).toBool(), true);
        QVERIFY(!first.data(accountroles::ApprovedDateRole).toDate().isValid());
        QCOMPARE(first.data(accountroles::TemplateCountRole).toInt(), -1);
        const QModelIndex second = model.index(1, ProviderAccountsModel::ApprovedDateColumn);
        QCOMPARE(second.data(accountroles::ApprovedDateRole).toDate(), QDate(2026, 3, 1));
        QCOMPARE(second.data(accountroles::ActiveRole).toBool(), false);
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("01/03/2026")); // issue 16.13
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("01/03/2026"));
        QLocale::setDefault(QLocale::c());
    }

    void updateAccount_changesRowInPlace()
    {
        ProviderAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({account(QStringLiteral("a"), QStringLiteral("matbao"), true)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ProviderAccount detail = account(QStringLiteral("a"), QStringLiteral("matbao"), true);
        detail.templates = {{QStringLiteral("1"), QStringLiteral("C26TAA"), QStringLiteral("label")}};
        model.updateAccount(detail);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.hasTemplates(0));
        QCOMPARE(model.index(0, 0).data(accountroles::TemplateCountRole).toInt(), 1);
    }

    void updateAccount_unknownId_insertsRow()
    {
        ProviderAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.updateAccount(account(QStringLiteral("z"), QStringLiteral("vnpt"), true));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("z")), 0);
    }

    void setAccounts_keepsLoadedTemplates()
    {
        ProviderAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProviderAccount detail = account(QStringLiteral("a"), QStringLiteral("matbao"), true);
        detail.templates = {{QStringLiteral("1"), QStringLiteral("C26TAA"), QStringLiteral("label")}};
        model.updateAccount(detail);
        model.setAccounts({account(QStringLiteral("b"), QStringLiteral("bkav"), true),
            account(QStringLiteral("a"), QStringLiteral("matbao"), false)});
        QCOMPARE(model.rowOf(QStringLiteral("a")), 1);
        QVERIFY(model.hasTemplates(1));
        QVERIFY(!model.hasTemplates(0));
        QCOMPARE(model.account(1).templates.size(), 1);
        QCOMPARE(model.account(1).active, false); // fresh list values win
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headers_areNamed()
    {
        ProviderAccountsModel model;
        for (int column = 0; column < ProviderAccountsModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderAccountsModel)
#include "tst_provideraccountsmodel.moc"
