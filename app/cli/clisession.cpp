#include "clisession.h"

#include "api/credentialstore.h"
#include "api/sepayclient.h"
#include "demo/demoenvironment.h"
#include "secrets/keychainsecretstore.h"
#include "store/localstore.h"

namespace einvoice {

CliSession::CliSession(QObject *parent) : QObject(parent) { }

CliSession::~CliSession() = default;

QString CliSession::resolveEnvironment(const CliOptions &options)
{
    EnvironmentKind kind = EnvironmentKind::Demo;
    if (!options.env.isEmpty()) {
        const auto parsed = EnvironmentId::kindFromName(options.env);
        if (!parsed || *parsed == EnvironmentKind::Custom)
            return tr("--env must be demo, sandbox or production.");
        kind = *parsed;
    } else if (!options.baseUrl.isEmpty()) {
        kind = EnvironmentKind::Custom;
    }
    switch (kind) {
    case EnvironmentKind::Sandbox:
        m_environment = Environment::sandbox();
        break;
    case EnvironmentKind::Production:
        m_environment = Environment::production();
        break;
    case EnvironmentKind::Custom:
        m_environment = Environment::custom(QUrl(options.baseUrl));
        m_customUrl = options.baseUrl;
        break;
    case EnvironmentKind::Demo:
        m_environment = Environment::demo(QUrl());
        m_embeddedDemo = options.baseUrl.isEmpty();
        break;
    }
    if (options.baseUrl.isEmpty())
        return QString();
    const QUrl url(options.baseUrl);
    if (const QString problem = Environment::checkBaseUrl(url); !problem.isEmpty())
        return problem;
    m_environment = m_environment.withBaseUrl(url);
    return QString();
}

QString CliSession::startServer()
{
    if (!m_embeddedDemo || m_demo)
        return QString();
    m_demo = new DemoEnvironment(DemoEnvironment::defaultDataFile(), this);
    if (!m_demo->start())
        return m_demo->errorString();
    m_environment = m_demo->environment();
    return QString();
}

CredentialStore *CliSession::credentialStore()
{
    if (!m_store) {
        auto *keychain = new KeychainSecretStore(KeychainSecretStore::defaultService(), this);
        keychain->setTimeoutMs(5000);
        m_store = new CredentialStore(keychain, this);
    }
    return m_store;
}

void CliSession::loadCredentials(CredentialsCallback done)
{
    if (const auto fromEnvironment = CredentialStore::fromProcessEnvironment()) {
        done(fromEnvironment, QString());
        return;
    }
    const bool demo = m_environment.kind() == EnvironmentKind::Demo;
    credentialStore()->load(m_environment, this,
        [demo, done](const std::optional<Credentials> &found, SecretResult::Status status) {
            if (found)
                return done(found, QString());
            if (demo)
                return done(DemoEnvironment::credentials(), QString());
            if (status == SecretResult::Status::Unavailable)
                return done(std::nullopt,
                    tr("No keychain is available; set SEPAY_CLIENT_ID and SEPAY_CLIENT_SECRET."));
            done(std::nullopt,
                tr("No credentials for this environment; run \"login\" or set SEPAY_CLIENT_ID and "
                   "SEPAY_CLIENT_SECRET."));
        });
}

SepayClient *CliSession::createClient(const Credentials &credentials)
{
    auto *client = new SepayClient(m_environment, clientOptions(), this);
    client->setCredentials(credentials);
    return client;
}

LocalStore *CliSession::openStore(bool fullSync)
{
    if (m_localStore)
        return m_storeError.isEmpty() ? m_localStore.get() : nullptr;
    m_localStore = std::make_unique<LocalStore>();
    LocalStoreOptions options;
    options.database.fullSync = fullSync;
    if (!m_customUrl.isEmpty())
        options.knownCustomUrls.append(m_customUrl);
    if (const StoreStatus status = m_localStore->open(LocalStore::defaultFilePath(), options); !status) {
        m_storeError = status.error().userMessage();
        return nullptr;
    }
    return m_localStore.get();
}

ClientOptions CliSession::clientOptions()
{
    ClientOptions options;
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("SEPAY_EINVOICE_POLL_INTERVAL_MS", &ok);
    if (ok && interval > 0) {
        options.polling.initialIntervalMs = interval;
        options.polling.maxIntervalMs
            = std::max(interval, std::min(options.polling.maxIntervalMs, interval * 8));
        options.retry.baseDelayMs = std::min(options.retry.baseDelayMs, interval);
    }
    const int timeout = qEnvironmentVariableIntValue("SEPAY_EINVOICE_WAIT_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        options.polling.overallTimeoutMs = timeout;
    return options;
}

} // namespace einvoice
