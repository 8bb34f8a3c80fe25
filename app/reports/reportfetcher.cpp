#include "reportfetcher.h"

#include "api/downloadjob.h"
#include "api/invoicedetailjob.h"
#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "invoices/invoicedetailfill.h"
#include "invoices/invoicesyncengine.h"
#include "ratetotalsxml.h"
#include "reportseller.h"
#include "salesreportquery.h"
#include "store/invoicecacherepository.h"
#include "store/invoicedetailrepository.h"
#include "store/localstore.h"
#include "store/reportfactsrepository.h"

namespace einvoice {

ReportFetcher::ReportFetcher(
    LocalStore &store, SepayClient *client, QString environment, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_environment(std::move(environment)), m_clock(clock)
{
}

ReportFetcher::~ReportFetcher() = default;

void ReportFetcher::start(const ReportPeriod &period, bool refreshList)
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_period = period;
    m_warnings.clear();
    m_xmlPlanned = false;
    m_done = m_total = 0;
    if (!refreshList)
        return planDetails();
    m_sync = new InvoiceSyncEngine(&m_store.invoices(), nullptr, &m_clock, this);
    m_sync->setClient(m_client, m_environment);
    connect(m_sync, &InvoiceSyncEngine::finished, this, [this](bool ok, const QString &error) {
        m_sync->deleteLater();
        m_sync = nullptr;
        ok ? fetchTemplates() : fail(error);
    });
    m_sync->start();
}

void ReportFetcher::fetchTemplates()
{
    m_seriesTemplates.clear();
    auto *job = m_client->listProviderAccounts(1, 100);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error().text());
        QStringList ids;
        for (const ProviderAccount &account : job->accounts())
            ids.append(account.id);
        fetchAccountTemplates(ids);
    });
}

// The list of accounts has no templates: one request per account.
void ReportFetcher::fetchAccountTemplates(QStringList accountIds)
{
    if (accountIds.isEmpty()) {
        if (auto s
            = ReportFactsRepository(m_store.database()).saveSeriesTemplates(m_environment, m_seriesTemplates);
            !s)
            return fail(s.error().userMessage());
        return planDetails();
    }
    auto *job = m_client->providerAccount(accountIds.takeFirst());
    connect(job, &ApiJob::finished, this, [this, job, accountIds] {
        if (!job->succeeded())
            return fail(job->error().text());
        for (const InvoiceTemplate &invoiceTemplate : job->account().templates)
            m_seriesTemplates.append({invoiceTemplate.invoiceSeries, invoiceTemplate.templateCode});
        fetchAccountTemplates(accountIds);
    });
}

void ReportFetcher::planDetails()
{
    const auto waiting = SalesReportQuery(m_store.database(), m_environment).waiting(m_period);
    if (!waiting)
        return fail(waiting.error().userMessage());
    m_details = waiting->needDetail;
    m_xml = waiting->needXml;
    m_total = int(m_details.size() + m_xml.size());
    next();
}

// After the details, the XML of the invoices they showed to mix rates (asked of the store again).
void ReportFetcher::planXml()
{
    m_xmlPlanned = true;
    const auto waiting = SalesReportQuery(m_store.database(), m_environment).waiting(m_period);
    if (!waiting)
        return fail(waiting.error().userMessage());
    m_xml = waiting->needXml;
    m_total = m_done + int(m_xml.size());
    next();
}

void ReportFetcher::next()
{
    Q_EMIT progress(m_done, m_total);
    if (!m_client)
        return fail(tr("The connection closed before the invoices were fetched."));
    if (!m_details.isEmpty())
        return fetchDetail(m_details.takeFirst());
    if (!m_xmlPlanned)
        return planXml();
    if (!m_xml.isEmpty())
        return fetchXml(m_xml.takeFirst());
    finish();
}

// Fetched now rather than waiting for the background fill, and stored by the fill's own rule
// of finality, so that the fill does not fetch a final invoice a second time.
void ReportFetcher::fetchDetail(const QString &referenceCode)
{
    auto *job = m_client->invoice(referenceCode);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error().text());
        const InvoiceDetail &detail = job->invoice();
        const QString &reference = detail.summary.referenceCode;
        const StoreResult<CachedInvoice> cached = m_store.invoices().load(m_environment, reference);
        const LocalState local = cached ? cached.value().localState : LocalState::None;
        if (auto s = m_store.details().saveDetail(m_environment, detail,
                InvoiceDetailRepository::summaryKey(detail.summary),
                InvoiceDetailFill::isFinal(detail, local), m_clock.nowUtc());
            !s)
            return fail(s.error().userMessage());
        ++m_done;
        next();
    });
}

void ReportFetcher::fetchXml(const QString &referenceCode)
{
    auto *job = m_client->download(referenceCode, FileType::Xml);
    connect(job, &ApiJob::finished, this, [this, job, referenceCode] {
        if (!job->succeeded())
            return fail(job->error().text());
        QString error;
        if (m_seller.isEmpty())
            m_seller = ReportSeller::fromInvoiceXml(job->file().content);
        const auto totals = RateTotalsXml::read(job->file().content, &error);
        if (!totals)
            m_warnings.append(tr("%1: %2").arg(referenceCode, error));
        else if (auto s
                 = ReportFactsRepository(m_store.database()).save(m_environment, referenceCode, *totals);
                 !s)
            return fail(s.error().userMessage());
        ++m_done;
        next();
    });
}

void ReportFetcher::fail(const QString &error)
{
    m_running = false;
    Q_EMIT finished(false, error);
}

void ReportFetcher::finish()
{
    m_running = false;
    Q_EMIT finished(true, QString());
}

} // namespace einvoice
