#include "session/credentialsbackend.h"
#include "ui/common/environmenttext.h"
#include "ui/shell/environmentbadge.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statuspanel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QTest>
#include <QWindow>

using namespace einvoice;
using namespace einvoice::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSettings> m_settings;
    ScriptedQuestions m_questions;
    SessionCredentialsBackend m_credentials;

    ShellServices services() { return shellServices(*m_settings, m_questions, &m_credentials); }
    static QString labelText(QWidget *window, const char *name)
    {
        auto *label = window->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<TempSettings>();
        m_questions = ScriptedQuestions();
    }

    void firstRun_landsInDemoWithBanner()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isDemoBannerShown());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
        QCOMPARE(labelText(&window, "environmentBadge"), EnvironmentText::badge(EnvironmentKind::Demo));
        QVERIFY(m_questions.asked.isEmpty()); // nothing asked, no credentials
        QCOMPARE(window.currentPage(), Page::Invoices);
    }

    // The offscreen screen (800x800) is narrower than the usual first window of 1180x760.
    void firstWindow_fitsASmallScreen()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.width() < 1180, "the test needs a screen smaller than the default window");
        QVERIFY2(window.frameGeometry().width() <= available.width()
                && window.frameGeometry().height() <= available.height(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(window.width())
                           .arg(window.height())
                           .arg(available.width())
                           .arg(available.height())));
    }

    void windowTitle_namesTheEnvironmentAndLeavesTheAppNameToQt_data()
    {
        QTest::addColumn<int>("environment");
        QTest::addColumn<QString>("title");
        QTest::newRow("demo") << int(EnvironmentKind::Demo) << QStringLiteral("DEMO");
        QTest::newRow("sandbox") << int(EnvironmentKind::Sandbox) << QStringLiteral("SANDBOX");
        QTest::newRow("production") << int(EnvironmentKind::Production)
                                    << QStringLiteral("⚠ PRODUCTION — invoices are legal documents");
    }

    void windowTitle_namesTheEnvironmentAndLeavesTheAppNameToQt()
    {
        QFETCH(int, environment);
        QFETCH(QString, title);
        m_settings->settings()->setEnvironment(EnvironmentKind(environment));
        QGuiApplication::setApplicationDisplayName(EnvironmentText::appName());
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(window.windowHandle()->title(), title);
        // Qt shows "<title> — <display name>": the app's name appears once.
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("SePay eInvoice"));
        QVERIFY(!title.contains(QGuiApplication::applicationDisplayName()));
    }

    void switchingToProduction_cancelled_keepsEnvironment()
    {
        m_settings->settings()->setEnvironment(EnvironmentKind::Sandbox);
        MainWindow window(services());
        window.show();
        m_questions.answer = false;
        window.actions()->environments.value(EnvironmentKind::Production)->trigger();
        QCOMPARE(m_questions.asked.size(), 1);
        QCOMPARE(m_questions.asked.first().title, EnvironmentText::productionQuestion().title);
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Sandbox);
        QVERIFY(window.actions()->environments.value(EnvironmentKind::Sandbox)->isChecked());
        QVERIFY(!window.windowTitle().contains(QLatin1String("PRODUCTION")));
        QCOMPARE(labelText(&window, "environmentBadge"), EnvironmentText::badge(EnvironmentKind::Sandbox));
    }

    void switchingToProduction_confirmed_marksTitleAndBadge()
    {
        MainWindow window(services());
        window.show();
        m_questions.answer = true;
        window.actions()->environments.value(EnvironmentKind::Production)->trigger();
        QCOMPARE(m_questions.asked.size(), 1);
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Production);
        QVERIFY(window.windowTitle().contains(QLatin1String("PRODUCTION")));
        QCOMPARE(labelText(&window, "environmentBadge"), QStringLiteral("PRODUCTION"));
        auto *badge = window.findChild<EnvironmentBadge *>(QStringLiteral("environmentBadge"));
        QCOMPARE(badge->color(), QColor(0xc6, 0x28, 0x28)); // red
        QVERIFY(badge->isVisible());
        QVERIFY(!window.isDemoBannerShown());
    }

    void switchingToSandbox_asksNothing()
    {
        MainWindow window(services());
        window.actions()->environments.value(EnvironmentKind::Sandbox)->trigger();
        QVERIFY(m_questions.asked.isEmpty());
        QCOMPARE(m_settings->settings()->environment(), EnvironmentKind::Sandbox);
        QVERIFY(!window.isDemoBannerShown());
    }

    void navigation_switchesPagesAndIsRemembered()
    {
        {
            MainWindow window(services());
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
            QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), Page::Usage);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("usagePage"));
            QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), Page::Reports);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("reportsPage"));
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), Page::Batch);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("batchPage"));
            auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
            navigation->setCurrentRow(int(Page::ProviderAccounts));
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("providerAccountsPage"));
            window.resize(900, 600);
            window.close();
        }
        m_settings->reopen();
        MainWindow again(services());
        QCOMPARE(again.currentPage(), Page::ProviderAccounts);
        QCOMPARE(again.size(), QSize(900, 600));
    }

    // Issue 22: opening the window writes no settings (a settings file written and synced before
    // the first paint delays it); the page a person moves to is remembered at once.
    void opening_writesNoSettings_pageChangeIsWritten()
    {
        const QString file = m_settings->fileName();
        {
            MainWindow window(services());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents(); // QSettings writes on an event it posts
            QVERIFY(!QFile::exists(file));
            window.findChild<QListWidget *>(QStringLiteral("navigationList"))
                ->setCurrentRow(int(Page::Usage));
            QTRY_VERIFY(QFile::exists(file));
        }
        const QDateTime written = QFileInfo(file).lastModified();
        m_settings->reopen();
        MainWindow again(services());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCoreApplication::processEvents();
        QCOMPARE(again.currentPage(), Page::Usage);
        QCOMPARE(QFileInfo(file).lastModified(), written);
    }

    void pages_haveObjectNames()
    {
        MainWindow window(services());
        for (const char *name : {"invoicesPage", "newInvoicePage", "batchPage", "providerAccountsPage",
                 "usagePage", "reportsPage"})
            QVERIFY2(window.findChild<QWidget *>(QLatin1String(name)), name);
    }

    void replacePage_putsWidgetInPlaceOfPlaceholder()
    {
        MainWindow window(services());
        window.setCurrentPage(Page::Usage);
        auto *usage = new QLabel(QStringLiteral("real usage page"));
        usage->setObjectName(QStringLiteral("realUsagePage"));
        QPointer<QWidget> placeholder = window.pageWidget(Page::Usage);
        window.replacePage(Page::Usage, usage);
        QCOMPARE(window.pageWidget(Page::Usage), usage);
        QCOMPARE(window.currentPage(), Page::Usage);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget(), usage);
        QTRY_VERIFY(placeholder.isNull());
        QCOMPARE(window.pageWidget(Page::Invoices)->objectName(), QStringLiteral("invoicesPage"));
    }

    void aboutDialog_showsVersionAndLicences()
    {
        MainWindow window(services());
        window.show();
        window.actions()->about->trigger();
        QDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<QDialog *>(QStringLiteral("aboutDialog"))));
        const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY(text.contains(QCoreApplication::applicationVersion()));
        QVERIFY(
            text.contains(QLatin1String("LGPL")) || text.contains(QLatin1String("Lesser General Public")));
        QVERIFY(text.contains(QLatin1String("QtKeychain")));
        QVERIFY(text.contains(QLatin1String("BSD")));
    }

    void menus_showShortcuts()
    {
        MainWindow window(services());
        QCOMPARE(window.actions()->newInvoice->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(
            window.actions()->pages.value(Page::Invoices)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(window.actions()->pages.value(Page::Batch)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(window.actions()->pages.value(Page::Usage)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        QVERIFY(!window.actions()->settings->shortcut().isEmpty());
        QVERIFY(!window.actions()->refresh->shortcut().isEmpty());
        QVERIFY(window.menuBar()->actions().size() >= 4);
    }

    void newInvoiceAction_opensNewInvoicePage()
    {
        MainWindow window(services());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::NewInvoice);
    }

    // Keyboard only: Ctrl+1 takes the keyboard to the page, also from the navigation list and
    // when the page is already shown (the list's arrows and Shift+F10 then work at once).
    void pageShortcut_movesTheKeyboardIntoThePage()
    {
        MainWindow window(services());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setCurrentPage(Page::Invoices);
        auto *navigation = window.findChild<QListWidget *>();
        QVERIFY(navigation);
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::Invoices);
        QWidget *page = window.pageWidget(Page::Invoices);
        QTRY_VERIFY(page->isAncestorOf(QApplication::focusWidget()) || page == QApplication::focusWidget());
    }

    void statusPanel_showsQuotaJobsAndConnection()
    {
        MainWindow window(services());
        StatusPanel *status = window.statusPanel();
        status->setQuota(120, 20);
        QVERIFY(labelText(&window, "quotaLabel").contains(QLatin1String("120")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("quotaLabel"))->property("low").toBool(), false);
        status->setQuota(5, 20);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("quotaLabel"))->property("low").toBool(), true);
        status->setRunningJobs(2);
        QVERIFY(labelText(&window, "jobsLabel").contains(QLatin1String("2")));
        status->setConnectionState(ConnectionState::SignInFailed);
        QCOMPARE(status->connectionState(), ConnectionState::SignInFailed);
        QVERIFY(!labelText(&window, "connectionLabel").isEmpty());
    }

    void demoBannerButton_opensSettings()
    {
        MainWindow window(services());
        window.show();
        auto *button = window.findChild<QWidget *>(QStringLiteral("demoBannerConnectButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("settingsDialog")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
