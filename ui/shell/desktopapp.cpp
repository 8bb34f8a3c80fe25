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
#include "ui/connection/connectioncontroller.h"
#include "ui/editor/invoiceeditorpage.h"
#include "ui/usage/usagepage.h"

#include <QCoreApplication>

#include <array>

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
    QObject::connect(m_shell.get(), &AppShell::mainWindowCreated, m_pages.get(), &PageComposer::attach);
    QObject::connect(
        m_shell.get(), &AppShell::mainWindowCreated, m_connection.get(), &ConnectionController::attach);
    connectNotifier();
}

// Desktop notifications from the pages the composer builds: the usage page's low quota and the
// editor's issued invoices. Pages are rebuilt per window and per environment, so the wiring
// follows both (after the composer, which connected first).
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
        InvoiceEditorPage *editor = m_pages->editorPage();
        if (!editor || editor->property("einvoiceNotifierWired").toBool())
            return;
        editor->setProperty("einvoiceNotifierWired", true);
        // [0]: the stage before the last change, [1]: the stage before it went busy. Issued after
        // busy counts only when it was not issued before (a PDF download passes through busy too).
        auto seen = std::make_shared<std::array<InvoiceEditorPage::Stage, 2>>();
        seen->fill(editor->stage());
        QObject::connect(editor, &InvoiceEditorPage::stageChanged, notifier,
            [notifier, seen](InvoiceEditorPage::Stage stage) {
                using Stage = InvoiceEditorPage::Stage;
                if (stage == Stage::Busy)
                    (*seen)[1] = (*seen)[0];
                else if ((*seen)[0] == Stage::Busy && stage == Stage::Issued && (*seen)[1] != Stage::Issued)
                    notifier->notifyJobFinished(
                        QCoreApplication::translate("einvoice::DesktopApp", "The invoice has been issued."));
                (*seen)[0] = stage;
            });
    };
    QObject::connect(m_shell.get(), &AppShell::mainWindowCreated, notifier, wire);
    QObject::connect(m_connection.get(), &ConnectionController::clientChanged, notifier, wire);
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
