#include "credentialstore.h"

namespace einvoice {

namespace {
QString idKey(const Environment &environment)
{
    return SecretStore::scopedKey(environment.scope(), QStringLiteral("client_id"));
}
QString secretKey(const Environment &environment)
{
    return SecretStore::scopedKey(environment.scope(), QStringLiteral("client_secret"));
}
} // namespace

CredentialStore::CredentialStore(SecretStore *store, QObject *parent) : QObject(parent), m_store(store) { }

std::optional<Credentials> CredentialStore::fromProcessEnvironment()
{
    Credentials credentials {
        qEnvironmentVariable("SEPAY_CLIENT_ID"), qEnvironmentVariable("SEPAY_CLIENT_SECRET")};
    if (!credentials.isComplete())
        return std::nullopt;
    return credentials;
}

void CredentialStore::load(const Environment &environment, QObject *context, LoadCallback done)
{
    const QString secret = secretKey(environment);
    m_store->read(idKey(environment), context, [this, secret, context, done](const SecretResult &id) {
        if (!id.isOk()) {
            done(std::nullopt, id.status);
            return;
        }
        m_store->read(secret, context, [id, done](const SecretResult &result) {
            if (!result.isOk())
                done(std::nullopt, result.status);
            else
                done(Credentials {id.value, result.value}, SecretResult::Status::Ok);
        });
    });
}

void CredentialStore::save(
    const Environment &environment, const Credentials &credentials, QObject *context, DoneCallback done)
{
    const QString secret = secretKey(environment);
    const QString value = credentials.clientSecret;
    m_store->write(idKey(environment), credentials.clientId, context,
        [this, secret, value, context, done](const SecretResult &id) {
            if (!id.isOk()) {
                done(id);
                return;
            }
            m_store->write(secret, value, context, done);
        });
}

void CredentialStore::remove(const Environment &environment, QObject *context, DoneCallback done)
{
    const QString secret = secretKey(environment);
    m_store->remove(idKey(environment), context, [this, secret, context, done](const SecretResult &id) {
        m_store->remove(secret, context, [id, done](const SecretResult &result) {
            // Gone is gone: NotFound on either key still counts as removed.
            if (id.status == SecretResult::Status::Ok || result.status == SecretResult::Status::Ok)
                done(SecretResult {});
            else
                done(result.status == SecretResult::Status::NotFound ? id : result);
        });
    });
}

} // namespace einvoice
