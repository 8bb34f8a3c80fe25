#include "correctionaccountfinder.h"

#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"
#include "core/correctionreference.h"

namespace einvoice {

CorrectionAccountFinder::CorrectionAccountFinder(SepayClient *client, QString series, QObject *parent)
    : QObject(parent), m_client(client), m_series(std::move(series))
{
}

void CorrectionAccountFinder::start()
{
    if (!m_client) {
        Q_EMIT failed(tr("Not connected: the provider account of the invoice cannot be read."));
        return;
    }
    auto *job = m_client->listProviderAccounts(1, 100);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (jobFailed(job))
            return;
        for (const ProviderAccount &account : job->accounts()) {
            if (account.active)
                m_accounts.append(account.id);
        }
        nextAccount();
    });
}

void CorrectionAccountFinder::nextAccount()
{
    if (m_accounts.isEmpty() || !m_client) {
        Q_EMIT failed(tr("No active provider account has the series %1 of this invoice.").arg(m_series));
        return;
    }
    auto *job = m_client->providerAccount(m_accounts.takeFirst());
    connect(job, &ApiJob::finished, this, [this, job] {
        if (jobFailed(job))
            return;
        const QString templateCode = templateCodeOfSeries(job->account().templates, m_series);
        if (templateCode.isEmpty())
            return nextAccount();
        Q_EMIT found(job->account().id, templateCode);
    });
}

bool CorrectionAccountFinder::jobFailed(ApiJob *job)
{
    if (job->succeeded())
        return false;
    Q_EMIT failed(tr("The provider accounts could not be read: %1").arg(job->error().text()));
    return true;
}

} // namespace einvoice
