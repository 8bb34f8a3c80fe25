#include "credentialstore.h"

#include "apilog.h"
#include "core/legacyenvironmentkeys.h"

namespace einvoice {

namespace {
QString idKey(const QString &scope)
{
    return SecretStore::scopedKey(scope, QStringLiteral("client_id"));
}
QString secretKey(const QString &scope)
{
    return SecretStore::scopedKey(scope, QStringLiteral("client_secret"));
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
    const EnvironmentId id = environment.id();
    loadScope(
        id.key(), context, [this, id, context, done](const std::optional<Credentials> &found, Status status) {
            if (found || status != SecretResult::Status::NotFound)
                return done(found, status);
            adoptLegacy(id, legacyenvironmentkeys::secretScopes(id), context, done);
        });
}

void CredentialStore::loadScope(const QString &scope, QObject *context, LoadCallback done)
{
    const QString secret = secretKey(scope);
    m_store->read(idKey(scope), context, [this, secret, context, done](const SecretResult &id) {
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

// Credentials an earlier version kept under another scope move under the environment's key: read
// there, written here, and only once that write succeeded removed there. They are used either way.
void CredentialStore::adoptLegacy(
    const EnvironmentId &id, QStringList scopes, QObject *context, LoadCallback done)
{
    if (scopes.isEmpty())
        return done(std::nullopt, SecretResult::Status::NotFound);
    const QString scope = scopes.takeFirst();
    loadScope(scope, context,
        [this, id, scope, scopes, context, done](const std::optional<Credentials> &found, Status status) {
            if (!found && status == SecretResult::Status::NotFound)
                return adoptLegacy(id, scopes, context, done);
            if (!found)
                return done(found, status);
            saveScope(
                id.key(), *found, context, [this, scope, found, context, done](const SecretResult &saved) {
                    if (!saved.isOk()) {
                        qCWarning(lcApi) << "credentials of" << scope << "not moved:" << saved.errorText;
                        return done(found, SecretResult::Status::Ok);
                    }
                    qCInfo(lcApi) << "credentials moved from" << scope;
                    removeScope(scope, context,
                        [found, done](const SecretResult &) { done(found, SecretResult::Status::Ok); });
                });
        });
}

void CredentialStore::save(
    const Environment &environment, const Credentials &credentials, QObject *context, DoneCallback done)
{
    saveScope(environment.id().key(), credentials, context, std::move(done));
}

void CredentialStore::saveScope(
    const QString &scope, const Credentials &credentials, QObject *context, DoneCallback done)
{
    const QString secret = secretKey(scope);
    const QString value = credentials.clientSecret;
    m_store->write(idKey(scope), credentials.clientId, context,
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
    removeScope(environment.id().key(), context, std::move(done));
}

void CredentialStore::removeScope(const QString &scope, QObject *context, DoneCallback done)
{
    const QString secret = secretKey(scope);
    m_store->remove(idKey(scope), context, [this, secret, context, done](const SecretResult &id) {
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
