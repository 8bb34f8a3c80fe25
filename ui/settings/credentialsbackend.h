#pragma once

#include "api/credentials.h"
#include "settings/environmentchoice.h"

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
    virtual void read(EnvironmentChoice environment) = 0;
    virtual void write(EnvironmentChoice environment, const Credentials &credentials) = 0;

Q_SIGNALS:
    void readFinished(einvoice::EnvironmentChoice environment, const einvoice::Credentials &credentials);
    // error is user-readable and never contains the secret.
    void writeFinished(einvoice::EnvironmentChoice environment, bool ok, const QString &error);
};

// Keeps credentials in memory for the session: what the app does where no keychain exists.
class SessionCredentialsBackend : public CredentialsBackend
{
    Q_OBJECT

public:
    using CredentialsBackend::CredentialsBackend;

    bool isPersistent() const override { return false; }
    void read(EnvironmentChoice environment) override;
    void write(EnvironmentChoice environment, const Credentials &credentials) override;

private:
    QMap<EnvironmentChoice, Credentials> m_credentials;
};

} // namespace einvoice
