#include "batchrunner.h"

#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "batchlog.h"
#include "csvreader.h"
#include "store/outboxrepository.h"
#include "store/outboxstatemachine.h"

#include <QHash>

namespace einvoice {

BatchRunner::BatchRunner(SepayClient *client, OutboxRepository *outbox, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox)
{
}

void BatchRunner::start(const QList<BatchInvoice> &invoices, const BatchRunOptions &options)
{
    Q_ASSERT(!m_running);
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_invoices = invoices;
    m_results.clear();
    m_resume.clear();
    m_pending.clear();
    m_error.clear();
    m_active = 0;
    m_running = true;
    m_paused = false;
    m_cancelled = false;
    for (const BatchInvoice &invoice : invoices) {
        BatchItemResult result;
        result.row = invoice.firstRow;
        result.referenceCode = invoice.invoice.referenceCode;
        m_results.append(result);
        m_resume.append(std::nullopt);
    }
    planFromOutbox();
}

// Reads what earlier runs of this batch left in the outbox: the latest entry per reference code.
void BatchRunner::planFromOutbox()
{
    const auto entries = m_outbox->byBatch(m_options.batchId);
    if (!entries.ok())
        return failToStart(entries.error().userMessage());
    QHash<QString, OutboxEntry> latest;
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.environment == m_options.environment
            && (!latest.contains(entry.referenceCode) || latest.value(entry.referenceCode).id < entry.id))
            latest.insert(entry.referenceCode, entry);
    }
    int toIssue = 0;
    for (int i = 0; i < m_invoices.size(); ++i) {
        BatchItemResult &result = m_results[i];
        const auto found = latest.constFind(result.referenceCode);
        if (found == latest.constEnd() || found->state == OutboxState::Cancelled) {
            m_pending.append(i);
            ++toIssue;
            continue;
        }
        result.resumed = true;
        if (OutboxStateMachine::isUnfinished(found->state)) {
            m_resume[i] = *found;
            m_pending.append(i);
        } else {
            result.status
                = found->state == OutboxState::Succeeded ? BatchItemStatus::Done : BatchItemStatus::Failed;
            result.invoiceNumber = found->invoiceNumber;
            result.message = found->lastError;
        }
    }
    qCInfo(lcBatch) << "batch" << m_options.batchId << m_invoices.size() << "invoices," << m_pending.size()
                    << "to send or resume";
    updateCounts();
    if (m_options.checkQuota && !m_options.draft && toIssue > 0)
        checkQuotaThenRun(toIssue);
    else
        pump();
}

void BatchRunner::checkQuotaThenRun(int toIssue)
{
    m_planning = true;
    auto *job = m_client->usage();
    connect(job, &ApiJob::finished, this, [this, job, toIssue] {
        m_planning = false;
        if (!job->succeeded())
            return failToStart(tr("Could not check the remaining quota: %1").arg(job->error().text()));
        if (job->quotaRemaining() >= 0 && job->quotaRemaining() < toIssue)
            return failToStart(tr("The remaining quota (%1) is smaller than the %2 invoices to issue.")
                                   .arg(job->quotaRemaining())
                                   .arg(toIssue));
        pump();
    });
}

void BatchRunner::failToStart(const QString &message)
{
    m_error = message;
    m_pending.clear();
    m_running = false;
    qCWarning(lcBatch) << "batch not started:" << message;
    Q_EMIT finished();
}

void BatchRunner::pump()
{
    while (
        !m_paused && !m_cancelled && !m_planning && m_active < m_options.concurrency && !m_pending.isEmpty())
        launch(m_pending.takeFirst());
    finishIfIdle();
}

void BatchRunner::launch(int index)
{
    BatchTaskContext context;
    context.client = m_client;
    context.outbox = m_outbox;
    context.environment = m_options.environment;
    context.batchId = m_options.batchId;
    context.draft = m_options.draft;
    context.followUpDelayMs = m_options.followUpDelayMs;
    context.maxFollowUps = m_options.maxFollowUps;
    auto *task = new BatchTask(context, m_invoices.at(index), this);
    ++m_active;
    const BatchItemStatus before = m_results.at(index).status;
    m_results[index].status = BatchItemStatus::Sent;
    recount(before, BatchItemStatus::Sent);
    connect(task, &BatchTask::finished, this, [this, index, task] { onTaskFinished(index, task); });
    task->start(m_resume.at(index));
}

void BatchRunner::onTaskFinished(int index, BatchTask *task)
{
    const bool resumed = m_results.at(index).resumed;
    const BatchItemStatus before = m_results.at(index).status;
    m_results[index] = task->result();
    m_results[index].resumed = resumed || task->result().resumed;
    task->deleteLater();
    --m_active;
    Q_EMIT itemFinished(index);
    recount(before, m_results.at(index).status);
    pump();
}

void BatchRunner::finishIfIdle()
{
    if (!m_running || m_active > 0 || m_planning)
        return;
    if (!m_pending.isEmpty() && !m_cancelled)
        return; // paused
    for (const int index : std::as_const(m_pending)) {
        m_results[index].status = BatchItemStatus::Cancelled;
        m_results[index].message = tr("Cancelled before it was sent.");
    }
    m_pending.clear();
    m_running = false;
    updateCounts();
    Q_EMIT finished();
}

void BatchRunner::pause()
{
    m_paused = true;
}

void BatchRunner::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
}

void BatchRunner::cancel()
{
    m_cancelled = true;
    finishIfIdle();
}

int &BatchRunner::countOf(BatchCounts &counts, BatchItemStatus status)
{
    switch (status) {
    case BatchItemStatus::Queued:
        return counts.queued;
    case BatchItemStatus::Sent:
        return counts.sent;
    case BatchItemStatus::Done:
        return counts.done;
    default:
        return counts.failed;
    }
}

void BatchRunner::updateCounts()
{
    BatchCounts counts;
    for (const BatchItemResult &result : std::as_const(m_results))
        ++countOf(counts, result.status);
    setCounts(counts);
}

// One item moved from one status to another: the counts follow without a pass over all items.
void BatchRunner::recount(BatchItemStatus from, BatchItemStatus to)
{
    BatchCounts counts = m_counts;
    --countOf(counts, from);
    ++countOf(counts, to);
    setCounts(counts);
}

void BatchRunner::setCounts(const BatchCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged(counts);
}

bool BatchRunner::allSucceeded() const
{
    return m_error.isEmpty()
        && std::all_of(m_results.cbegin(), m_results.cend(),
            [](const BatchItemResult &result) { return result.status == BatchItemStatus::Done; });
}

QByteArray BatchRunner::resultsCsv() const
{
    QString text = tr("Row") + u',' + tr("Reference code") + u',' + tr("Invoice number") + u',' + tr("Status")
        + u',' + tr("Message") + QLatin1String("\r\n");
    for (const BatchItemResult &result : m_results) {
        text += QString::number(result.row) + u',' + CsvReader::quote(result.referenceCode) + u','
            + CsvReader::quote(result.invoiceNumber) + u',' + batchItemStatusName(result.status) + u','
            + CsvReader::quote(result.message) + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace einvoice
