#include "invoicedetailfill.h"

#include "api/apiconnection.h"
#include "api/invoicedetailjob.h"
#include "api/requestqueue.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "invoicelistmodel.h"
#include "invoiceslog.h"
#include "store/invoicecacherepository.h"
#include "store/invoicedetailrepository.h"

namespace einvoice {

namespace {

constexpr int UserWorkPollMs = 250; // how often a paused fill looks whether the user's requests ended

bool isFinalProviderStatus(const QString &status)
{
    return status == QLatin1String("4") || status == QLatin1String("6") || status == QLatin1String("9");
}

} // namespace

InvoiceDetailFill::InvoiceDetailFill(
    InvoiceCacheRepository *cache, InvoiceDetailRepository *details, const Clock *clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_details(details), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InvoiceDetailFill::step);
}

InvoiceDetailFill::~InvoiceDetailFill()
{
    stop();
}

bool InvoiceDetailFill::isFinal(const InvoiceDetail &detail, LocalState localState)
{
    if (localState == LocalState::Pending)
        return false;
    switch (detail.summary.status) {
    case InvoiceStatus::Draft:
        return false;
    case InvoiceStatus::Cancelled:
        return true;
    case InvoiceStatus::Issued:
        return isFinalProviderStatus(detail.providerStatus);
    }
    return false;
}

void InvoiceDetailFill::setClient(SepayClient *client, const QString &environment)
{
    stop();
    m_client = client;
    m_environment = environment;
    if (client)
        start();
}

void InvoiceDetailFill::setRate(int requestsPerSecond)
{
    m_rate = qMax(1, requestsPerSecond);
}

void InvoiceDetailFill::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = qMax(1, firstMs);
    m_maxBackoffMs = qMax(m_firstBackoffMs, maxMs);
}

void InvoiceDetailFill::start()
{
    if (!m_client)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    beginPass();
}

void InvoiceDetailFill::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_again = false;
    m_timer.stop();
    m_queue.clear();
    if (InvoiceDetailJob *job = m_job) {
        m_job = nullptr; // its finished() is ignored
        job->cancel();
    }
    if (wasRunning) {
        m_total = m_done = 0;
        Q_EMIT progress(0, 0);
    }
}

void InvoiceDetailFill::beginPass()
{
    const StoreResult<QList<DetailWorkItem>> work = m_details->needingDetail(m_environment);
    if (!work) {
        qCWarning(lcInvoices) << "detail fill: cannot read its work:" << work.error().toString();
        return;
    }
    m_queue.clear();
    for (const DetailWorkItem &item : work.value())
        m_queue.append(item.referenceCode);
    m_tries.clear();
    m_total = int(m_queue.size());
    m_done = m_stored = m_leftOver = 0;
    m_failuresInRow = 0;
    if (m_queue.isEmpty()) {
        Q_EMIT passFinished(0, 0);
        return;
    }
    qCInfo(lcInvoices) << "detail fill:" << m_total << "invoices to fetch in" << m_environment;
    m_running = true;
    reportProgress();
    step();
}

void InvoiceDetailFill::endPass()
{
    m_running = false;
    qCInfo(lcInvoices) << "detail fill: pass ended," << m_stored << "stored," << m_leftOver << "left over";
    Q_EMIT passFinished(m_stored, m_leftOver);
    if (m_again) {
        m_again = false;
        beginPass();
    }
    if (!m_running) {
        m_total = m_done = 0;
        Q_EMIT progress(0, 0);
    }
}

void InvoiceDetailFill::step()
{
    if (!m_running || m_job)
        return;
    if (!m_client) {
        stop();
        return;
    }
    if (m_queue.isEmpty()) {
        endPass();
        return;
    }
    if (userWorkPending()) {
        m_timer.start(UserWorkPollMs);
        return;
    }
    if (const int wait = waitBeforeNextMs(); wait > 0) {
        m_timer.start(wait);
        return;
    }
    fetch(m_queue.takeFirst());
}

// The user's requests (the list's refresh, an opened invoice, a download, an issue) are on the
// wire or waiting for a slot: the fill lets them pass.
bool InvoiceDetailFill::userWorkPending() const
{
    const RequestQueue *queue = m_client->connection()->queue();
    return queue->running() > 0 || queue->queued() > 0;
}

int InvoiceDetailFill::waitBeforeNextMs() const
{
    int wait = 0;
    if (m_sinceLastRequest.isValid())
        wait = int(1000 / m_rate - m_sinceLastRequest.elapsed());
    if (m_failuresInRow > 0 && m_sinceFailure.isValid()) {
        const int shift = qMin(m_failuresInRow - 1, 16);
        const qint64 backoff = qMin<qint64>(qint64(m_firstBackoffMs) << shift, m_maxBackoffMs);
        wait = qMax(wait, int(backoff - m_sinceFailure.elapsed()));
    }
    return wait;
}

void InvoiceDetailFill::fetch(const QString &referenceCode)
{
    m_sinceLastRequest.start();
    InvoiceDetailJob *job = m_client->invoice(referenceCode);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, referenceCode] { onFetched(job, referenceCode); });
}

void InvoiceDetailFill::onFetched(InvoiceDetailJob *job, const QString &referenceCode)
{
    if (job != m_job)
        return; // stopped meanwhile
    m_job = nullptr;
    if (job->succeeded()) {
        m_failuresInRow = 0;
        store(job->invoice());
        ++m_done;
    } else {
        onFailed(referenceCode, job->error());
    }
    reportProgress();
    m_timer.start(0);
}

void InvoiceDetailFill::onFailed(const QString &referenceCode, const ApiError &error)
{
    const bool passing = error.isTransient() || error.kind == ApiError::Kind::Busy;
    if (error.isNotFound()) { // deleted on the server: the next sync drops it from the cache
        ++m_done;
        return;
    }
    if (!passing) {
        // 401 after a fresh token, 403, an answer it cannot read: no use trying the others now.
        qCWarning(lcInvoices) << "detail fill stopped at" << referenceCode << ":" << error.kindName()
                              << error.httpStatus << error.code;
        m_leftOver += int(m_queue.size()) + 1;
        m_queue.clear();
        return;
    }
    ++m_failuresInRow;
    m_sinceFailure.start();
    if (++m_tries[referenceCode] < MaxTriesPerPass) {
        m_queue.append(referenceCode);
        return;
    }
    ++m_done;
    ++m_leftOver;
}

void InvoiceDetailFill::store(const InvoiceDetail &detail)
{
    const QString &reference = detail.summary.referenceCode;
    const StoreResult<CachedInvoice> before = m_cache->load(m_environment, reference);
    const LocalState local = before ? before.value().localState : LocalState::None;
    const StoreStatus saved = m_details->saveDetail(m_environment, detail,
        InvoiceDetailRepository::summaryKey(detail.summary), isFinal(detail, local), m_clock->nowUtc());
    if (!saved) {
        qCWarning(lcInvoices) << "detail fill: not stored:" << saved.error().toString();
        ++m_leftOver;
        return;
    }
    ++m_stored;
    if (before)
        noteStatusChange(before.value(), detail);
    if (const StoreResult<CachedInvoice> after = m_cache->load(m_environment, reference))
        Q_EMIT detailStored(m_environment, InvoiceListModel::rowFromCached(after.value()));
}

void InvoiceDetailFill::noteStatusChange(const CachedInvoice &before, const InvoiceDetail &detail)
{
    if (detail.summary.status != InvoiceStatus::Issued || before.providerStatus.isEmpty()
        || detail.providerStatus.isEmpty() || before.providerStatus == detail.providerStatus)
        return;
    qCInfo(lcInvoices) << "provider status of" << detail.summary.referenceCode << "changed from"
                       << before.providerStatus << "to" << detail.providerStatus;
    Q_EMIT providerStatusChanged(detail.summary.referenceCode, before.providerStatus, detail.providerStatus);
}

void InvoiceDetailFill::reportProgress()
{
    Q_EMIT progress(m_done, m_total);
}

} // namespace einvoice
