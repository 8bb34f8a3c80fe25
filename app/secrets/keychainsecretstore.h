#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

namespace einvoice {

// The operating system's keychain through QtKeychain (Secret Service on Linux). Never falls back
// to a plaintext file. A keychain that does not answer within the timeout counts as Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    static QString defaultService(); // "sepay-einvoice", shared by the app and the CLI

private:
    void run(QKeychain::Job *job, QObject *context, Callback done);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace einvoice
