#include "invoicesyncengine.h"

#include "api/sepayclient.h"
#include "core/clock.h"
#include "invoicelistmodel.h"
#include "invoiceslog.h"
#include "store/invoicecacherepository.h"

namespace einvoice {

InvoiceSyncEngine::InvoiceSyncEngine(
    InvoiceCacheRepository *cache, InvoiceListModel *model, const Clock *clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_model(model), m_clock(clock)
{
}

void InvoiceSyncEngine::setClient(SepayClient *client, const QString &environment)
{
    cancel();
    m_client = client;
    m_environment = environment;
}

bool InvoiceSyncEngine::start()
{
    if (m_running || !m_client)
        return false;
    m_running = true;
    ++m_generation;
    m_pageCount = 0;
    m_total = 0;
    m_nextPage = 2;
    m_inFlight = 0;
    m_pagesDone = 0;
    m_seen.clear();
    m_error.clear();
    Q_EMIT started();
    requestPage(1);
    return true;
}

void InvoiceSyncEngine::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // answers of the cancelled run are ignored
    m_running = false;
    Q_EMIT finished(false, tr("The refresh was cancelled."));
}

void InvoiceSyncEngine::requestPage(int page)
{
    InvoiceListQuery query;
    query.page = page;
    query.perPage = PageSize;
    InvoiceListJob *job = m_client->listInvoices(query);
    ++m_inFlight;
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation == m_generation)
            onPage(job);
    });
}

void InvoiceSyncEngine::onPage(InvoiceListJob *job)
{
    --m_inFlight;
    if (!job->succeeded()) {
        qCWarning(lcInvoices) << "invoice list page" << job->listQuery().page
                              << "failed:" << job->error().text();
        if (m_error.isEmpty())
            m_error = job->error().text();
    } else {
        if (job->listQuery().page == 1) {
            m_pageCount = qMax(1, job->paging().pageCount);
            m_total = job->paging().total;
        }
        storePage(job->invoices());
    }
    ++m_pagesDone;
    if (m_pageCount > 0)
        Q_EMIT progress(m_pagesDone, m_pageCount);
    if (m_pageCount == 0) // the first page failed: nothing more to ask
        return fail(m_error);
    fillPipeline();
    if (m_inFlight == 0 && m_nextPage > m_pageCount)
        m_error.isEmpty() ? complete() : fail(m_error);
}

void InvoiceSyncEngine::fillPipeline()
{
    const int limit = m_maxParallel > 0 ? m_maxParallel : qMax(1, m_client->options().maxConcurrent);
    while (m_error.isEmpty() && m_inFlight < limit && m_nextPage <= m_pageCount && m_client)
        requestPage(m_nextPage++);
    if (!m_error.isEmpty())
        m_nextPage = m_pageCount + 1; // stop asking after a failure; let running pages land
}

void InvoiceSyncEngine::storePage(const QList<InvoiceSummary> &items)
{
    if (items.isEmpty())
        return;
    if (const StoreResult<UpsertCounts> stored = m_cache->upsertPage(m_environment, items); !stored) {
        if (m_error.isEmpty())
            m_error = stored.error().userMessage();
        return;
    }
    QList<CachedInvoiceRow> rows;
    rows.reserve(items.size());
    for (const InvoiceSummary &summary : items) {
        m_seen.insert(summary.referenceCode);
        if (!m_model)
            continue;
        const int known = m_model->rowOf(summary.referenceCode);
        rows.append(
            InvoiceListModel::rowFromSummary(summary, known >= 0 ? &m_model->invoiceAt(known) : nullptr));
    }
    if (m_model)
        m_model->upsertRows(rows);
}

void InvoiceSyncEngine::complete()
{
    m_running = false;
    if (m_seen.size() == m_total)
        removeDeletedDrafts();
    const QDateTime now = m_clock->nowUtc();
    if (const StoreStatus status = m_cache->setLastSync(m_environment, now); !status)
        qCWarning(lcInvoices) << "could not store the sync time:" << status.error().toString();
    Q_EMIT lastSyncChanged(now);
    Q_EMIT finished(true, QString());
}

// A draft deleted on the server (POST /v1/invoices/delete) disappears from the list; only drafts
// can vanish, and only when this app has no job running for them.
void InvoiceSyncEngine::removeDeletedDrafts()
{
    const StoreResult<QList<CachedInvoiceRow>> rows = m_cache->loadRows(m_environment);
    if (!rows)
        return;
    for (const CachedInvoiceRow &row : rows.value()) {
        if (m_seen.contains(row.referenceCode) || row.status != InvoiceStatus::Draft
            || row.localState == LocalState::Pending)
            continue;
        if (m_cache->remove(m_environment, row.referenceCode) && m_model)
            m_model->removeReference(row.referenceCode);
    }
}

void InvoiceSyncEngine::fail(const QString &error)
{
    m_running = false;
    ++m_generation;
    Q_EMIT finished(false, error.isEmpty() ? tr("The invoice list could not be read.") : error);
}

std::optional<QDateTime> InvoiceSyncEngine::lastSync() const
{
    const StoreResult<std::optional<QDateTime>> when = m_cache->lastSync(m_environment);
    return when ? when.value() : std::nullopt;
}

} // namespace einvoice
