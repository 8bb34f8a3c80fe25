#include "memorysecretstore.h"

namespace einvoice {

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        result.status = SecretResult::Status::NotFound;
    else
        result.value = *it;
    deliver(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    m_values.insert(key, value);
    deliver(context, std::move(done), SecretResult {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    if (m_values.remove(key) == 0)
        result.status = SecretResult::Status::NotFound;
    deliver(context, std::move(done), result);
}

} // namespace einvoice
