#include "connection.h"

#include "accounts/apiaccountssource.h"
#include "api/apiconnection.h"
#include "api/credentialstore.h"
#include "api/requestqueue.h"
#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "apiconnectiontester.h"
#include "apicredentialsbackend.h"
#include "demo/demoenvironment.h"
#include "sessionlog.h"
#include "settings/appsettings.h"

#include <algorithm>

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

Connection::Connection(AppSettings *settings, SecretStore *secrets, const QString &demoDataFile,
    const ClientOptions &clientOptions, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_credentialStore(std::make_unique<CredentialStore>(secrets)),
      m_credentials(new ApiCredentialsBackend(m_credentialStore.get(), settings, this)),
      m_tester(new ApiConnectionTester([this] { return demoUrl(); }, clientOptions, this)),
      m_accounts(new ApiAccountsSource(this)),
      m_demoDataFile(demoDataFile),
      m_clientOptions(clientOptions),
      m_environment(settings->environmentId())
{
    connect(m_settings, &AppSettings::environmentChanged, this, &Connection::onEnvironmentChosen);
    connect(m_credentials, &CredentialsBackend::writeFinished, this,
        [this](EnvironmentKind environment, bool ok) {
            if (ok && environment == m_settings->environment())
                reconnect();
        });
}

Connection::~Connection()
{
    dropClient();
}

CredentialsBackend *Connection::credentials() const
{
    return m_credentials;
}

ConnectionTester *Connection::tester() const
{
    return m_tester;
}

AccountsSource *Connection::accounts() const
{
    return m_accounts;
}

void Connection::start()
{
    if (m_started)
        return;
    m_started = true;
    reconnect();
}

// The settings say which environment (also on their first save, with the one already in use):
// another one is connected to; the same one keeps its client, and whatever works through it.
void Connection::onEnvironmentChosen()
{
    if (m_client && m_settings->environmentId() == m_environment)
        return;
    reconnect();
}

void Connection::reconnect()
{
    m_environment = m_settings->environmentId();
    if (m_started)
        connectTo(m_environment);
}

QUrl Connection::demoUrl() const
{
    return m_demo && m_demo->isRunning() ? m_demo->baseUrl() : QUrl();
}

bool Connection::startDemo()
{
    if (!m_demo)
        m_demo = std::make_unique<DemoEnvironment>(m_demoDataFile);
    if (!m_demo->isRunning() && !m_demo->start()) {
        setState(ConnectionState::ServerError, m_demo->errorString());
        return false;
    }
    return true;
}

void Connection::connectTo(const EnvironmentId &environment)
{
    dropClient();
    const int generation = ++m_generation;
    setQuota(std::nullopt);
    setState(ConnectionState::Connecting);
    qCInfo(lcSession) << "connecting to" << environment.key();
    if (environment.kind() == EnvironmentKind::Demo) {
        if (!startDemo())
            return;
        auto *client = new SepayClient(m_demo->environment(), m_clientOptions, this);
        client->setCredentials(DemoEnvironment::credentials());
        useClient(client);
        return;
    }
    const Environment api = Environment::forId(environment);
    if (environment.kind() == EnvironmentKind::Custom) {
        const QString problem = Environment::checkBaseUrl(QUrl(m_settings->customUrl()));
        if (!problem.isEmpty()) {
            setState(ConnectionState::ServerError, problem);
            return;
        }
    }
    m_credentialStore->load(
        api, this, [this, generation, api](const std::optional<Credentials> &found, SecretResult::Status) {
            if (generation != m_generation)
                return; // the environment changed meanwhile
            if (!found || !found->isComplete()) {
                setState(ConnectionState::NotConnected, tr("Enter the client ID and secret in Settings."));
                return;
            }
            auto *client = new SepayClient(api, m_clientOptions, this);
            client->setCredentials(*found);
            useClient(client);
        });
}

void Connection::useClient(SepayClient *client)
{
    m_client = client;
    m_accounts->setClient(client);
    connect(client->connection()->queue(), &RequestQueue::changed, this, &Connection::updateRunningJobs);
    connect(client, &SepayClient::invoiceOperationsChanged, this, &Connection::updateRunningJobs);
    connect(client->connection(), &ApiConnection::waiting, this, &Connection::retryWaiting);
    Q_EMIT clientChanged(client, m_environment);
    refreshUsage();
}

void Connection::dropClient()
{
    m_accounts->setClient(nullptr);
    const bool hadClient = m_client != nullptr;
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    m_client = nullptr;
    if (hadClient)
        Q_EMIT clientChanged(nullptr, m_environment);
    updateRunningJobs();
}

void Connection::refreshUsage()
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
        qCInfo(lcSession) << "usage failed:" << job->error().kindName() << job->error().httpStatus;
        setState(stateOf(job->error()), job->error().text());
    });
}

void Connection::setState(ConnectionState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

void Connection::setQuota(std::optional<qint64> quota)
{
    if (quota == m_quota)
        return;
    m_quota = quota;
    Q_EMIT quotaChanged(quota);
}

void Connection::updateRunningJobs()
{
    int count = 0;
    if (m_client) {
        // An invoice being created or issued counts while it waits between job checks too; other
        // work (list pages, downloads) counts while its request is out.
        const RequestQueue *queue = m_client->connection()->queue();
        count = std::max(m_client->runningInvoiceOperations(), queue->running() + queue->queued());
    }
    if (count == m_runningJobs)
        return;
    m_runningJobs = count;
    Q_EMIT runningJobsChanged(count);
}

} // namespace einvoice
