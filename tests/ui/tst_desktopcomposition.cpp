// The desktop app put together through DesktopApp: the real Invoices, New invoice and Usage pages
// in the main window, over a local database in a temporary folder and the embedded Demo server.
// With EINVOICE_SCREENSHOT_DIR set, the pages are shown in Vietnamese and saved as PNG files there.
#include "../batch/batchfixture.h"
#include "../batch/identityfixture.h"
#include "accounts/provideraccountsmodel.h"
#include "api/apiconnection.h"
#include "api/invoicelistjob.h"
#include "api/requestqueue.h"
#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "batch/batchimporter.h"
#include "batch/batchoutcome.h"
#include "batch/batchresumer.h"
#include "batch/batchrunner.h"
#include "batch/batchsession.h"
#include "batch/batchsource.h"
#include "core/environmentid.h"
#include "core/invoicejson.h"
#include "core/validationissue.h"
#include "demo/demoenvironment.h"
#include "desktoptestsupport.h"
#include "i18n/uinumbers.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "session/connection.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "support/fakesecretstore.h"
#include "ui/accounts/provideraccountspage.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchresultstable.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/editor/linestable.h"
#include "ui/invoices/invoicedetailpane.h"
#include "ui/invoices/invoiceselectionactions.h"
#include "ui/invoices/invoicespage.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/mainactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pagecomposer.h"
#include "ui/usage/usagepage.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
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

class TestDesktopComposition : public DesktopTest
{
    Q_OBJECT

private:
    void startApp(const QString &localDataFile) { startDesktop(desktopOptions(localDataFile)); }
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

    // Chooses the active account and types a buyer and one 10 % line, with keys.
    void fillOneLineInvoice(InvoiceEditorPage *editor, const QString &buyer)
    {
        auto *accounts = editor->findChild<QComboBox *>(QStringLiteral("accountCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(accounts->findData(SandboxSeeder::ActiveAccountId) > 0, netTimeoutMs);
        accounts->setCurrentIndex(accounts->findData(SandboxSeeder::ActiveAccountId));
        auto *templates = editor->findChild<QComboBox *>(QStringLiteral("templateCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(templates->count() >= 2, netTimeoutMs);
        const auto type = [](QWidget *target, const QString &text) {
            for (const QChar c : text)
                QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        };
        for (const auto &[name, text] :
            {std::pair {"buyerNameEdit", buyer}, std::pair {"buyerTaxCodeEdit", QStringLiteral("0100109106")},
                std::pair {"buyerAddressEdit", QStringLiteral("12 Lê Lợi, Quận 1, TP. Hồ Chí Minh")}}) {
            auto *edit = editor->findChild<QLineEdit *>(QLatin1String(name));
            edit->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), edit);
            type(edit, text);
        }
        QTableView *table = editor->linesTable();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1)); // the item code
        for (const QString &cell : {QStringLiteral("SP01"), QStringLiteral("Bàn phím cơ"),
                 QStringLiteral("cái"), QStringLiteral("2"), UiNumbers::money(Decimal::fromInteger(1500000)),
                 QString(), QString(), QStringLiteral("10")}) {
            if (!cell.isEmpty())
                type(QApplication::focusWidget(), cell);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(table->model()->rowCount(), 2); // Tab past the last cell added an empty line
        table->model()->removeRows(1, 1);
        QVERIFY2(!hasErrors(editor->issues()), qPrintable(editor->issues().value(0).text()));
    }

    // How many invoices the server lists for the buyer (-1: the listing failed).
    int serverCount(const QString &buyer) const
    {
        InvoiceListQuery query;
        query.perPage = 100;
        InvoiceListJob *job = m_app->connection()->client()->listInvoices(query);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(netTimeoutMs) || !job->succeeded())
            return -1;
        const QList<InvoiceSummary> invoices = job->invoices();
        return int(std::count_if(invoices.cbegin(), invoices.cend(),
            [&buyer](const InvoiceSummary &invoice) { return invoice.buyer.name == buyer; }));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DesktopNotifier::Notification>(); }

    void init()
    {
        resetDesktop();
        if (!screenshotDir().isEmpty())
            m_qsettings->setValue(QStringLiteral("ui/language"), QStringLiteral("vi"));
    }
    void cleanup() { stopDesktop(); }

    // Issue 22: the first run paints its window before it builds the pages and connects (the Demo
    // server seeds its data after the first paint); the window is whole once they arrive.
    void firstRun_paintsFirst_thenShowsTheDemoInvoices()
    {
        m_app = std::make_unique<DesktopApp>(
            desktopOptions(m_dir.filePath(QStringLiteral("local/einvoice.sqlite"))));
        m_app->start();
        QVERIFY(m_app->pages()->isOpen());
        QVERIFY(!m_app->pages()->pagesBuilt());
        QVERIFY(!page<InvoicesPage>(Page::Invoices));
        QVERIFY(!m_app->connection()->isStarted());
        QSignalSpy painted(window(), &MainWindow::firstPainted);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QTRY_COMPARE(painted.count(), 1);
        QVERIFY(m_app->pages()->pagesBuilt());
        QVERIFY(m_app->connection()->isStarted());
        auto *invoices = page<InvoicesPage>(Page::Invoices);
        QVERIFY(invoices);
        QVERIFY(page<InvoiceEditorPage>(Page::NewInvoice));
        QVERIFY(page<UsagePage>(Page::Usage));
        QCOMPARE(window()->currentPage(), Page::Invoices);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page<BatchPage>(Page::Batch), netTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !invoices->syncEngine()->isRunning() && invoices->model()->rowCount() > 0, netTimeoutMs);
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
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keySequence(window(), window()->actions()->refresh->shortcut()); // F5
        QVERIFY(finished.wait(netTimeoutMs));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(invoices->model()->rowCount() > 0);
    }

    void newInvoiceRequest_showsTheEditor()
    {
        startConnected();
        window()->setCurrentPage(Page::Usage);
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keySequence(window(), window()->actions()->newInvoice->shortcut()); // Ctrl+N
        QCOMPARE(window()->currentPage(), Page::NewInvoice);
        QVERIFY(page<InvoiceEditorPage>(Page::NewInvoice));
    }

    // Issue 17: a draft on the list opens in the editor (Enter), and the list can issue drafts.
    void invoiceList_enterOnADraftOpensItInTheEditor()
    {
        startConnected();
        auto *invoices = page<InvoicesPage>(Page::Invoices);
        QVERIFY(invoices);
        window()->setCurrentPage(Page::Invoices);
        QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, netTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!invoices->syncEngine()->isRunning(), netTimeoutMs);
        int draftRow = -1;
        for (int row = 0; row < invoices->model()->rowCount() && draftRow < 0; ++row) {
            const QString reference = invoices->model()->referenceCodeAt(row);
            if (invoices->model()->invoice(reference)->status == InvoiceStatus::Draft)
                draftRow = row;
        }
        QVERIFY(draftRow >= 0);
        auto *table = invoices->findChild<QTableView *>(QStringLiteral("invoiceTable"));
        table->setFocus();
        table->selectRow(draftRow);
        const QString reference = invoices->selectedReferences().value(0);
        QVERIFY(invoices->selectionActions()->action(InvoiceSelectionActions::Id::IssueDrafts)->isEnabled());
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window()->currentPage(), Page::NewInvoice, netTimeoutMs);
        auto *editor = page<InvoiceEditorPage>(Page::NewInvoice);
        QCOMPARE(editor->stage(), InvoiceEditorPage::Stage::ServerDraft);
        QCOMPARE(editor->serverReferenceCode(), reference);
        QVERIFY(!editor->invoice().lines.isEmpty());
        QVERIFY(!editor->invoice().providerAccountId.isEmpty()); // from the series
    }

    void failedJobsLink_opensTheInvoiceList()
    {
        startConnected();
        window()->setCurrentPage(Page::Usage);
        Q_EMIT page<UsagePage>(Page::Usage)->failedJobsRequested();
        QCOMPARE(window()->currentPage(), Page::Invoices);
    }

    // A language change retranslates in place: the same window and the same pages.
    void languageChange_keepsTheWindowAndItsPages()
    {
        startConnected();
        QTRY_VERIFY(page<BatchPage>(Page::Batch));
        const QPointer<MainWindow> before = window();
        const QPointer<QWidget> pages[]
            = {page<InvoicesPage>(Page::Invoices), page<InvoiceEditorPage>(Page::NewInvoice),
                page<UsagePage>(Page::Usage), page<BatchPage>(Page::Batch)};
        const QString title = window()->menuBar()->actions().first()->text();
        m_app->settings()->setLanguage(
            screenshotDir().isEmpty() ? QStringLiteral("vi") : QStringLiteral("en"));
        QTRY_VERIFY(window()->menuBar()->actions().first()->text() != title);
        QCOMPARE(window(), before.data());
        for (const QPointer<QWidget> &built : pages)
            QVERIFY(built && window()->isAncestorOf(built));
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

    // The batch page asks the shell's questions: sent to a server that counts as Production, the
    // run starts only when the user says yes.
    void batchOnProduction_asksThroughTheShellsQuestions_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::newRow("cancelled") << false;
        QTest::newRow("confirmed") << true;
    }

    void batchOnProduction_asksThroughTheShellsQuestions()
    {
        QFETCH(bool, answer);
        startConnected();
        BatchPageServices services = m_app->pages()->batchServices();
        QCOMPARE(services.client, m_app->connection()->client());
        QVERIFY(services.outbox);
        QVERIFY(services.settings);
        QCOMPARE(services.questions, &m_questions);
        SepayClient production(
            Environment::production().withBaseUrl(services.client->environment().baseUrl()));
        production.setCredentials(DemoEnvironment::credentials());
        services.client = &production;
        QCOMPARE(services.runs, m_app->session()->batchRuns());
        services.runs = nullptr; // the page's own runs: they go with this client
        BatchPage page(services);
        page.loadBytes(todayBatchCsv(3, QStringLiteral("PRODQ")));
        QCOMPARE(page.currentImport().errorCount(), 0);
        m_questions.answer = answer;
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QCOMPARE(m_questions.asked.size(), 1);
        QVERIFY2(m_questions.asked.first().text.contains(QLatin1String("3")),
            qPrintable(m_questions.asked.first().text));
        QCOMPARE(m_questions.asked.first().title,
            QCoreApplication::translate("einvoice::BatchPage", "Send the batch to Production?"));
        QCOMPARE(page.session() != nullptr, answer); // planned first, then run
        if (answer)
            QTRY_VERIFY_WITH_TIMEOUT(!page.session()->isBusy(), netTimeoutMs);
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

    // Issue 15 (regression for 5): a language change during a batch run neither rebuilds the page
    // nor stops the run, which belongs to the session: it finishes, every invoice of the file is
    // on the server once, and the page's counts and summary are right, in the new language.
    void batchRun_languageChangedMidRun_everyInvoiceOnceAndCountsRight()
    {
        startConnected();
        m_app->notifier()->setActiveCheck([] { return false; });
        m_app->notifier()->setTrayCheck([] { return false; });
        window()->setCurrentPage(Page::Batch);
        QTRY_VERIFY(page<BatchPage>(Page::Batch));
        const QPointer<BatchPage> batch = page<BatchPage>(Page::Batch);
        const int invoices = 12;
        batch->findChild<QRadioButton *>(QStringLiteral("issueRadio"))->setChecked(true);
        batch->loadBytes(
            identityCsv(identityRows(invoices, QStringLiteral("LANG-"))), QStringLiteral("ngon-ngu.csv"));
        QCOMPARE(batch->currentImport().errorCount(), 0);
        batch->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(2);
        QSignalSpy runFinished(batch, &BatchPage::runFinished);
        QSignalSpy notified(m_app->notifier(), &DesktopNotifier::notified);
        auto *start = batch->findChild<QPushButton *>(QStringLiteral("startButton"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), netTimeoutMs);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(batch->session() && batch->counts().done >= 2, netTimeoutMs);
        QVERIFY(batch->counts().done < invoices); // still running

        const QString other = screenshotDir().isEmpty() ? QStringLiteral("vi") : QStringLiteral("en");
        m_app->settings()->setLanguage(other);
        QTRY_COMPARE(m_app->shell()->language(), other);
        QCOMPARE(page<BatchPage>(Page::Batch), batch.data());
        QVERIFY(batch->session()->isBusy()); // the run goes on

        QVERIFY(runFinished.wait(netTimeoutMs));
        QCOMPARE(runFinished.size(), 1);
        const BatchCounts counts = batch->counts();
        QCOMPARE(counts.done, invoices);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(batch->findChild<QLabel *>(QStringLiteral("countsLabel"))->text(),
            QCoreApplication::translate("einvoice::BatchPage", "queued %1, sent %2, done %3, failed %4")
                .arg(counts.queued)
                .arg(counts.sent)
                .arg(counts.done)
                .arg(counts.failed));
        QCOMPARE(batch->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
            batch->runner()->outcome().summary());
        QTRY_COMPARE(notified.size(), 1);
        const QHash<QString, int> server = serverInvoiceCounts(*m_app->connection()->client());
        const BatchSource source = BatchSource::named(QStringLiteral("ngon-ngu.csv"));
        for (int i = 0; i < invoices; ++i)
            QCOMPARE(server.value(source.referenceCode(QStringLiteral("HD%1").arg(i), 1)), 1);
    }

    // The editor's job belongs to the session, not to the page: an invoice typed and issued as a
    // user does, with the language switched while it is sent, ends issued once, and the desktop
    // notification (the window is in the background) names its number in the new language.
    void editorIssue_languageChangedWhileSending_endsOnceAndNotifies()
    {
        startConnected();
        m_app->notifier()->setActiveCheck([] { return false; });
        m_app->notifier()->setTrayCheck([] { return false; });
        QSignalSpy notified(m_app->notifier(), &DesktopNotifier::notified);
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keySequence(window(), window()->actions()->newInvoice->shortcut());
        auto *editor = page<InvoiceEditorPage>(Page::NewInvoice);
        QVERIFY(editor);
        const QString buyer
            = QStringLiteral("Công ty Đổi Ngôn Ngữ %1").arg(QDateTime::currentMSecsSinceEpoch());
        fillOneLineInvoice(editor, buyer);
        if (QTest::currentTestFailed())
            return;
        m_questions.answer = true; // "Issue this invoice?" yes
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("issueButton")), Qt::LeftButton);
        QCOMPARE(editor->stage(), InvoiceEditorPage::Stage::Busy);
        const QString vietnamese = screenshotDir().isEmpty() ? QStringLiteral("vi") : QStringLiteral("en");
        m_app->settings()->setLanguage(vietnamese);
        QTRY_COMPARE(m_app->shell()->language(), vietnamese);
        QCOMPARE(page<InvoiceEditorPage>(Page::NewInvoice), editor);

        QTRY_COMPARE_WITH_TIMEOUT(editor->stage(), InvoiceEditorPage::Stage::Issued, netTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, netTimeoutMs);
        const auto notification = notified.first().at(0).value<DesktopNotifier::Notification>();
        QCOMPARE(notification.kind, DesktopNotifier::Kind::JobFinished);
        QCOMPARE(notification.title,
            QCoreApplication::translate("einvoice::DesktopNotifier", "SePay eInvoice: job finished"));
        const QStringList words
            = QCoreApplication::translate("einvoice::DesktopNotifier", "Invoice %1 has been issued.")
                  .split(QStringLiteral("%1"));
        QVERIFY2(notification.message.startsWith(words.first()) && notification.message.endsWith(words.last())
                && notification.message.size() > words.join(QString()).size(),
            qPrintable(notification.message));
        QCOMPARE(serverCount(buyer), 1);
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
        interruptBatchAndResume(
            m_dir.filePath(QStringLiteral("local/interrupted.sqlite")), EnvironmentId().key());
    }

    // Issue 15.4: the same in a Custom environment (a base URL typed in Settings, here the
    // loopback sandbox): the batch's outbox entries are kept under the one key the editor's
    // outbox and the usage page read, so its unfinished work is seen and resumed on the next start.
    void batchInterruptedInCustomEnvironment_isSeenAndResumed()
    {
        SandboxConfig config;
        config.dataFile = m_dir.filePath(QStringLiteral("custom/server.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(config.dataFile).absolutePath()));
        SandboxServer server(config);
        QVERIFY(server.listen());
        // Typed the way people type it: upper-case host, trailing slash.
        QUrl typed = server.baseUrl();
        typed.setHost(typed.host().toUpper());
        typed.setPath(QStringLiteral("/"));
        const EnvironmentId custom = EnvironmentId::custom(typed);
        QCOMPARE(custom, EnvironmentId::custom(server.baseUrl()));
        m_qsettings->setValue(QStringLiteral("connection/environment"), QStringLiteral("custom"));
        m_qsettings->setValue(QStringLiteral("connection/customUrl"), typed.toString());
        for (const auto &[name, value] :
            {std::pair {"client_id", config.clientId}, std::pair {"client_secret", config.clientSecret}}) {
            m_secrets->write(SecretStore::scopedKey(custom.key(), QLatin1String(name)), value,
                m_secrets.get(), [](const SecretResult &) {});
        }
        QTRY_VERIFY(
            m_secrets->contains(SecretStore::scopedKey(custom.key(), QStringLiteral("client_secret"))));
        interruptBatchAndResume(m_dir.filePath(QStringLiteral("local/custom.sqlite")), custom.key());
        QCOMPARE(m_app->connection()->client()->environment().id(), custom);
    }

private:
    // Runs a 24-invoice batch of thang12.csv, lets the app go mid-run, starts it again over the
    // same local data and checks that the rest is resumed, seen and sent exactly once.
    void interruptBatchAndResume(const QString &dataFile, const QString &environmentKey)
    {
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
        {
            // Kept under the environment's one key, which the editor's outbox and the usage
            // page read: the work is visible to them.
            Database database;
            QVERIFY(database.open(dataFile).ok());
            const auto unfinished = OutboxRepository(database).unfinished(environmentKey);
            QVERIFY(unfinished.ok());
            QVERIFY(!unfinished.value().isEmpty());
        }

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

private Q_SLOTS:
    // Issue 14: a request the server answers 429 waits its Retry-After, and the status bar says so.
    void serverBusy_statusBarSaysTheWait()
    {
        DesktopApp::Options options = desktopOptions(m_dir.filePath(QStringLiteral("local/busy.sqlite")));
        options.clientOptions.retry.maxAttempts = 2;
        startDesktop(options);
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
        // And then it went through: after the 2 s wait, behind whatever the app's background work
        // (the details of the Demo's invoices) has queued on the client, which a loaded machine slows.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 3 * netTimeoutMs);
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
