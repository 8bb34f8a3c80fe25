#pragma once

#include "api/clientoptions.h"

#include <QString>

#include <memory>

class QSettings;

namespace einvoice {

class AppSettings;
class Clock;
class AppShell;
class PageComposer;
class Questions;
class Connection;
class DesktopNotifier;
class ProviderStatusNotifier;
class SecretStore;
class Session;

// The desktop app put together: settings, secret store, the session (the connection to the chosen
// environment and the local store) and the shell with its main window. The entry point, the start-up
// benchmark and the GUI integration tests all start the app through this, so they start it the same way.
class DesktopApp
{
public:
    struct Options
    {
        QSettings *settings = nullptr; // default: the app's QSettings
        SecretStore *secrets = nullptr; // default: the keychain, memory when it does not answer
        Questions *questions = nullptr; // default: message boxes and file dialogs
        QString demoDataFile; // default: DemoEnvironment::defaultDataFile()
        QString localDataFile; // drafts, catalogue, invoice cache; default: LocalStore::defaultFilePath()
        ClientOptions clientOptions;
        const Clock *clock = nullptr; // null: the system clock; must outlive the app
    };

    DesktopApp();
    explicit DesktopApp(const Options &options);
    ~DesktopApp();

    void start();
    AppSettings *settings() const { return m_settings.get(); }
    AppShell *shell() const { return m_shell.get(); }
    Session *session() const { return m_session.get(); }
    Connection *connection() const;
    PageComposer *pages() const { return m_pages.get(); }
    DesktopNotifier *notifier() const { return m_notifier.get(); }
    // Connect the tax authority's answers to its onProviderStatusChanged slot.
    ProviderStatusNotifier *providerStatusNotifier() const { return m_statusNotifier.get(); }

private:
    void connectNotifier();

    std::unique_ptr<SecretStore> m_ownedSecrets;
    std::unique_ptr<QSettings> m_ownedBatchSettings; // the batch page's, when none is handed in
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PageComposer> m_pages;
    std::unique_ptr<AppShell> m_shell;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<ProviderStatusNotifier> m_statusNotifier;
};

} // namespace einvoice
