#include "sessionsecretstore.h"

#include "keychainsecretstore.h"
#include "memorysecretstore.h"

namespace einvoice {

SessionSecretStore::SessionSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent), m_keychain(keychain), m_memory(new MemorySecretStore(this))
{
    m_keychain->setParent(this);
}

SessionSecretStore *SessionSecretStore::createDefault(QObject *parent)
{
    return new SessionSecretStore(new KeychainSecretStore, parent);
}

void SessionSecretStore::fallBack()
{
    if (m_fallenBack)
        return;
    m_fallenBack = true;
    Q_EMIT persistenceLost();
}

SecretStore::Callback SessionSecretStore::withFallback(
    std::function<void(Callback)> retryInMemory, Callback done)
{
    return
        [this, retryInMemory = std::move(retryInMemory), done = std::move(done)](const SecretResult &result) {
            if (result.status != SecretResult::Status::Unavailable) {
                done(result);
                return;
            }
            fallBack();
            retryInMemory(done);
        };
}

void SessionSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto inMemory = [this, key, context](Callback cb) {
        m_memory->read(key, context, std::move(cb));
    };
    if (m_fallenBack)
        return inMemory(std::move(done));
    m_keychain->read(key, context, withFallback(inMemory, std::move(done)));
}

void SessionSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto inMemory = [this, key, value, context](Callback cb) {
        m_memory->write(key, value, context, std::move(cb));
    };
    if (m_fallenBack)
        return inMemory(std::move(done));
    m_keychain->write(key, value, context, withFallback(inMemory, std::move(done)));
}

void SessionSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto inMemory = [this, key, context](Callback cb) {
        m_memory->remove(key, context, std::move(cb));
    };
    if (m_fallenBack)
        return inMemory(std::move(done));
    m_keychain->remove(key, context, withFallback(inMemory, std::move(done)));
}

} // namespace einvoice
