#pragma once

#include "secretstore.h"

namespace einvoice {

class MemorySecretStore;

// The store the app uses: the keychain while it answers; once it does not, secrets live in
// memory for the rest of the session and persistenceLost() tells the UI to warn the user.
// There is no plaintext fallback.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // Takes ownership of keychain (normally a KeychainSecretStore).
    explicit SessionSecretStore(SecretStore *keychain, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return !m_fallenBack; }

    // A SessionSecretStore over the system keychain.
    static SessionSecretStore *createDefault(QObject *parent = nullptr);

private:
    void fallBack();
    // Wraps done: an Unavailable answer switches to memory and repeats the call there.
    Callback withFallback(std::function<void(Callback)> retryInMemory, Callback done);

    SecretStore *m_keychain;
    MemorySecretStore *m_memory;
    bool m_fallenBack = false;
};

} // namespace einvoice
