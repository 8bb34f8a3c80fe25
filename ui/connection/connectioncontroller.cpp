#include "connectioncontroller.h"

#include "api/apiconnection.h"
#include "api/credentialstore.h"
#include "api/demoenvironment.h"
#include "api/requestqueue.h"
#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "apiaccountssource.h"
#include "apiconnectiontester.h"
#include "apicredentialsbackend.h"
#include "environmentmapping.h"
#include "settings/appsettings.h"
#include "ui/accounts/provideraccountspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shellservices.h"
#include "ui/shell/statuspanel.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcConnection, "einvoice.ui.connection")

namespace einvoice {

namespace {

ConnectionState stateOf(const ApiError &error)
{
    if (error.isAuthenticationFailure())
        return ConnectionState::SignInFailed;
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        return ConnectionState::Offline;
    return ConnectionState::ServerError;
}

} // namespace

ConnectionController::ConnectionController(AppSettings *settings, SecretStore *secrets,
    const QString &demoDataFile, const ClientOptions &clientOptions, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_credentialStore(std::make_unique<CredentialStore>(secrets)),
      m_credentials(new ApiCredentialsBackend(m_credentialStore.get(), settings, this)),
      m_tester(new ApiConnectionTester([this] { return demoUrl(); }, clientOptions, this)),
      m_accounts(new ApiAccountsSource(this)),
      m_demoDataFile(demoDataFile),
      m_clientOptions(clientOptions)
{
    connect(m_settings, &AppSettings::environmentChanged, this, &ConnectionController::reconnect);
    connect(m_settings, &AppSettings::changed, this, [this] { showInWindow(); });
    connect(m_credentials, &CredentialsBackend::writeFinished, this,
        [this](EnvironmentChoice environment, bool ok) {
            if (ok && environment == m_settings->environment())
                reconnect();
        });
}

ConnectionController::~ConnectionController()
{
    dropClient();
}

void ConnectionController::fill(ShellServices &services) const
{
    services.credentials = m_credentials;
    services.connectionTester = m_tester;
    services.accounts = m_accounts;
}

void ConnectionController::attach(MainWindow *window)
{
    m_window = window;
    connect(window, &MainWindow::refreshRequested, this, &ConnectionController::refreshUsage);
    showInWindow();
    if (!m_started)
        window->installEventFilter(this);
}

bool ConnectionController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_started) {
        m_started = true;
        watched->removeEventFilter(this);
        // Connect once the first frame is on screen: nothing slow before the first paint.
        QTimer::singleShot(0, this, &ConnectionController::reconnect);
    }
    return false;
}

void ConnectionController::reconnect()
{
    if (!m_started)
        return;
    connectTo(m_settings->environment());
}

QUrl ConnectionController::demoUrl()
{
    return m_demo && m_demo->isRunning() ? m_demo->baseUrl() : QUrl();
}

void ConnectionController::connectTo(EnvironmentChoice choice)
{
    dropClient();
    const int generation = ++m_generation;
    setQuota(std::nullopt);
    setState(ConnectionState::Connecting);
    if (choice == EnvironmentChoice::Demo) {
        if (!m_demo)
            m_demo = std::make_unique<DemoEnvironment>(m_demoDataFile);
        if (!m_demo->isRunning() && !m_demo->start()) {
            setState(ConnectionState::ServerError, m_demo->errorString());
            return;
        }
        auto *client = new SepayClient(m_demo->environment(), m_clientOptions, this);
        client->setCredentials(DemoEnvironment::credentials());
        useClient(client);
        return;
    }
    const Environment environment = apiEnvironment(choice, QUrl(m_settings->customUrl()));
    if (choice == EnvironmentChoice::Custom) {
        if (const QString problem = Environment::checkBaseUrl(environment.baseUrl()); !problem.isEmpty()) {
            setState(ConnectionState::ServerError, problem);
            return;
        }
    }
    m_credentialStore->load(environment, this,
        [this, generation, environment](const std::optional<Credentials> &found, SecretResult::Status) {
            if (generation != m_generation)
                return; // the environment changed meanwhile
            if (!found || !found->isComplete()) {
                setState(ConnectionState::NotConnected, tr("Enter the client ID and secret in Settings."));
                return;
            }
            auto *client = new SepayClient(environment, m_clientOptions, this);
            client->setCredentials(*found);
            useClient(client);
        });
}

void ConnectionController::useClient(SepayClient *client)
{
    m_client = client;
    m_accounts->setClient(client);
    connect(client->connection()->queue(), &RequestQueue::changed, this,
        &ConnectionController::updateRunningJobs);
    connect(client, &SepayClient::invoiceOperationsChanged, this, &ConnectionController::updateRunningJobs);
    connect(client->connection(), &ApiConnection::waiting, this, [this](int delayMs, bool serverBusy) {
        if (m_window)
            m_window->statusPanel()->showRetryWait(delayMs, serverBusy);
    });
    if (m_window) {
        ProviderAccountsPage *page = m_window->providerAccountsPage();
        page->setSource(m_accounts);
        if (m_window->currentPage() == Page::ProviderAccounts)
            page->refresh();
    }
    Q_EMIT clientChanged(client, m_settings->environment());
    refreshUsage();
}

void ConnectionController::dropClient()
{
    m_accounts->setClient(nullptr);
    const bool hadClient = m_client != nullptr;
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    m_client = nullptr;
    if (hadClient)
        Q_EMIT clientChanged(nullptr, m_settings->environment());
    updateRunningJobs();
}

void ConnectionController::refreshUsage()
{
    if (!m_client)
        return;
    UsageJob *job = m_client->usage();
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (job->succeeded()) {
            setQuota(job->quotaRemaining());
            setState(ConnectionState::Connected);
            return;
        }
        qCInfo(lcConnection) << "usage failed:" << job->error().kindName() << job->error().httpStatus;
        setState(stateOf(job->error()), job->error().text());
    });
}

void ConnectionController::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    showInWindow();
    Q_EMIT stateChanged(state);
}

void ConnectionController::setQuota(std::optional<qint64> quota)
{
    m_quota = quota;
    showInWindow();
    Q_EMIT quotaChanged(quota);
}

void ConnectionController::updateRunningJobs()
{
    if (!m_window)
        return;
    if (!m_client) {
        m_window->statusPanel()->setRunningJobs(0);
        return;
    }
    // An invoice being created or issued counts while it waits between job checks too; other
    // work (list pages, downloads) counts while its request is out.
    const RequestQueue *queue = m_client->connection()->queue();
    m_window->statusPanel()->setRunningJobs(
        std::max(m_client->runningInvoiceOperations(), queue->running() + queue->queued()));
}

void ConnectionController::showInWindow()
{
    if (!m_window)
        return;
    StatusPanel *status = m_window->statusPanel();
    status->setConnectionState(m_state, m_detail);
    status->setQuota(m_quota, m_settings->lowQuotaThreshold());
    updateRunningJobs();
}

} // namespace einvoice
