#include "desktopapp.h"

#include "api/demoenvironment.h"
#include "appshell.h"
#include "pagecomposer.h"
#include "secrets/sessionsecretstore.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "ui/connection/connectioncontroller.h"

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
}

DesktopApp::~DesktopApp()
{
    m_shell.reset(); // the window goes before the connection and the local data it shows
    m_pages.reset();
    m_connection.reset();
}

void DesktopApp::start()
{
    m_shell->start();
}

} // namespace einvoice
