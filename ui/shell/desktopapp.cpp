#include "desktopapp.h"

#include "appshell.h"
#include "desktopnotifier.h"
#include "invoices/invoicedetailfill.h"
#include "invoices/providerstatusnotifier.h"
#include "mainwindow.h"
#include "pagecomposer.h"
#include "reports/reportseller.h"
#include "secrets/sessionsecretstore.h"
#include "session/connection.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "singleinstance.h"
#include "store/localstore.h"
#include "ui/batch/batchpage.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/invoices/invoicespage.h"
#include "ui/usage/usagepage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStatusBar>

namespace einvoice {

DesktopApp::DesktopApp() : DesktopApp(Options()) { }

DesktopApp::DesktopApp(const Options &options)
{
    m_settings = options.settings ? std::make_unique<AppSettings>(options.settings)
                                  : std::make_unique<AppSettings>();
    SecretStore *secrets = options.secrets;
    if (!secrets) {
        m_ownedSecrets.reset(SessionSecretStore::createDefault());
        secrets = m_ownedSecrets.get();
    }
    Session::Options sessionOptions;
    sessionOptions.demoDataFile = options.demoDataFile;
    sessionOptions.localDataFile = options.localDataFile;
    sessionOptions.clientOptions = options.clientOptions;
    sessionOptions.clock = options.clock;
    m_session = std::make_unique<Session>(m_settings.get(), secrets, sessionOptions);
    Connection *connection = m_session->connection();

    ShellServices services;
    services.settings = m_settings.get();
    services.questions = options.questions;
    services.credentials = connection->credentials();
    services.connectionTester = connection->tester();
    services.accounts = connection->accounts();
    services.connection = connection;
    services.learnedSeller = [session = m_session.get()](const QString &environment) {
        const LocalStore *store = session->store();
        return store ? ReportSeller::learned(environment, store->files()) : SellerProfile();
    };
    m_shell = std::make_unique<AppShell>(services);
    m_pages = std::make_unique<PageComposer>(m_session.get());
    m_pages->setQuestions(options.questions);
    if (!options.settings)
        m_ownedBatchSettings = std::make_unique<QSettings>();
    m_pages->setBatchSettings(options.settings ? options.settings : m_ownedBatchSettings.get());
    QObject::connect(m_shell.get(), &AppShell::mainWindowCreated, m_pages.get(), &PageComposer::attach);
    // Connect once the first frame is on screen: nothing slow before the first paint.
    QObject::connect(
        m_shell.get(), &AppShell::mainWindowCreated, connection, [connection](MainWindow *window) {
            QObject::connect(window, &MainWindow::firstPainted, connection, &Connection::start);
        });
    connectNotifier();
}

// Desktop notifications from the pages the composer builds (each once): the usage page's low
// quota, the editor's create and issue jobs and the batch runs; and the tax authority's answers.
void DesktopApp::connectNotifier()
{
    m_notifier = std::make_unique<DesktopNotifier>();
    DesktopNotifier *notifier = m_notifier.get();
    m_statusNotifier = std::make_unique<ProviderStatusNotifier>(notifier);
    ProviderStatusNotifier *statusNotifier = m_statusNotifier.get();
    if (InvoiceDetailFill *fill = m_session->detailFill())
        QObject::connect(fill, &InvoiceDetailFill::providerStatusChanged, statusNotifier,
            &ProviderStatusNotifier::onProviderStatusChanged);
    notifier->setStatusMessage([this](const QString &text) {
        if (MainWindow *window = m_shell->mainWindow())
            window->statusBar()->showMessage(text, 15000);
    });
    QObject::connect(notifier, &DesktopNotifier::activationRequested, m_shell.get(),
        [this] { SingleInstance::raiseWindow(m_shell->mainWindow()); });
    QObject::connect(m_pages.get(), &PageComposer::pageBuilt, notifier,
        [notifier, statusNotifier](Page page, QWidget *widget) {
            switch (page) {
            case Page::Usage:
                QObject::connect(static_cast<UsagePage *>(widget), &UsagePage::lowQuotaCrossed, notifier,
                    &DesktopNotifier::notifyQuotaLow);
                break;
            case Page::NewInvoice:
                QObject::connect(static_cast<InvoiceEditorPage *>(widget), &InvoiceEditorPage::jobEnded,
                    notifier, &DesktopNotifier::notifyInvoiceJob);
                break;
            case Page::Batch: {
                auto *batch = static_cast<BatchPage *>(widget);
                QObject::connect(batch, &BatchPage::runFinished, notifier, [notifier, batch] {
                    const BatchCounts counts = batch->counts();
                    notifier->notifyBatchFinished(
                        counts.done, counts.queued, counts.total() - counts.done - counts.queued);
                });
                break;
            }
            case Page::Invoices:
                statusNotifier->setInvoiceModel(static_cast<InvoicesPage *>(widget)->model());
                break;
            case Page::ProviderAccounts:
            case Page::Reports:
                break;
            }
        });
    QObject::connect(
        m_pages.get(), &PageComposer::batchResumed, notifier, &DesktopNotifier::notifyBatchResumed);
}

DesktopApp::~DesktopApp()
{
    m_statusNotifier.reset();
    m_notifier.reset();
    m_shell.reset(); // the window goes before the connection and the local data it shows
    m_pages.reset();
    m_session.reset();
}

Connection *DesktopApp::connection() const
{
    return m_session->connection();
}

void DesktopApp::start()
{
    m_shell->start();
}

} // namespace einvoice
