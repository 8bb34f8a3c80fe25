#pragma once

#include "credentials.h"
#include "environment.h"
#include "secrets/secretstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace einvoice {

// Client credentials per environment in a SecretStore, under "<scope>/client_id" and
// "<scope>/client_secret". Also reads SEPAY_CLIENT_ID / SEPAY_CLIENT_SECRET from the process
// environment, which win over stored credentials.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // found is empty when nothing is stored (status NotFound) or the store failed (status says why).
    using LoadCallback
        = std::function<void(const std::optional<Credentials> &found, SecretResult::Status status)>;
    using DoneCallback = std::function<void(const SecretResult &result)>;

    explicit CredentialStore(SecretStore *store, QObject *parent = nullptr);

    void load(const Environment &environment, QObject *context, LoadCallback done);
    void save(
        const Environment &environment, const Credentials &credentials, QObject *context, DoneCallback done);
    void remove(const Environment &environment, QObject *context, DoneCallback done);

    SecretStore *secretStore() const { return m_store; }

    // Both variables set and non-empty, or nothing.
    static std::optional<Credentials> fromProcessEnvironment();

private:
    SecretStore *m_store;
};

} // namespace einvoice
