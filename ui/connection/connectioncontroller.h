#pragma once

#include "api/clientoptions.h"
#include "api/sepayclient.h"
#include "core/environmentid.h"
#include "ui/shell/connectionstate.h"
#include "ui/shell/mainwindow.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace einvoice {

class ApiAccountsSource;
class ApiConnectionTester;
class ApiCredentialsBackend;
class AppSettings;
class CredentialStore;
class DemoEnvironment;
class MainWindow;
class SecretStore;
class SepayClient;
struct ShellServices;

// Keeps the app connected to the chosen environment: starts the embedded Demo server, loads the
// credentials, makes the SepayClient, reads the quota, and tells the main window (connection
// state, quota, running requests). Starts only after the main window's first paint, and again
// whenever the environment or its credentials change.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    // secrets must outlive the controller. demoDataFile: the Demo server's SQLite file.
    ConnectionController(AppSettings *settings, SecretStore *secrets, const QString &demoDataFile,
        const ClientOptions &clientOptions = ClientOptions(), QObject *parent = nullptr);
    ~ConnectionController() override;

    // Puts the credentials backend, connection tester and accounts source into services.
    void fill(ShellServices &services) const;

    ConnectionState state() const { return m_state; }
    std::optional<qint64> quotaRemaining() const { return m_quota; }
    SepayClient *client() const { return m_client; }
    DemoEnvironment *demo() const { return m_demo.get(); }

public Q_SLOTS:
    // Follows this window from now on; connects after its first paint if not connected yet.
    void attach(einvoice::MainWindow *window);
    void reconnect();
    void refreshUsage();

Q_SIGNALS:
    void stateChanged(einvoice::ConnectionState state);
    void quotaChanged(std::optional<qint64> remaining);
    // The client of the current environment, or nullptr while there is none: pages that talk to
    // the server (invoices, usage) follow this.
    void clientChanged(einvoice::SepayClient *client, einvoice::EnvironmentKind environment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectTo(EnvironmentKind choice);
    void useClient(SepayClient *client);
    void dropClient();
    void setState(ConnectionState state, const QString &detail = {});
    void setQuota(std::optional<qint64> quota);
    void updateRunningJobs();
    void showInWindow();
    QUrl demoUrl();

    AppSettings *m_settings;
    std::unique_ptr<CredentialStore> m_credentialStore;
    ApiCredentialsBackend *m_credentials;
    ApiConnectionTester *m_tester;
    ApiAccountsSource *m_accounts;
    QString m_demoDataFile;
    ClientOptions m_clientOptions;
    std::unique_ptr<DemoEnvironment> m_demo;
    QPointer<SepayClient> m_client;
    QPointer<MainWindow> m_window;
    bool m_started = false;
    int m_generation = 0;
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_detail;
    std::optional<qint64> m_quota;
};

} // namespace einvoice
