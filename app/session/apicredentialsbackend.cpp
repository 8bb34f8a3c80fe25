#include "apicredentialsbackend.h"

#include "api/credentialstore.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"

namespace einvoice {

ApiCredentialsBackend::ApiCredentialsBackend(CredentialStore *store, AppSettings *settings, QObject *parent)
    : CredentialsBackend(parent), m_store(store), m_settings(settings)
{
}

bool ApiCredentialsBackend::isPersistent() const
{
    return m_store->secretStore()->isPersistent();
}

void ApiCredentialsBackend::read(EnvironmentKind environment)
{
    const Environment api = Environment::forId(EnvironmentId(environment, QUrl(m_settings->customUrl())));
    m_store->load(
        api, this, [this, environment](const std::optional<Credentials> &found, SecretResult::Status) {
            Q_EMIT readFinished(environment, found.value_or(Credentials()));
        });
}

void ApiCredentialsBackend::write(EnvironmentKind environment, const Credentials &credentials)
{
    const Environment api = Environment::forId(EnvironmentId(environment, QUrl(m_settings->customUrl())));
    m_store->save(api, credentials, this, [this, environment](const SecretResult &result) {
        Q_EMIT writeFinished(environment, result.isOk(), result.isOk() ? QString() : result.errorText);
    });
}

} // namespace einvoice
