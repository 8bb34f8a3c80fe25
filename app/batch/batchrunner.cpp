#include "batchrunner.h"

#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "batchhistory.h"
#include "batchlog.h"
#include "batchplanthread.h"
#include "csvreader.h"
#include "store/batchidentityrepository.h"
#include "store/outboxrepository.h"

namespace einvoice {

BatchRunner::BatchRunner(
    SepayClient *client, OutboxRepository *outbox, BatchIdentityRepository *identities, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox), m_identities(identities)
{
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::reset(
    const BatchSource &source, const QString &environment, bool draft, const BatchRunOptions &options)
{
    Q_ASSERT(!m_running);
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_source = source;
    m_environment = environment;
    m_draft = draft;
    m_runId = 0;
    m_invoices.clear();
    m_results.clear();
    m_entries.clear();
    m_drafts.clear();
    m_pending.clear();
    m_order.clear();
    m_inFlight.clear();
    m_error.clear();
    m_startFailure = BatchFailure::None;
    m_stopped = BatchFailure::None;
    m_running = true;
    m_paused = false;
    m_cancelled = false;
}

void BatchRunner::addItem(const BatchInvoice &invoice, const std::optional<OutboxEntry> &entry,
    const BatchItemResult &result, bool draft)
{
    if (entry)
        m_pending.append(int(m_invoices.size()));
    m_invoices.append(invoice);
    m_entries.append(entry);
    m_results.append(result);
    m_drafts.append(draft);
    const Invoice &body = invoice.invoice;
    m_order.add({body.providerAccountId + u'/' + body.templateCode + u'/' + body.invoiceSeries,
        body.issuedAt.date(), !draft});
}

void BatchRunner::start(const BatchPlan &plan, const BatchRunOptions &options)
{
    reset(plan.source, plan.environment, plan.draft, options);
    m_plan = plan;
    const int toIssue = plan.toIssue();
    if (m_options.checkQuota && toIssue > 0)
        checkQuotaThenRun(toIssue);
    else
        writePlanAndSend();
}

// The plan is written (one transaction) on the plan thread while this thread's event loop runs;
// nothing is sent before it is committed. Cancelled meanwhile: it is rolled back, or, committed
// already, its entries are cancelled unsent.
void BatchRunner::writePlanAndSend()
{
    m_planning = true;
    if (!m_planThread)
        m_planThread
            = std::make_unique<BatchPlanThread>(m_identities->database().filePath(), m_identities->clock());
    m_stopWriting = std::make_shared<std::atomic_bool>(m_cancelled);
    m_planThread->write(m_plan, m_stopWriting, this,
        [this](const StoreResult<BatchPlanWriter::Written> &written) { onPlanWritten(written); });
}

void BatchRunner::onPlanWritten(const StoreResult<BatchPlanWriter::Written> &written)
{
    m_stopWriting.reset();
    if (!written && !m_cancelled) {
        m_planning = false;
        return failToStart(written.error().userMessage(), BatchFailure::Store);
    }
    m_runId = written ? written->runId : 0;
    m_written = written ? std::optional(written.value()) : std::nullopt;
    m_invoices.reserve(m_plan.items.size());
    m_entries.reserve(m_plan.items.size());
    m_results.reserve(m_plan.items.size());
    m_drafts.reserve(m_plan.items.size());
    takeWrittenItems(0);
}

// The plan's items are taken a thousand at a time, each thousand in a turn of the event loop of
// its own: ten thousand at once held the UI thread for 40 to 80 ms. Nothing is sent before the
// last is taken (m_planning); a cancel meanwhile is seen by pump() then.
void BatchRunner::takeWrittenItems(int from)
{
    const int to = int(qMin(m_plan.items.size(), qsizetype(from) + ItemsPerTurn));
    for (int i = from; i < to; ++i) {
        const PlannedInvoice &item = m_plan.items.at(i);
        addItem(item.invoice, m_written ? m_written->entries.at(i) : std::nullopt, resultOf(item), m_draft);
        if (!m_written && item.sends())
            m_pending.append(i); // not written: closePending() reports it cancelled
    }
    if (to < m_plan.items.size()) {
        QMetaObject::invokeMethod(
            this, [this, to] { takeWrittenItems(to); }, Qt::QueuedConnection);
        return;
    }
    m_planning = false;
    m_written.reset();
    qCInfo(lcBatch) << "batch" << m_source.key << m_plan.items.size() << "invoices," << m_pending.size()
                    << "to send or follow up";
    m_plan = BatchPlan();
    m_order.sortByDate(m_pending);
    updateCounts();
    pump();
}

BatchItemResult BatchRunner::resultOf(const PlannedInvoice &item) const
{
    BatchItemResult result;
    result.row = item.invoice.firstRow;
    result.key = item.invoice.key;
    result.referenceCode = item.invoice.invoice.referenceCode;
    result.resumed = item.action == PlanAction::Resume;
    if (item.action == PlanAction::Done) {
        result.status = BatchItemStatus::Done;
        result.earlier = true;
        result.invoiceNumber = item.earlierNumber;
        result.message = tr("Done in an earlier run; nothing was sent.");
    } else if (item.action == PlanAction::Drop) {
        result.status = BatchItemStatus::Cancelled;
        result.message = tr("Its row is no longer in the file: not sent.");
    } else if (item.action == PlanAction::Skip || item.action == PlanAction::Conflict) {
        result.status = BatchItemStatus::Skipped;
        result.failure = item.action == PlanAction::Conflict ? BatchFailure::Conflict : BatchFailure::None;
        result.message
            = tr("Not sent: %1").arg(item.skipReason.isEmpty() ? m_plan.conflictText(item) : item.skipReason);
    }
    return result;
}

void BatchRunner::continueEntries(
    const QString &environment, const QList<UnfinishedEntry> &entries, const BatchRunOptions &options)
{
    reset(BatchSource(), environment, true, options);
    for (const UnfinishedEntry &unfinished : entries) {
        BatchItemResult result;
        result.row = unfinished.entry.batchRow.value_or(0);
        result.key = unfinished.key;
        result.referenceCode = unfinished.entry.referenceCode;
        result.resumed = true;
        BatchInvoice invoice = BatchHistory::invoiceOf(unfinished.entry);
        invoice.key = unfinished.key;
        addItem(invoice, unfinished.entry, result, unfinished.draft);
    }
    qCInfo(lcBatch) << "continuing" << entries.size() << "unfinished entries";
    m_order.sortByDate(m_pending);
    updateCounts();
    pump();
}

void BatchRunner::checkQuotaThenRun(int toIssue)
{
    m_planning = true;
    auto *job = m_client->usage();
    connect(job, &ApiJob::finished, this, [this, job, toIssue] {
        m_planning = false;
        if (!job->succeeded()) {
            const BatchFailure why
                = job->error().isAuthenticationFailure() ? BatchFailure::Auth : BatchFailure::Network;
            return failToStart(tr("Could not check the remaining quota: %1").arg(job->error().text()), why);
        }
        if (job->quotaRemaining() >= 0 && job->quotaRemaining() < toIssue)
            return failToStart(tr("The remaining quota (%1) is smaller than the %2 invoices to issue.")
                                   .arg(job->quotaRemaining())
                                   .arg(toIssue),
                BatchFailure::Quota);
        writePlanAndSend();
    });
}

// Nothing was written and nothing sent.
void BatchRunner::failToStart(const QString &message, BatchFailure failure)
{
    m_error = message;
    m_startFailure = failure;
    m_plan = BatchPlan();
    m_running = false;
    updateCounts();
    // Not a warning: an expected end (quota, a busy server) that finished() reports to the page
    // and the CLI, which say it once.
    qCInfo(lcBatch) << "batch not started:" << message;
    Q_EMIT finished();
}

void BatchRunner::pump()
{
    while (!m_paused && !m_cancelled && m_stopped == BatchFailure::None && !m_planning
        && m_inFlight.size() < m_options.concurrency) {
        const qsizetype next = m_order.nextStartable(m_pending, m_inFlight);
        if (next < 0)
            break; // the next ones wait for an earlier date of their series to finish
        launch(m_pending.takeAt(next));
    }
    finishIfIdle();
}

void BatchRunner::launch(int index)
{
    BatchTaskContext context;
    context.client = m_client;
    context.outbox = m_outbox;
    context.identities = m_identities;
    context.environment = m_environment;
    context.batchId = m_source.key;
    context.draft = m_drafts.at(index);
    context.followUpDelayMs = m_options.followUpDelayMs;
    context.maxFollowUps = m_options.maxFollowUps;
    auto *task = new BatchTask(context, m_invoices.at(index), this);
    m_inFlight.append(index);
    const BatchItemStatus before = m_results.at(index).status;
    m_results[index].status = BatchItemStatus::Sent;
    recount(before, BatchItemStatus::Sent);
    connect(task, &BatchTask::finished, this, [this, index, task] { onTaskFinished(index, task); });
    task->start(m_entries.at(index), m_results.at(index).resumed);
}

void BatchRunner::onTaskFinished(int index, BatchTask *task)
{
    const BatchItemResult before = m_results.at(index);
    m_results[index] = task->result();
    m_results[index].key = before.key;
    m_results[index].resumed = before.resumed || task->result().resumed;
    task->deleteLater();
    m_inFlight.removeOne(index);
    const BatchFailure failure = m_results.at(index).failure;
    if (failure == BatchFailure::Quota || failure == BatchFailure::Busy || failure == BatchFailure::Auth)
        stopSending(failure);
    Q_EMIT itemFinished(index);
    recount(before.status, m_results.at(index).status);
    pump();
}

// Every following request would meet the same answer: send no more, keep the rest for later.
void BatchRunner::stopSending(BatchFailure why)
{
    if (m_stopped != BatchFailure::None || m_pending.isEmpty())
        return;
    m_stopped = why;
    qCWarning(lcBatch) << m_pending.size() << "invoices not sent: sending stopped";
}

void BatchRunner::closePending()
{
    QString message;
    if (m_stopped == BatchFailure::Quota)
        message = tr("Not sent: the quota is used up. It stays in the outbox for the next run.");
    else if (m_stopped == BatchFailure::Busy)
        message = tr("Not sent: the server asked to wait. It stays in the outbox for the next run.");
    else if (m_stopped == BatchFailure::Auth)
        message
            = tr("Not sent: the server refused the credentials. It stays in the outbox for the next run.");
    else
        message = tr("Cancelled before it was sent.");
    // One commit for all the cancels: thousands of them one by one froze the page for minutes.
    OutboxRepository::Group group(*m_outbox);
    for (const int index : std::as_const(m_pending)) {
        if (m_stopped == BatchFailure::None && m_entries.at(index)
            && m_entries.at(index)->state == OutboxState::Queued)
            (void)m_outbox->cancel(m_entries.at(index)->id);
        m_results[index].status = BatchItemStatus::Cancelled;
        m_results[index].failure = m_stopped;
        m_results[index].message = message;
    }
    m_pending.clear();
}

void BatchRunner::finishIfIdle()
{
    if (!m_running || !m_inFlight.isEmpty() || m_planning)
        return;
    if (!m_pending.isEmpty() && !m_cancelled && m_stopped == BatchFailure::None)
        return; // paused
    closePending();
    m_running = false;
    updateCounts();
    if (m_runId > 0)
        (void)m_identities->endRun(m_runId);
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
    if (m_stopWriting)
        *m_stopWriting = true;
    finishIfIdle();
}

void BatchRunner::updateCounts()
{
    setCounts(BatchCounts::of(m_results));
}

// One item moved from one status to another: the counts follow without a pass over all items.
void BatchRunner::recount(BatchItemStatus from, BatchItemStatus to)
{
    BatchCounts counts = m_counts;
    --counts.of(from);
    ++counts.of(to);
    setCounts(counts);
}

void BatchRunner::setCounts(const BatchCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged(counts);
}

QByteArray BatchRunner::resultsCsv() const
{
    QString text = tr("Row") + u',' + tr("Invoice key") + u',' + tr("Reference code") + u','
        + tr("Invoice number") + u',' + tr("Status") + u',' + tr("Message") + QLatin1String("\r\n");
    for (const BatchItemResult &result : m_results) {
        text += QString::number(result.row) + u',' + CsvReader::quote(result.key) + u','
            + CsvReader::quote(result.referenceCode) + u',' + CsvReader::quote(result.invoiceNumber) + u','
            + batchItemStatusName(result.status) + u',' + CsvReader::quote(result.message)
            + QLatin1String("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace einvoice
