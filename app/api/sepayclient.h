#pragma once

#include "apierror.h"
#include "clientoptions.h"
#include "core/invoice.h"
#include "credentials.h"
#include "environment.h"
#include "invoicelistjob.h"
#include "jobstatusjob.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace einvoice {

class ApiConnection;
class Clock;
class CreateInvoiceOperation;
class DeleteDraftJob;
class DownloadJob;
class InvoiceDetailJob;
class IssueInvoiceOperation;
class JobPoller;
class ProviderAccountJob;
class ProviderAccountsJob;
class TokenManager;
class UsageJob;

// The SePay eInvoice API for one environment: the object the GUI and the CLI create.
//
// Every call returns a new job or operation that is already scheduled: it starts when control
// returns to the event loop, so connect to its finished() signal right away. Each emits
// finished() exactly once and then deletes itself (deleteLater), so read its results inside the
// slot. Errors are typed (ApiError). Secrets stay inside the token manager.
//
//     auto *job = client->invoice(QStringLiteral("ORDER-1"));
//     connect(job, &ApiJob::finished, this, [job] {
//         if (job->succeeded()) use(job->invoice()); else show(job->error().text());
//     });
class SepayClient : public QObject
{
    Q_OBJECT

public:
    // nam and clock are optional (own manager, system clock) and must outlive the client.
    explicit SepayClient(const Environment &environment, const ClientOptions &options = ClientOptions(),
        QObject *parent = nullptr, QNetworkAccessManager *nam = nullptr, const Clock *clock = nullptr);
    ~SepayClient() override;

    const Environment &environment() const;
    const ClientOptions &options() const;
    void setCredentials(const Credentials &credentials); // drops the cached token
    bool hasCredentials() const;
    TokenManager *tokens() const; // token state and signals (tokenRefreshed, authenticationFailed)
    ApiConnection *connection() const { return m_connection; }

    ProviderAccountsJob *listProviderAccounts(int page = 1, int perPage = 20);
    ProviderAccountJob *providerAccount(const QString &id);
    // Validates, fixes the reference code (generated when empty), then creates exactly once.
    CreateInvoiceOperation *createInvoice(const Invoice &invoice, bool wait);
    IssueInvoiceOperation *issueInvoice(const QString &referenceCode, bool wait);
    JobStatusJob *jobStatus(JobKind kind, const QString &trackingCode);
    JobPoller *pollJob(JobKind kind, const QString &trackingCode);
    InvoiceListJob *listInvoices(const InvoiceListQuery &query = InvoiceListQuery());
    InvoiceDetailJob *invoice(const QString &referenceCode);
    DownloadJob *download(const QString &referenceCode, FileType type);
    DeleteDraftJob *deleteDraft(const QString &referenceCode);
    UsageJob *usage();

    // Invoices being created or issued: their operations (also while they wait between job
    // polls) and the work that follows them up (trackInvoiceWork), one per reference code. The
    // status bar and the usage page both show this number as the running jobs.
    int runningInvoiceOperations() const { return int(m_inProgress.size()); }
    // Counts work on the invoice with this reference code until work is destroyed.
    void trackInvoiceWork(QObject *work, const QString &referenceCode);

Q_SIGNALS:
    void invoiceOperationsChanged(int running);

private:
    template<typename T> T *scheduled(T *task);
    template<typename T> T *counted(T *operation);

    ApiConnection *m_connection;
    QHash<QString, int> m_inProgress; // reference code -> operations and work on it
};

} // namespace einvoice
