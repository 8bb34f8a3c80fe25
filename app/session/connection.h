#pragma once

#include "api/clientoptions.h"
#include "api/sepayclient.h"
#include "core/environmentid.h"
#include "session/connectionstate.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace einvoice {

class AccountsSource;
class ApiAccountsSource;
class ApiConnectionTester;
class ApiCredentialsBackend;
class AppSettings;
class ConnectionTester;
class CredentialStore;
class CredentialsBackend;
class DemoEnvironment;
class SecretStore;

// The app's link to the chosen environment, in the spirit of ownCloud's AccountState: which
// environment, its client, the connection state, the remaining quota, how many jobs run, and the
// life of the embedded Demo server. It emits; widgets observe (the status bar, the accounts page,
// the pages that talk to the server). It never touches a widget.
//
// Nothing slow happens before start() (the shell calls it after the window's first paint); from
// then on it follows the settings: another environment, another custom URL or new credentials
// for the chosen environment make it connect again.
class Connection : public QObject
{
    Q_OBJECT

public:
    // settings and secrets must outlive the connection. demoDataFile: the Demo server's SQLite file.
    Connection(AppSettings *settings, SecretStore *secrets, const QString &demoDataFile,
        const ClientOptions &clientOptions = ClientOptions(), QObject *parent = nullptr);
    ~Connection() override;

    // The settings dialog's credentials and "Test connection", and the accounts page's source.
    CredentialsBackend *credentials() const;
    ConnectionTester *tester() const;
    AccountsSource *accounts() const;

    EnvironmentId environment() const { return m_environment; }
    ConnectionState state() const { return m_state; }
    QString detail() const { return m_detail; } // why, for the states that need a reason
    std::optional<qint64> quotaRemaining() const { return m_quota; }
    // Invoices being created or issued (also while they wait between job checks) or, when more,
    // requests out or queued.
    int runningJobs() const { return m_runningJobs; }
    SepayClient *client() const { return m_client; }
    DemoEnvironment *demo() const { return m_demo.get(); }
    bool isStarted() const { return m_started; }

public Q_SLOTS:
    void start();
    void reconnect();
    void refreshUsage();

Q_SIGNALS:
    void stateChanged(einvoice::ConnectionState state, const QString &detail);
    void quotaChanged(std::optional<qint64> remaining);
    void runningJobsChanged(int count);
    // The client of the current environment, or nullptr while there is none: whatever talks to
    // the server follows this. A client handed out before is deleted later.
    void clientChanged(einvoice::SepayClient *client, const einvoice::EnvironmentId &environment);
    // A request of the client waits before it is tried again (ApiConnection::waiting).
    void retryWaiting(int delayMs, bool serverBusy);

private:
    void onEnvironmentChosen();
    void connectTo(const EnvironmentId &environment);
    bool startDemo();
    void useClient(SepayClient *client);
    void dropClient();
    void setState(ConnectionState state, const QString &detail = {});
    void setQuota(std::optional<qint64> quota);
    void updateRunningJobs();
    QUrl demoUrl() const;

    AppSettings *m_settings;
    std::unique_ptr<CredentialStore> m_credentialStore;
    ApiCredentialsBackend *m_credentials;
    ApiConnectionTester *m_tester;
    ApiAccountsSource *m_accounts;
    QString m_demoDataFile;
    ClientOptions m_clientOptions;
    std::unique_ptr<DemoEnvironment> m_demo;
    QPointer<SepayClient> m_client;
    EnvironmentId m_environment;
    bool m_started = false;
    int m_generation = 0;
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_detail;
    std::optional<qint64> m_quota;
    int m_runningJobs = 0;
};

} // namespace einvoice
