// The desktop app put together through DesktopApp: the real Invoices, New invoice and Usage pages
// in the main window, over a local database in a temporary folder and the embedded Demo server.
// With EINVOICE_SCREENSHOT_DIR set, the pages are shown in Vietnamese and saved as PNG files there.
#include "../batch/batchfixture.h"
#include "../batch/identityfixture.h"
#include "api/apiconnection.h"
#include "api/requestqueue.h"
#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "batch/batchimporter.h"
#include "batch/batchresumer.h"
#include "core/invoicejson.h"
#include "desktoptestsupport.h"
#include "invoicelist/invoicelistmodel.h"
#include "invoicelist/invoicesyncengine.h"
#include "models/provideraccountsmodel.h"
#include "secrets/fakesecretstore.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "ui/accounts/provideraccountspage.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchresultstable.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/invoices/invoicedetailpane.h"
#include "ui/invoices/invoicespage.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pagecomposer.h"
#include "ui/usage/usagepage.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace einvoice;
using namespace einvoice::test;

Q_DECLARE_METATYPE(einvoice::DesktopNotifier::Notification)

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
        DesktopApp::Options options = desktopOptions(m_dir, m_qsettings.get(), m_secrets.get(), &m_prompter);
        options.localDataFile = localDataFile;
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
    void initTestCase() { qRegisterMetaType<DesktopNotifier::Notification>(); }

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
        window()->setCurrentPage(Page::ProviderAccounts);
        QTRY_VERIFY_WITH_TIMEOUT(
            window()->providerAccountsPage()->accountsModel()->rowCount() > 0, netTimeoutMs);
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
        QVERIFY(page<BatchPage>(Page::Batch));
        QCOMPARE(page<InvoicesPage>(Page::Invoices), m_app->pages()->invoicesPage());
        QCOMPARE(page<BatchPage>(Page::Batch), m_app->pages()->batchPage());
    }

    void batchPage_isReachableByShortcutAndIsTheRealPage()
    {
        startConnected();
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window()->currentPage(), Page::Batch);
        auto *batch = page<BatchPage>(Page::Batch);
        QVERIFY(batch);
        QCOMPARE(batch, m_app->pages()->batchPage());
        QVERIFY(batch->isVisible());
        QVERIFY(batch->isEnabled());
    }

    void batchOnProduction_asksThroughTheShellsPrompter_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::newRow("cancelled") << false;
        QTest::newRow("confirmed") << true;
    }

    void batchOnProduction_asksThroughTheShellsPrompter()
    {
        QFETCH(bool, answer);
        startConnected();
        const BatchPageServices services = m_app->pages()->batchServices();
        QCOMPARE(services.client, m_app->connection()->client());
        QVERIFY(services.outbox);
        QVERIFY(services.settings);
        QVERIFY(services.confirmProduction);
        m_prompter.answer = answer;
        QCOMPARE(
            services.confirmProduction(window(), QStringLiteral("Create AND ISSUE 3 invoice(s)?")), answer);
        QCOMPARE(m_prompter.asked.size(), 1);
        QCOMPARE(m_prompter.asked.first().text, QStringLiteral("Create AND ISSUE 3 invoice(s)?"));
        QCOMPARE(m_prompter.asked.first().title,
            QCoreApplication::translate("einvoice::PageComposer", "Send the batch to Production?"));
    }

    void batchRun_refreshesTheInvoiceListAndNotifies()
    {
        startConnected();
        m_app->notifier()->setActiveCheck([] { return false; });
        m_app->notifier()->setTrayCheck([] { return false; });
        auto *invoices = page<InvoicesPage>(Page::Invoices);
        QTRY_VERIFY_WITH_TIMEOUT(!invoices->syncEngine()->isRunning(), netTimeoutMs);
        window()->setCurrentPage(Page::Batch);
        auto *batch = page<BatchPage>(Page::Batch);
        QVERIFY(batch);
        QSignalSpy notified(m_app->notifier(), &DesktopNotifier::notified);
        QSignalSpy runFinished(batch, &BatchPage::runFinished);
        QSignalSpy synced(invoices->syncEngine(), &InvoiceSyncEngine::finished);
        QSignalSpy usageRefreshed(page<UsagePage>(Page::Usage), &UsagePage::refreshed);
        batch->findChild<QRadioButton *>(QStringLiteral("issueRadio"))->setChecked(true);
        batch->loadBytes(todayBatchCsv(4, QStringLiteral("COMPOSE")));
        QCOMPARE(batch->currentImport().errorCount(), 0);
        auto *jobs = window()->findChild<QLabel *>(QStringLiteral("jobsLabel"));
        // The page's own requests (the account picker's) end first: then nothing runs.
        QTRY_COMPARE_WITH_TIMEOUT(jobs->property("count").toInt(), 0, netTimeoutMs);
        const QString idle = jobs->text();
        const RequestQueue *queue = m_app->connection()->client()->connection()->queue();
        // Sampled while the run goes: invoices waiting between job checks (no request out) still
        // count as running jobs in the status bar.
        bool shownWhileWaiting = false;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (queue->running() + queue->queued() == 0 && jobs->text() != idle)
                shownWhileWaiting = true;
        });
        watcher.start(0);
        batch->startRun();
        QVERIFY(batch->session()); // planned first, then run
        QVERIFY(runFinished.wait(netTimeoutMs));
        watcher.stop();
        QVERIFY(shownWhileWaiting);
        QTRY_COMPARE(jobs->text(), idle);
        QCOMPARE(batch->counts().done, 4);
        QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1, netTimeoutMs); // the list refreshed
        QTRY_VERIFY_WITH_TIMEOUT(usageRefreshed.size() >= 1, netTimeoutMs); // and the quota
        QCOMPARE(notified.size(), 1);
        const auto notification = notified.first().at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(notification.kind, DesktopNotifier::Kind::JobFinished);
        QVERIFY2(notification.message.contains(QLatin1String("4")), qPrintable(notification.message));
        if (auto *tabs = batch->findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 1); // the results
        save(window(), QStringLiteral("batch.png"));
    }

    void editorJobEnded_notifiesWithNumberOrReason_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issued") << true << QStringLiteral("0000042") << QString()
                                << int(DesktopNotifier::Kind::JobFinished) << QStringLiteral("0000042");
        QTest::newRow("server draft")
            << true << QString() << QString() << int(DesktopNotifier::Kind::JobFinished)
            << QCoreApplication::translate(
                   "einvoice::DesktopNotifier", "The draft invoice has been saved on the server.");
        QTest::newRow("failed") << false << QString() << QStringLiteral("Tax code is not valid")
                                << int(DesktopNotifier::Kind::JobFailed)
                                << QStringLiteral("Tax code is not valid");
    }

    void editorJobEnded_notifiesWithNumberOrReason()
    {
        QFETCH(bool, ok);
        QFETCH(QString, number);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        startConnected();
        // A message text of the notifier in the app's language (numbers and server messages stay).
        expected = QCoreApplication::translate("einvoice::DesktopNotifier", expected.toUtf8().constData());
        m_app->notifier()->setActiveCheck([] { return false; });
        m_app->notifier()->setTrayCheck([] { return false; });
        QSignalSpy notified(m_app->notifier(), &DesktopNotifier::notified);
        Q_EMIT page<InvoiceEditorPage>(Page::NewInvoice)->jobEnded(ok, number, message);
        QCOMPARE(notified.size(), 1);
        const auto notification = notified.first().at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(int(notification.kind), kind);
        QVERIFY2(notification.message.contains(expected), qPrintable(notification.message));
        // In front, nothing is shown (the page itself says it).
        m_app->notifier()->setActiveCheck([] { return true; });
        Q_EMIT page<InvoiceEditorPage>(Page::NewInvoice)->jobEnded(ok, number, message);
        QCOMPARE(notified.size(), 1);
    }

    // Single invoices from the editor go through the local outbox: an entry a crash left sent but
    // unanswered is followed up when the app starts, and the invoice ends on the server once.
    void editorOutbox_unfinishedEntryIsFollowedUpOnStart()
    {
        const QString dataFile = m_dir.filePath(QStringLiteral("local/outbox-resume.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(dataFile).absolutePath()));
        BatchImportOptions options;
        options.draft = false;
        const BatchImport import = BatchImporter::import(todayBatchCsv(1, QStringLiteral("RESUME")), options);
        QCOMPARE(import.errorCount(), 0);
        const QString reference = import.invoices.first().invoice.referenceCode;
        qint64 entryId = 0;
        {
            Database database;
            QVERIFY(database.open(dataFile).ok());
            OutboxRepository outbox(database);
            OutboxEntry left;
            left.environment = QStringLiteral("demo");
            left.referenceCode = reference;
            left.kind = OutboxKind::Create;
            left.payload = json::toCreatePayload(import.invoices.first().invoice);
            const auto queued = outbox.enqueue(left);
            QVERIFY(queued.ok() && outbox.markSent(queued.value().id).ok());
            entryId = queued.value().id;
        }
        startApp(dataFile);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        Database database;
        QVERIFY(database.open(dataFile).ok());
        OutboxRepository outbox(database);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.load(entryId).value().state, OutboxState::Succeeded, netTimeoutMs);
        QVERIFY(!outbox.load(entryId).value().invoiceNumber.isEmpty());
        const auto entries = outbox.byReference(QStringLiteral("demo"), reference);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1); // followed up, not sent under a second entry
    }

    // Issue 14: a batch run interrupted in the window (the app goes away with invoices sent and
    // others not sent yet) is taken up when the app starts again: the sent ones are checked on
    // the server, the page says what was resumed and offers to continue the rest; the status bar
    // and the usage page agree on what runs. In the end every invoice exists once, issued.
    void batchInterrupted_isResumedWhenTheAppStartsAgain()
    {
        const QString dataFile = m_dir.filePath(QStringLiteral("local/interrupted.sqlite"));
        const int invoices = 24;
        startApp(dataFile);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        window()->setCurrentPage(Page::Batch);
        QTRY_VERIFY(page<BatchPage>(Page::Batch));
        auto *batch = page<BatchPage>(Page::Batch);
        batch->findChild<QRadioButton *>(QStringLiteral("issueRadio"))->setChecked(true);
        batch->loadBytes(
            identityCsv(identityRows(invoices, QStringLiteral("KILL-"))), QStringLiteral("thang12.csv"));
        QCOMPARE(batch->currentImport().errorCount(), 0);
        batch->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(2);
        batch->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(batch->counts().done >= 3, netTimeoutMs);
        const int doneBefore = batch->counts().done;
        QVERIFY(doneBefore < invoices);
        m_app.reset(); // gone mid-run, as if killed: what the outbox holds is all that is left

        startApp(dataFile);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->pages()->batchResumer(), netTimeoutMs);
        BatchResumer *resumer = m_app->pages()->batchResumer();
        QVERIFY(resumer->followedUp() > 0); // in flight when the app went away
        QVERIFY(resumer->notSent() > 0);
        QVERIFY2(window()->statusBar()->currentMessage().contains(QLatin1String("thang12.csv")),
            qPrintable(window()->statusBar()->currentMessage()));
        window()->setCurrentPage(Page::Batch);
        batch = page<BatchPage>(Page::Batch);
        auto *bar = batch->findChild<QWidget *>(QStringLiteral("resumeBar"));
        QVERIFY(bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(resumer->state(), BatchResumer::State::Waiting, netTimeoutMs);
        const QString waiting = bar->findChild<QLabel *>(QStringLiteral("resumeLabel"))->text();
        QVERIFY2(waiting.contains(QString::number(resumer->notSent())), qPrintable(waiting));
        // Nothing runs while the rest waits: the status bar and the usage page both say so, and the
        // usage page counts the unsent invoices as unfinished.
        auto *jobs = window()->findChild<QLabel *>(QStringLiteral("jobsLabel"));
        QTRY_COMPARE(jobs->property("count").toInt(), 0);
        auto *usage = page<UsagePage>(Page::Usage);
        usage->reloadFromCache();
        QCOMPARE(usage->runningJobs(), 0);
        QVERIFY(usage->findChild<QLabel *>(QStringLiteral("jobsRunning"))
                    ->text()
                    .contains(QString::number(resumer->notSent())));
        auto *results = batch->findChild<BatchResultsTable *>();
        QCOMPARE(results->rowCount(), resumer->followedUp() + resumer->notSent());

        batch->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(resumer->state(), BatchResumer::State::Done, netTimeoutMs);
        QTRY_COMPARE(jobs->property("count").toInt(), 0);
        QCOMPARE(usage->runningJobs(), 0);

        // Every invoice of the file once on the server, issued; a run of the same file sends nothing.
        SepayClient *client = m_app->connection()->client();
        const QHash<QString, int> server = serverInvoiceCounts(*client);
        const BatchSource source = BatchSource::named(QStringLiteral("thang12.csv"));
        for (int i = 0; i < invoices; ++i)
            QCOMPARE(server.value(source.referenceCode(QStringLiteral("HD%1").arg(i), 1)), 1);
        batch->loadBytes(
            identityCsv(identityRows(invoices, QStringLiteral("KILL-"))), QStringLiteral("thang12.csv"));
        QSignalSpy finished(batch, &BatchPage::runFinished);
        batch->startRun();
        QVERIFY(finished.wait(netTimeoutMs));
        QCOMPARE(batch->runner()->outcome().doneEarlier, invoices);
        const QString summary = batch->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QString::number(invoices)), qPrintable(summary));
    }

    // Issue 14: a request the server answers 429 waits its Retry-After, and the status bar says so.
    void serverBusy_statusBarSaysTheWait()
    {
        DesktopApp::Options options = desktopOptions(m_dir, m_qsettings.get(), m_secrets.get(), &m_prompter);
        options.localDataFile = m_dir.filePath(QStringLiteral("local/busy.sqlite"));
        options.clientOptions.retry.maxAttempts = 2;
        m_app = std::make_unique<DesktopApp>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        SepayClient *client = m_app->connection()->client();
        QUrl faults = client->environment().baseUrl();
        faults.setPath(QStringLiteral("/_sandbox/faults"));
        QNetworkAccessManager nam;
        QNetworkRequest request(faults);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *set
            = nam.post(request, QByteArrayLiteral(R"({"rate_limit_next":1,"retry_after_seconds":2})"));
        QTRY_VERIFY(set->isFinished());
        set->deleteLater();
        UsageJob *job = client->usage();
        QSignalSpy done(job, &ApiJob::finished);
        const QString expected = QCoreApplication::translate(
            "einvoice::StatusPanel", "Server busy: trying again in %n s", nullptr, 2);
        QTRY_COMPARE_WITH_TIMEOUT(window()->statusBar()->currentMessage(), expected, 5000);
        QVERIFY(done.wait(10000)); // and then it went through
    }

    void pagesOfANewWindow_stillNotify()
    {
        startConnected();
        m_app->notifier()->setActiveCheck([] { return false; });
        m_app->notifier()->setTrayCheck([] { return false; });
        const QPointer<InvoiceEditorPage> before = page<InvoiceEditorPage>(Page::NewInvoice);
        m_app->settings()->setLanguage(
            screenshotDir().isEmpty() ? QStringLiteral("vi") : QStringLiteral("en"));
        QTRY_VERIFY(
            page<InvoiceEditorPage>(Page::NewInvoice) && page<InvoiceEditorPage>(Page::NewInvoice) != before);
        QSignalSpy notified(m_app->notifier(), &DesktopNotifier::notified);
        Q_EMIT page<InvoiceEditorPage>(Page::NewInvoice)
            ->jobEnded(true, QStringLiteral("0000007"), QString());
        QCOMPARE(notified.size(), 1);
        QTRY_VERIFY(page<BatchPage>(Page::Batch));
        Q_EMIT page<BatchPage>(Page::Batch)->runFinished();
        QCOMPARE(notified.size(), 2);
    }

    void unopenableDatabase_keepsPlaceholdersAndSaysWhy()
    {
        // A folder where the database file should be: SQLite cannot open it.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked.sqlite"));
        QVERIFY(QDir().mkpath(blocked));
        startApp(blocked);
        QVERIFY(!m_app->pages()->isOpen());
        QVERIFY(!qobject_cast<InvoicesPage *>(window()->pageWidget(Page::Invoices)));
        QVERIFY(!qobject_cast<BatchPage *>(window()->pageWidget(Page::Batch)));
        QVERIFY(window()->pageWidget(Page::Usage));
        QVERIFY(!window()->statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TestDesktopComposition)
#include "tst_desktopcomposition.moc"
