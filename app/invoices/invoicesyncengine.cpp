#include "invoicesyncengine.h"

#include "api/sepayclient.h"
#include "core/clock.h"
#include "invoicelistmodel.h"
#include "invoiceslog.h"
#include "invoicesyncwriter.h"
#include "store/invoicecacherepository.h"

namespace einvoice {

InvoiceSyncEngine::InvoiceSyncEngine(
    InvoiceCacheRepository *cache, InvoiceListModel *model, const Clock *clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_model(model), m_clock(clock)
{
}

InvoiceSyncEngine::~InvoiceSyncEngine() = default; // the writer finishes the pages it was given

InvoiceSyncWriter *InvoiceSyncEngine::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<InvoiceSyncWriter>(m_cache->databaseFile(), *m_clock);
    return m_writer.get();
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
    m_writing = 0;
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
    if (m_model)
        m_model->refresh(); // the pages written so far
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
        return pageEnded();
    }
    if (job->listQuery().page == 1) {
        m_pageCount = qMax(1, job->paging().pageCount);
        m_total = job->paging().total;
    }
    if (job->invoices().isEmpty())
        return pageEnded();
    writePage(job->invoices());
    fillPipeline(); // the next pages are asked for while this one is written
}

// The page goes to the writer thread; storePage() follows once it is in the cache.
void InvoiceSyncEngine::writePage(const QList<InvoiceSummary> &items)
{
    ++m_writing;
    const int generation = m_generation;
    writer()->writePage(m_environment, items, this, [this, generation, items](const QString &error) {
        if (generation != m_generation) { // cancelled: the page is in the cache all the same
            if (m_model && error.isEmpty())
                m_model->refreshSoon();
            return;
        }
        --m_writing;
        if (!error.isEmpty() && m_error.isEmpty())
            m_error = error;
        if (error.isEmpty())
            storePage(items);
        pageEnded();
    });
}

void InvoiceSyncEngine::pageEnded()
{
    ++m_pagesDone;
    if (m_pageCount > 0)
        Q_EMIT progress(m_pagesDone, m_pageCount);
    if (m_pageCount == 0) // the first page failed: nothing more to ask
        return fail(m_error);
    fillPipeline();
    if (m_inFlight == 0 && m_writing == 0 && m_nextPage > m_pageCount)
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

// The page is in the cache: the model follows.
void InvoiceSyncEngine::storePage(const QList<InvoiceSummary> &items)
{
    for (const InvoiceSummary &summary : items)
        m_seen.insert(summary.referenceCode);
    if (m_model)
        m_model->refreshSoon();
}

void InvoiceSyncEngine::complete()
{
    const int generation = m_generation;
    const QDateTime now = m_clock->nowUtc();
    writer()->completeSync(m_environment, m_seen.size() == m_total, m_seen, now, this,
        [this, generation, now](const StoreResult<QStringList> &removed) {
            if (generation != m_generation)
                return;
            if (removed)
                removeDeletedDrafts(removed.value());
            else
                qCWarning(lcInvoices)
                    << "could not complete the sync in the cache:" << removed.error().toString();
            succeed(now);
        });
}

// A draft deleted on the server (POST /v1/invoices/delete) disappears from the list; only drafts
// can vanish, and only when this app has no job running for them (the writer removed them from
// the cache, with the time of the sync).
void InvoiceSyncEngine::removeDeletedDrafts(const QStringList &removed)
{
    if (m_model && !removed.isEmpty())
        m_model->refreshSoon();
}

void InvoiceSyncEngine::succeed(const QDateTime &whenUtc)
{
    m_running = false;
    if (m_model)
        m_model->refresh(); // the last pages' rows at once, not after the gathering delay
    Q_EMIT lastSyncChanged(whenUtc);
    Q_EMIT finished(true, QString());
}

void InvoiceSyncEngine::fail(const QString &error)
{
    m_running = false;
    if (m_model)
        m_model->refresh(); // the pages written before the failure stay and show
    ++m_generation;
    Q_EMIT finished(false, error.isEmpty() ? tr("The invoice list could not be read.") : error);
}

std::optional<QDateTime> InvoiceSyncEngine::lastSync() const
{
    const StoreResult<std::optional<QDateTime>> when = m_cache->lastSync(m_environment);
    return when ? when.value() : std::nullopt;
}

} // namespace einvoice
