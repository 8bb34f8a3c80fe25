#include "accounttemplatesloader.h"

#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"

namespace einvoice {

void AccountTemplatesLoader::load(SepayClient *client, QObject *context, Done done)
{
    new AccountTemplatesLoader(client, context, std::move(done));
}

AccountTemplatesLoader::AccountTemplatesLoader(SepayClient *client, QObject *context, Done done)
    : QObject(client), m_client(client), m_context(context), m_done(std::move(done))
{
    ProviderAccountsJob *job = m_client->listProviderAccounts(1, 100);
    connect(job, &ApiJob::finished, this,
        [this, job] { onListed(job->succeeded() ? job->accounts() : QList<ProviderAccount>()); });
}

void AccountTemplatesLoader::onListed(const QList<ProviderAccount> &accounts)
{
    for (const ProviderAccount &account : accounts) {
        if (!account.active)
            continue;
        ++m_waiting;
        ProviderAccountJob *job = m_client->providerAccount(account.id);
        connect(job, &ApiJob::finished, this, [this, job] {
            if (job->succeeded())
                m_accounts.append(job->account());
            finishOne();
        });
    }
    if (m_waiting == 0) {
        ++m_waiting;
        finishOne();
    }
}

void AccountTemplatesLoader::finishOne()
{
    if (--m_waiting > 0)
        return;
    if (m_context)
        m_done(m_accounts);
    deleteLater();
}

} // namespace einvoice
