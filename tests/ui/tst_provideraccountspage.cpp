#include "accounts/accountroles.h"
#include "accounts/provideraccountsmodel.h"
#include "accounts/templatesmodel.h"
#include "ui/accounts/activebadgedelegate.h"
#include "ui/accounts/provideraccountspage.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TestProviderAccountsPage : public QObject
{
    Q_OBJECT

private:
    static QTableView *table(QWidget *page, const char *name)
    {
        return page->findChild<QTableView *>(QLatin1String(name));
    }

private Q_SLOTS:
    void refresh_fillsAccountsAndSelectsFirst()
    {
        ScriptedAccountsSource source;
        source.accounts = sampleAccounts();
        ProviderAccountsPage page(&source);
        page.show();
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("refreshAccountsButton")), Qt::LeftButton);
        QTRY_COMPARE(page.accountsModel()->rowCount(), 2);
        QCOMPARE(source.listCalls, 1);
        QCOMPARE(page.selectedAccountId(), source.accounts.first().id);
        // The detail of the selected account is fetched and its templates shown.
        QTRY_COMPARE(page.templatesModel()->rowCount(), 2);
        QCOMPARE(source.detailCalls, QStringList {source.accounts.first().id});
        QCOMPARE(
            table(&page, "templatesTable")->model()->index(0, TemplatesModel::SeriesColumn).data().toString(),
            QStringLiteral("C26TAA"));
    }

    void selectingAnotherAccount_showsItsTemplates()
    {
        ScriptedAccountsSource source;
        source.accounts = sampleAccounts();
        ProviderAccountsPage page(&source);
        page.refresh();
        QTRY_COMPARE(page.templatesModel()->rowCount(), 2);
        table(&page, "accountsTable")->selectRow(1);
        QTRY_COMPARE(page.templatesModel()->rowCount(), 1);
        QCOMPARE(page.templatesModel()->index(0, TemplatesModel::SeriesColumn).data().toString(),
            QStringLiteral("C26TCC"));
        // Going back uses the loaded detail: no second fetch.
        table(&page, "accountsTable")->selectRow(0);
        QCOMPARE(page.templatesModel()->rowCount(), 2);
        QCOMPARE(source.detailCalls.size(), 2);
    }

    void newInvoiceButton_emitsAccountId_onlyForActiveAccounts()
    {
        ScriptedAccountsSource source;
        source.accounts = sampleAccounts();
        ProviderAccountsPage page(&source);
        page.show();
        page.refresh();
        QTRY_COMPARE(page.accountsModel()->rowCount(), 2);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("newInvoiceWithAccountButton"));
        QSignalSpy spy(&page, &ProviderAccountsPage::newInvoiceRequested);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), source.accounts.first().id);
        table(&page, "accountsTable")->selectRow(1); // bkav is inactive
        QVERIFY(!button->isEnabled());
    }

    void failure_isShownAndRefreshCanRetry()
    {
        ScriptedAccountsSource source;
        source.failWith = QStringLiteral("HTTP 503");
        ProviderAccountsPage page(&source);
        page.show();
        page.refresh();
        auto *message = page.findChild<QLabel *>(QStringLiteral("accountsMessage"));
        QTRY_VERIFY(message->text().contains(QLatin1String("HTTP 503")));
        source.failWith.clear();
        source.accounts = sampleAccounts();
        page.refresh();
        QTRY_COMPARE(page.accountsModel()->rowCount(), 2);
        QVERIFY(!message->isVisible());
    }

    void statusColumn_isPaintedAsBadge()
    {
        ScriptedAccountsSource source;
        source.accounts = sampleAccounts();
        ProviderAccountsPage page(&source);
        page.resize(800, 500);
        page.show();
        page.refresh();
        QTRY_COMPARE(page.accountsModel()->rowCount(), 2);
        QTableView *view = table(&page, "accountsTable");
        QVERIFY(qobject_cast<ActiveBadgeDelegate *>(
            view->itemDelegateForColumn(ProviderAccountsModel::StatusColumn)));
        view->clearSelection();
        const QImage image = view->viewport()->grab().toImage();
        const QRect cell
            = view->visualRect(page.accountsModel()->index(0, ProviderAccountsModel::StatusColumn));
        // The active badge is green: some pixel of the cell is clearly green.
        bool green = false;
        for (int x = cell.left(); x < cell.right() && !green; ++x) {
            const QColor c = image.pixelColor(x, cell.center().y());
            green = c.green() > 100 && c.red() < 80 && c.blue() < 80;
        }
        QVERIFY(green);
    }

    void withoutSource_saysNotConnected()
    {
        ProviderAccountsPage page(nullptr);
        page.show();
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("accountsMessage"))->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("refreshAccountsButton"))->isEnabled());
    }
};

QTEST_MAIN(TestProviderAccountsPage)
#include "tst_provideraccountspage.moc"
