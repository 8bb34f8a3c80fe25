#include "apiconnectiontester.h"

#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "demo/demoenvironment.h"

#include <QTimer>

namespace einvoice {

namespace {

ConnectionTestResult resultOf(const ApiError &error)
{
    using Outcome = ConnectionTestResult::Outcome;
    ConnectionTestResult result;
    result.detail = error.text();
    if (error.isAuthenticationFailure())
        result.outcome = Outcome::WrongCredentials;
    else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        result.outcome = Outcome::NoNetwork;
    else if (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Parse)
        result.outcome = Outcome::ServerError;
    else
        result.outcome = Outcome::Other;
    return result;
}

} // namespace

ApiConnectionTester::ApiConnectionTester(
    std::function<QUrl()> demoUrl, const ClientOptions &options, QObject *parent)
    : ConnectionTester(parent), m_demoUrl(std::move(demoUrl)), m_options(options)
{
    // A test answers at once: one attempt, no retries.
    m_options.retry.maxAttempts = 1;
}

ApiConnectionTester::~ApiConnectionTester() = default;

void ApiConnectionTester::test(const ConnectionTestRequest &request)
{
    if (m_client)
        m_client->deleteLater(); // its running job finishes with the client; ignore it
    const bool demo = request.environment == EnvironmentKind::Demo;
    const QUrl demoUrl = demo ? m_demoUrl() : QUrl();
    if (demo && demoUrl.isEmpty()) {
        ConnectionTestResult result;
        result.outcome = ConnectionTestResult::Outcome::NoNetwork;
        result.detail = tr("The demo server is not running.");
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    m_client = new SepayClient(
        Environment::forId(EnvironmentId(request.environment, request.baseUrl), demoUrl), m_options, this);
    m_client->setCredentials(demo ? DemoEnvironment::credentials() : request.credentials);
    UsageJob *job = m_client->usage();
    SepayClient *client = m_client;
    connect(job, &ApiJob::finished, this, [this, job, client] {
        if (client != m_client)
            return; // a newer test replaced this one
        onUsageFinished(job);
    });
}

void ApiConnectionTester::onUsageFinished(UsageJob *job)
{
    ConnectionTestResult result;
    if (job->succeeded()) {
        result.outcome = ConnectionTestResult::Outcome::Success;
        result.quotaRemaining = job->quotaRemaining();
    } else {
        result = resultOf(job->error());
    }
    m_client->deleteLater();
    m_client = nullptr;
    Q_EMIT finished(result);
}

} // namespace einvoice
