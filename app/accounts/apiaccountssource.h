#pragma once

#include "accounts/accountssource.h"
#include "api/sepayclient.h"

#include <QPointer>

namespace einvoice {

class SepayClient;

// Provider accounts from the current environment's SepayClient.
class ApiAccountsSource : public AccountsSource
{
    Q_OBJECT

public:
    using AccountsSource::AccountsSource;

    // nullptr while no client is connected: fetches then fail with a readable message.
    void setClient(SepayClient *client);
    void fetchAccounts() override;
    void fetchAccount(const QString &id) override;

private:
    QPointer<SepayClient> m_client;
};

} // namespace einvoice
