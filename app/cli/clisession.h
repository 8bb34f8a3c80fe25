#pragma once

#include "api/clientoptions.h"
#include "api/credentials.h"
#include "api/environment.h"
#include "clioptions.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace einvoice {

class CredentialStore;
class DemoEnvironment;
class LocalStore;
class SepayClient;

// The environment, credentials and client of one command-line run.
//  - Environment: --env (default demo); --base-url points that environment (or, without --env,
//    a custom one) at another server. Demo without --base-url starts the embedded server on the
//    shared demo data file.
//  - Credentials: SEPAY_CLIENT_ID/SEPAY_CLIENT_SECRET, else the keychain, else (Demo only) the
//    demo server's built-in pair. The keychain is not touched when the variables are set.
class CliSession : public QObject
{
    Q_OBJECT

public:
    using CredentialsCallback
        = std::function<void(const std::optional<Credentials> &credentials, const QString &problem)>;

    explicit CliSession(QObject *parent = nullptr);
    ~CliSession() override;

    // Empty on success, else a translated usage error.
    QString resolveEnvironment(const CliOptions &options);
    // Starts the Demo server when the environment needs it. Empty on success.
    QString startServer();
    const Environment &environment() const { return m_environment; }

    CredentialStore *credentialStore();
    void loadCredentials(CredentialsCallback done);
    SepayClient *createClient(const Credentials &credentials);

    // The local store the desktop app uses too (drafts, cache, outbox), opened on first use; null
    // when it cannot be opened (storeError() says why). fullSync: see DatabaseOptions.
    LocalStore *openStore(bool fullSync = true);
    QString storeError() const { return m_storeError; }

    // Defaults, tunable for tests through SEPAY_EINVOICE_POLL_INTERVAL_MS and
    // SEPAY_EINVOICE_WAIT_TIMEOUT_MS.
    static ClientOptions clientOptions();

private:
    Environment m_environment;
    bool m_embeddedDemo = false;
    DemoEnvironment *m_demo = nullptr;
    CredentialStore *m_store = nullptr;
    std::unique_ptr<LocalStore> m_localStore;
    QString m_storeError;
    QString m_customUrl; // --base-url of a custom environment, as typed
};

} // namespace einvoice
