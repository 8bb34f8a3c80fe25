#include "sepayclient.h"

#include "apiconnection.h"
#include "createinvoiceoperation.h"
#include "deletedraftjob.h"
#include "downloadjob.h"
#include "invoicedetailjob.h"
#include "issueinvoiceoperation.h"
#include "jobpoller.h"
#include "logging/logredactor.h"
#include "provideraccountjob.h"
#include "provideraccountsjob.h"
#include "tokenmanager.h"
#include "usagejob.h"

#include <QMetaObject>

namespace einvoice {

SepayClient::SepayClient(const Environment &environment, const ClientOptions &options, QObject *parent,
    QNetworkAccessManager *nam, const Clock *clock)
    : QObject(parent), m_connection(new ApiConnection(environment, options, clock, nam, this))
{
}

SepayClient::~SepayClient() = default;

const Environment &SepayClient::environment() const
{
    return m_connection->environment();
}

const ClientOptions &SepayClient::options() const
{
    return m_connection->options();
}

void SepayClient::setCredentials(const Credentials &credentials)
{
    // Every secret the app uses passes here: from now on no log line can carry it.
    LogRedactor::addSecret(credentials.clientSecret);
    m_connection->tokens()->setCredentials(credentials);
}

bool SepayClient::hasCredentials() const
{
    return m_connection->tokens()->hasCredentials();
}

TokenManager *SepayClient::tokens() const
{
    return m_connection->tokens();
}

template<typename T> T *SepayClient::scheduled(T *task)
{
    QMetaObject::invokeMethod(task, &T::start, Qt::QueuedConnection);
    return task;
}

template<typename T> T *SepayClient::counted(T *operation)
{
    trackInvoiceWork(operation, operation->referenceCode());
    return scheduled(operation);
}

void SepayClient::trackInvoiceWork(QObject *work, const QString &referenceCode)
{
    if (m_inProgress[referenceCode]++ == 0)
        Q_EMIT invoiceOperationsChanged(runningInvoiceOperations());
    // An operation deletes itself after finished(); a client torn down first takes it along.
    connect(work, &QObject::destroyed, this, [this, referenceCode] {
        auto it = m_inProgress.find(referenceCode);
        if (it == m_inProgress.end() || --*it > 0)
            return;
        m_inProgress.erase(it);
        Q_EMIT invoiceOperationsChanged(runningInvoiceOperations());
    });
}

ProviderAccountsJob *SepayClient::listProviderAccounts(int page, int perPage)
{
    return scheduled(new ProviderAccountsJob(m_connection, page, perPage, this));
}

ProviderAccountJob *SepayClient::providerAccount(const QString &id)
{
    return scheduled(new ProviderAccountJob(m_connection, id, this));
}

CreateInvoiceOperation *SepayClient::createInvoice(const Invoice &invoice, bool wait)
{
    return counted(new CreateInvoiceOperation(m_connection, invoice, wait, this));
}

IssueInvoiceOperation *SepayClient::issueInvoice(const QString &referenceCode, bool wait)
{
    return counted(new IssueInvoiceOperation(m_connection, referenceCode, wait, this));
}

JobStatusJob *SepayClient::jobStatus(JobKind kind, const QString &trackingCode)
{
    return scheduled(new JobStatusJob(m_connection, kind, trackingCode, this));
}

JobPoller *SepayClient::pollJob(JobKind kind, const QString &trackingCode)
{
    return scheduled(new JobPoller(m_connection, kind, trackingCode, options().polling, this));
}

InvoiceListJob *SepayClient::listInvoices(const InvoiceListQuery &query)
{
    return scheduled(new InvoiceListJob(m_connection, query, this));
}

InvoiceDetailJob *SepayClient::invoice(const QString &referenceCode)
{
    return scheduled(new InvoiceDetailJob(m_connection, referenceCode, this));
}

DownloadJob *SepayClient::download(const QString &referenceCode, FileType type)
{
    return scheduled(new DownloadJob(m_connection, referenceCode, type, this));
}

DeleteDraftJob *SepayClient::deleteDraft(const QString &referenceCode)
{
    return scheduled(new DeleteDraftJob(m_connection, referenceCode, this));
}

UsageJob *SepayClient::usage()
{
    return scheduled(new UsageJob(m_connection, this));
}

} // namespace einvoice
