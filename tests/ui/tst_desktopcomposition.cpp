// The desktop app put together through DesktopApp: the real Invoices, New invoice and Usage pages
// in the main window, over a local database in a temporary folder and the embedded Demo server.
// With EINVOICE_SCREENSHOT_DIR set, the pages are shown in Vietnamese and saved as PNG files there.
#include "invoicelist/invoicelistmodel.h"
#include "invoicelist/invoicesyncengine.h"
#include "secrets/fakesecretstore.h"
#include "settings/appsettings.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/invoices/invoicedetailpane.h"
#include "ui/invoices/invoicespage.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pagecomposer.h"
#include "ui/usage/usagepage.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int netTimeoutMs = 20000;

QString screenshotDir()
{
    return qEnvironmentVariable("EINVOICE_SCREENSHOT_DIR");
}

} // namespace

class TestDesktopComposition : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<FakeSecretStore> m_secrets;
    ScriptedPrompter m_prompter;
    std::unique_ptr<DesktopApp> m_app;

    MainWindow *window() const { return m_app->shell()->mainWindow(); }

    void startApp(const QString &localDataFile)
    {
        DesktopApp::Options options;
        options.settings = m_qsettings.get();
        options.secrets = m_secrets.get();
        options.prompter = &m_prompter;
        options.demoDataFile = m_dir.filePath(QStringLiteral("demo/sandbox.sqlite"));
        options.localDataFile = localDataFile;
        options.clientOptions.retry.maxAttempts = 1;
        m_app = std::make_unique<DesktopApp>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }
    void startConnected()
    {
        startApp(m_dir.filePath(QStringLiteral("local/einvoice.sqlite")));
        QVERIFY(m_app->pages()->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
    }
    template<typename T> T *page(Page which) const { return qobject_cast<T *>(window()->pageWidget(which)); }
    void save(QWidget *widget, const QString &name) const
    {
        if (screenshotDir().isEmpty())
            return;
        QVERIFY(QDir().mkpath(screenshotDir()));
        QVERIFY(widget->grab().save(QDir(screenshotDir()).filePath(name)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
        QFile::remove(file);
        m_qsettings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        if (!screenshotDir().isEmpty())
            m_qsettings->setValue(QStringLiteral("ui/language"), QStringLiteral("vi"));
        m_secrets = std::make_unique<FakeSecretStore>();
        m_prompter = ScriptedPrompter();
    }
    void cleanup()
    {
        m_app.reset();
        m_secrets.reset();
        m_qsettings.reset();
    }

    void demo_showsRealPagesWithServerData()
    {
        startConnected();
        auto *invoices = page<InvoicesPage>(Page::Invoices);
        QVERIFY(invoices);
        QCOMPARE(invoices->environment(), QStringLiteral("demo"));
        invoices->refresh(); // false when the page's own first refresh still runs
        QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, netTimeoutMs);

        auto *editor = page<InvoiceEditorPage>(Page::NewInvoice);
        QVERIFY(editor);
        QCOMPARE(editor->stage(), InvoiceEditorPage::Stage::Editing);

        auto *usage = page<UsagePage>(Page::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->environment(), QStringLiteral("demo"));
        window()->setCurrentPage(Page::Usage);
        QTRY_VERIFY_WITH_TIMEOUT(usage->remaining().has_value(), netTimeoutMs);
        QVERIFY(!usage->isOffline());
        auto *quota = window()->findChild<QLabel *>(QStringLiteral("quotaLabel"));
        QVERIFY(quota);
        QTRY_VERIFY_WITH_TIMEOUT(quota->text().contains(QLocale().toString(*usage->remaining()))
                || quota->text().contains(QString::number(*usage->remaining())),
            netTimeoutMs);

        save(window(), QStringLiteral("usage.png"));
        window()->setCurrentPage(Page::Invoices);
        QTRY_VERIFY_WITH_TIMEOUT(!invoices->syncEngine()->isRunning(), netTimeoutMs);
        QVERIFY(invoices->model()->rowCount() > 0);
        auto *table = invoices->findChild<QTableView *>();
        QVERIFY(table);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(
            !invoices->detailPane()->fieldText(QStringLiteral("detailNumber")).isEmpty(), netTimeoutMs);
        save(window(), QStringLiteral("invoices.png"));
        window()->setCurrentPage(Page::NewInvoice);
        save(window(), QStringLiteral("main-window.png"));
    }

    void refreshAction_refreshesTheInvoiceList()
    {
        startConnected();
        auto *invoices = page<InvoicesPage>(Page::Invoices);
        QVERIFY(invoices);
        window()->setCurrentPage(Page::Invoices);
        QTRY_VERIFY_WITH_TIMEOUT(!invoices->syncEngine()->isRunning(), netTimeoutMs);
        QSignalSpy finished(invoices->syncEngine(), &InvoiceSyncEngine::finished);
        Q_EMIT window()->refreshRequested();
        QVERIFY(finished.wait(netTimeoutMs));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(invoices->model()->rowCount() > 0);
    }

    void newInvoiceRequest_showsTheEditor()
    {
        startConnected();
        window()->setCurrentPage(Page::Usage);
        Q_EMIT window()->newInvoiceRequested(QString());
        QCOMPARE(window()->currentPage(), Page::NewInvoice);
        QVERIFY(page<InvoiceEditorPage>(Page::NewInvoice));
    }

    void failedJobsLink_opensTheInvoiceList()
    {
        startConnected();
        window()->setCurrentPage(Page::Usage);
        Q_EMIT page<UsagePage>(Page::Usage)->failedJobsRequested();
        QCOMPARE(window()->currentPage(), Page::Invoices);
    }

    void languageChange_rebuildsThePages()
    {
        startConnected();
        const QPointer<MainWindow> before = window();
        QSignalSpy pagesChanged(m_app->pages(), &PageComposer::pagesChanged);
        m_app->settings()->setLanguage(
            screenshotDir().isEmpty() ? QStringLiteral("vi") : QStringLiteral("en"));
        QTRY_VERIFY(window() != before.data());
        QVERIFY(pagesChanged.count() >= 1);
        QVERIFY(page<InvoicesPage>(Page::Invoices));
        QVERIFY(page<InvoiceEditorPage>(Page::NewInvoice));
        QVERIFY(page<UsagePage>(Page::Usage));
        QCOMPARE(page<InvoicesPage>(Page::Invoices), m_app->pages()->invoicesPage());
    }

    void unopenableDatabase_keepsPlaceholdersAndSaysWhy()
    {
        // A folder where the database file should be: SQLite cannot open it.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked.sqlite"));
        QVERIFY(QDir().mkpath(blocked));
        startApp(blocked);
        QVERIFY(!m_app->pages()->isOpen());
        QVERIFY(!qobject_cast<InvoicesPage *>(window()->pageWidget(Page::Invoices)));
        QVERIFY(window()->pageWidget(Page::Usage));
        QVERIFY(!window()->statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TestDesktopComposition)
#include "tst_desktopcomposition.moc"
