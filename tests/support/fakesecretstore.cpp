#include "fakesecretstore.h"

namespace einvoice {

FakeSecretStore::FakeSecretStore(QObject *parent) : SecretStore(parent), m_memory(new MemorySecretStore(this))
{
}

bool FakeSecretStore::answerUnavailable(QObject *context, Callback &done)
{
    if (!m_unavailable)
        return false;
    SecretResult result;
    result.status = SecretResult::Status::Unavailable;
    result.errorText = QStringLiteral("fake keychain switched off");
    deliver(context, std::move(done), result);
    return true;
}

void FakeSecretStore::read(const QString &key, QObject *context, Callback done)
{
    ++m_reads;
    if (!answerUnavailable(context, done))
        m_memory->read(key, context, std::move(done));
}

void FakeSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    ++m_writes;
    if (answerUnavailable(context, done))
        return;
    if (m_writesFail) {
        deliver(context, std::move(done),
            SecretResult {
                SecretResult::Status::Failed, {}, QStringLiteral("fake keychain refused the write")});
        return;
    }
    m_memory->write(key, value, context, std::move(done));
}

void FakeSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    ++m_removes;
    if (!answerUnavailable(context, done))
        m_memory->remove(key, context, std::move(done));
}

} // namespace einvoice
