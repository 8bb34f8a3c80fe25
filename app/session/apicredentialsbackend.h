#pragma once

#include "session/credentialsbackend.h"

namespace einvoice {

class AppSettings;
class CredentialStore;

// The settings dialog's credentials, kept in the app's CredentialStore (keychain, or memory for
// the session when no keychain answers), scoped per environment.
class ApiCredentialsBackend : public CredentialsBackend
{
    Q_OBJECT

public:
    ApiCredentialsBackend(CredentialStore *store, AppSettings *settings, QObject *parent = nullptr);

    bool isPersistent() const override;
    void read(EnvironmentKind environment) override;
    void write(EnvironmentKind environment, const Credentials &credentials) override;

private:
    CredentialStore *m_store;
    AppSettings *m_settings;
};

} // namespace einvoice
