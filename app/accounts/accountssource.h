#pragma once

#include "core/remoteinvoice.h"

#include <QList>
#include <QObject>

namespace einvoice {

// Where the provider accounts page gets its data: an adapter over the API client. Every fetch
// answers with exactly one signal: fetchAccounts() with accountsFetched() or failed(),
// fetchAccount() with accountFetched() or accountFailed().
class AccountsSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void fetchAccounts() = 0; // GET /v1/provider-accounts
    virtual void fetchAccount(const QString &id) = 0; // GET /v1/provider-accounts/{id}

Q_SIGNALS:
    void accountsFetched(const QList<einvoice::ProviderAccount> &accounts);
    void accountFetched(const einvoice::ProviderAccount &account);
    // message is user-readable.
    void failed(const QString &message);
    void accountFailed(const QString &id, const QString &message);
};

} // namespace einvoice
