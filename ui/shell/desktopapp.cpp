#include "desktopapp.h"

#include "api/demoenvironment.h"
#include "appshell.h"
#include "desktopnotifier.h"
#include "mainwindow.h"
#include "pagecomposer.h"
#include "secrets/sessionsecretstore.h"
#include "settings/appsettings.h"
#include "singleinstance.h"
#include "store/database.h"
#include "ui/batch/batchpage.h"
#include "ui/connection/connectioncontroller.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/usage/usagepage.h"

#include <QCoreApplication>
#include <QSettings>

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
    const QString demoFile
        = options.demoDataFile.isEmpty() ? DemoEnvironment::defaultDataFile() : options.demoDataFile;
    m_connection
        = std::make_unique<ConnectionController>(m_settings.get(), secrets, demoFile, options.clientOptions);

    ShellServices services;
    services.settings = m_settings.get();
    services.prompter = options.prompter;
    m_connection->fill(services);
    m_shell = std::make_unique<AppShell>(services);
    const QString localFile
        = options.localDataFile.isEmpty() ? Database::defaultFilePath() : options.localDataFile;
    m_pages = std::make_unique<PageComposer>(m_settings.get(), m_connection.get(), localFile);
    m_pages->setPrompter(m_shell->services().prompter);
    if (!options.settings)
        m_ownedBatchSettings = std::make_unique<QSettings>();
    m_pages->setBatchSettings(options.settings ? options.settings : m_ownedBatchSettings.get());
    QObject::connect(m_shell.get(), &AppShell::mainWindowCreated, m_pages.get(), &PageComposer::attach);
    QObject::connect(
        m_shell.get(), &AppShell::mainWindowCreated, m_connection.get(), &ConnectionController::attach);
    connectNotifier();
}

// Desktop notifications from the pages the composer builds: the usage page's low quota, the
// editor's create and issue jobs and the batch runs. Pages are rebuilt per window and per
// environment, so the wiring follows both (after the composer, which connected first).
void DesktopApp::connectNotifier()
{
    m_notifier = std::make_unique<DesktopNotifier>();
    DesktopNotifier *notifier = m_notifier.get();
    QObject::connect(notifier, &DesktopNotifier::activationRequested, m_shell.get(),
        [this] { SingleInstance::raiseWindow(m_shell->mainWindow()); });
    auto wire = [this, notifier] {
        if (UsagePage *usage = m_pages->usagePage())
            QObject::connect(usage, &UsagePage::lowQuotaCrossed, notifier, &DesktopNotifier::notifyQuotaLow,
                Qt::UniqueConnection);
        if (InvoiceEditorPage *editor = m_pages->editorPage())
            QObject::connect(editor, &InvoiceEditorPage::jobEnded, notifier,
                &DesktopNotifier::notifyInvoiceJob, Qt::UniqueConnection);
        BatchPage *batch = m_pages->batchPage();
        if (!batch || batch->property("einvoiceNotifierWired").toBool())
            return;
        batch->setProperty("einvoiceNotifierWired", true);
        QObject::connect(batch, &BatchPage::runFinished, notifier, [notifier, batch] {
            const BatchCounts counts = batch->counts();
            notifier->notifyBatchFinished(counts.done, counts.total() - counts.done);
        });
    };
    QObject::connect(m_pages.get(), &PageComposer::pagesChanged, notifier, wire);
    QObject::connect(
        m_pages.get(), &PageComposer::batchResumed, notifier, &DesktopNotifier::notifyBatchResumed);
}

DesktopApp::~DesktopApp()
{
    m_notifier.reset();
    m_shell.reset(); // the window goes before the connection and the local data it shows
    m_pages.reset();
    m_connection.reset();
}

void DesktopApp::start()
{
    m_shell->start();
}

} // namespace einvoice
