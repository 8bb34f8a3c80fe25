#include "apiaccountssource.h"

#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"

#include <QTimer>

namespace einvoice {

void ApiAccountsSource::setClient(SepayClient *client)
{
    m_client = client;
}

void ApiAccountsSource::fetchAccounts()
{
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(tr("Not connected to a server.")); });
        return;
    }
    // One page of up to 100 accounts: the API's maximum, far more than a company has.
    ProviderAccountsJob *job = m_client->listProviderAccounts(1, 100);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            Q_EMIT accountsFetched(job->accounts());
        else
            Q_EMIT failed(job->error().text());
    });
}

void ApiAccountsSource::fetchAccount(const QString &id)
{
    if (!m_client) {
        QTimer::singleShot(
            0, this, [this, id] { Q_EMIT accountFailed(id, tr("Not connected to a server.")); });
        return;
    }
    ProviderAccountJob *job = m_client->providerAccount(id);
    connect(job, &ApiJob::finished, this, [this, job, id] {
        if (job->succeeded())
            Q_EMIT accountFetched(job->account());
        else
            Q_EMIT accountFailed(id, job->error().text());
    });
}

} // namespace einvoice
