#pragma once

#include "secrets/memorysecretstore.h"

namespace einvoice {

// A secret store for tests: in memory, counts calls, and can pretend the keychain is gone.
class FakeSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit FakeSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return !m_unavailable; }

    // While set, every call answers Unavailable.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    // While set, writes answer Failed (a keychain that refuses, a full disk); reads still work.
    void setWritesFail(bool fail) { m_writesFail = fail; }
    int readCount() const { return m_reads; }
    int writeCount() const { return m_writes; }
    int removeCount() const { return m_removes; }
    bool contains(const QString &key) const { return m_memory->contains(key); }

private:
    bool answerUnavailable(QObject *context, Callback &done);

    MemorySecretStore *m_memory;
    bool m_unavailable = false;
    bool m_writesFail = false;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
};

} // namespace einvoice
