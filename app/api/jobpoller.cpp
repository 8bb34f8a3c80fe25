#include "jobpoller.h"

#include "apiconnection.h"
#include "core/clock.h"

#include <algorithm>

namespace einvoice {

JobPoller::JobPoller(ApiConnection *connection, JobKind kind, const QString &trackingCode,
    const PollingOptions &options, QObject *parent)
    : QObject(parent),
      m_connection(connection),
      m_kind(kind),
      m_trackingCode(trackingCode),
      m_options(options),
      m_intervalMs(std::max(1, options.initialIntervalMs))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobPoller::tick);
}

void JobPoller::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startedAt = m_connection->clock().nowUtc();
    tick(); // the job may already be done: look at once
}

void JobPoller::setCheckPath(const QString &path, const QUrlQuery &query)
{
    m_checkPath = path;
    m_checkQuery = query;
}

void JobPoller::cancel()
{
    if (m_inFlight)
        m_inFlight->cancel();
    finish(ApiError::cancelled());
}

qint64 JobPoller::elapsedMs() const
{
    return m_startedAt.msecsTo(m_connection->clock().nowUtc());
}

void JobPoller::tick()
{
    if (m_finished || m_inFlight)
        return; // in-flight guard: never two checks at once
    if (elapsedMs() >= m_options.overallTimeoutMs) {
        finish(ApiError::timeout(tr("the job was still pending after %1 s").arg(elapsedMs() / 1000)));
        return;
    }
    auto *job = new JobStatusJob(m_connection, m_kind, m_trackingCode, this);
    if (!m_checkPath.isEmpty())
        job->setCheckPath(m_checkPath, m_checkQuery);
    m_inFlight = job;
    connect(job, &ApiJob::finished, this, [this, job] { onChecked(job); });
    job->start();
}

void JobPoller::onChecked(JobStatusJob *job)
{
    m_inFlight = nullptr;
    if (m_finished)
        return;
    ++m_checks;
    if (!job->succeeded()) {
        if (job->error().isTransient())
            scheduleNext(false);
        else
            finish(job->error());
        return;
    }
    const bool changed = m_checks == 1 || job->state().status != m_state.status;
    m_state = job->state();
    Q_EMIT progress(m_state, m_checks, elapsedMs());
    if (m_state.status == JobStatus::Success || m_state.status == JobStatus::Failed)
        finish(ApiError());
    else
        scheduleNext(changed);
}

void JobPoller::scheduleNext(bool changed)
{
    if (!changed && m_checks > 1)
        m_intervalMs = std::min(m_options.maxIntervalMs, int(m_intervalMs * m_options.factor));
    const qint64 remaining = m_options.overallTimeoutMs - elapsedMs();
    m_timer.start(int(std::clamp<qint64>(remaining, 0, m_intervalMs)));
}

void JobPoller::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timer.stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace einvoice
