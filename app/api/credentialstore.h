#pragma once

#include "credentials.h"
#include "environment.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace einvoice {

// Client credentials per environment in a SecretStore, under "<key>/client_id" and
// "<key>/client_secret" (key: EnvironmentId::key()). Credentials an earlier version stored under
// another spelling of the same environment are moved under the key when first loaded. Also reads
// SEPAY_CLIENT_ID / SEPAY_CLIENT_SECRET from the process environment, which win over stored
// credentials.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Status = SecretResult::Status;
    // found is empty when nothing is stored (status NotFound) or the store failed (status says why).
    using LoadCallback = std::function<void(const std::optional<Credentials> &found, Status status)>;
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
    void loadScope(const QString &scope, QObject *context, LoadCallback done);
    void saveScope(const QString &scope, const Credentials &credentials, QObject *context, DoneCallback done);
    void removeScope(const QString &scope, QObject *context, DoneCallback done);
    void adoptLegacy(const EnvironmentId &id, QStringList scopes, QObject *context, LoadCallback done);

    SecretStore *m_store;
};

} // namespace einvoice
