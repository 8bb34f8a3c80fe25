#pragma once

#include "api/credentials.h"
#include "core/environmentid.h"

#include <QMap>
#include <QObject>
#include <QString>

namespace einvoice {

// Where the settings dialog reads and writes the client ID and secret of each environment. An
// adapter over the app's secret store; asynchronous because keychains are. Every read() answers
// with exactly one readFinished(), every write() with exactly one writeFinished().
class CredentialsBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when secrets only live in memory for this session (no keychain available).
    virtual bool isPersistent() const = 0;
    virtual void read(EnvironmentKind environment) = 0;
    virtual void write(EnvironmentKind environment, const Credentials &credentials) = 0;

Q_SIGNALS:
    void readFinished(einvoice::EnvironmentKind environment, const einvoice::Credentials &credentials);
    // error is user-readable and never contains the secret.
    void writeFinished(einvoice::EnvironmentKind environment, bool ok, const QString &error);
};

// Keeps credentials in memory for the session: what the app does where no keychain exists.
class SessionCredentialsBackend : public CredentialsBackend
{
    Q_OBJECT

public:
    using CredentialsBackend::CredentialsBackend;

    bool isPersistent() const override { return false; }
    void read(EnvironmentKind environment) override;
    void write(EnvironmentKind environment, const Credentials &credentials) override;

private:
    QMap<EnvironmentKind, Credentials> m_credentials;
};

} // namespace einvoice
