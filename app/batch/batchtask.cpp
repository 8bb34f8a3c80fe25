#include "batchtask.h"

#include "api/createinvoiceoperation.h"
#include "api/invoicedetailjob.h"
#include "api/issueinvoiceoperation.h"
#include "api/jobpoller.h"
#include "api/sepayclient.h"
#include "batchlog.h"
#include "core/invoicejson.h"
#include "store/outboxrepository.h"

#include <QTimer>

namespace einvoice {

BatchTask::BatchTask(const BatchTaskContext &context, const BatchInvoice &invoice, QObject *parent)
    : QObject(parent), m_context(context), m_invoice(invoice)
{
    m_result.row = invoice.firstRow;
    m_result.referenceCode = invoice.invoice.referenceCode;
}

bool BatchTask::outcomeUnknown(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Parse
        || error.kind == Kind::Busy || error.kind == Kind::Cancelled || error.isTransient()
        || error.isAuthenticationFailure();
}

void BatchTask::start(const std::optional<OutboxEntry> &existing)
{
    if (!existing) {
        OutboxEntry entry;
        entry.environment = m_context.environment;
        entry.referenceCode = m_invoice.invoice.referenceCode;
        entry.kind = OutboxKind::Create;
        entry.payload = json::toCreatePayload(m_invoice.invoice);
        entry.batchId = m_context.batchId;
        entry.batchRow = m_invoice.firstRow;
        if (record(m_context.outbox->enqueueSent(entry)))
            dispatch();
        return;
    }
    m_entry = *existing;
    m_result.resumed = true;
    m_sent = true;
    Q_EMIT sentChanged();
    qCInfo(lcBatch) << "resuming" << m_entry.referenceCode << toWire(m_entry.state);
    switch (m_entry.state) {
    case OutboxState::Queued:
        if (record(m_context.outbox->markSent(m_entry.id)))
            dispatch();
        break;
    case OutboxState::Tracking:
        poll();
        break;
    default:
        lookUp();
        break;
    }
}

bool BatchTask::record(const StoreResult<OutboxEntry> &result)
{
    if (result.ok()) {
        m_entry = result.value();
        return true;
    }
    qCWarning(lcBatch) << "outbox write failed for" << m_result.referenceCode << result.error().toString();
    end(BatchItemStatus::Unknown, result.error().userMessage());
    return false;
}

// Sends the request of the entry, which is already recorded as sent: at once, or inside an
// outbox group once the group's commit has made the entry durable.
void BatchTask::dispatch()
{
    QPointer<BatchTask> self(this);
    m_context.outbox->afterGroup([self](bool committed) {
        if (!self)
            return;
        if (committed)
            self->send();
        else
            self->end(BatchItemStatus::Unknown, tr("The outbox could not be written; nothing was sent."));
    });
}

void BatchTask::send()
{
    m_trackingCode.clear();
    if (!m_sent) {
        m_sent = true;
        Q_EMIT sentChanged();
    }
    InvoiceOperation *operation = nullptr;
    if (m_entry.kind == OutboxKind::Create) {
        auto *create = m_context.client->createInvoice(m_invoice.invoice, true);
        create->usePayload(m_entry.payload); // the recorded body, not built a second time
        operation = create;
    } else {
        operation = m_context.client->issueInvoice(m_entry.referenceCode, true);
    }
    // The tracking code is stored with the outcome when the job has ended by the first poll
    // (one write instead of two), or as soon as a poll finds the job still running. Until then
    // a restart looks the invoice up by reference code, as for any entry in Sent.
    connect(operation, &InvoiceOperation::progress, this, [this, operation](const JobState &state) {
        m_trackingCode = operation->trackingCode();
        if (state.status == JobStatus::Pending && m_entry.state == OutboxState::Sent
            && !m_trackingCode.isEmpty())
            record(m_context.outbox->markTracking(m_entry.id, m_trackingCode));
    });
    connect(
        operation, &InvoiceOperation::finished, this, [this, operation] { onOperationFinished(operation); });
    Q_EMIT operationStarted(operation);
}

void BatchTask::onOperationFinished(InvoiceOperation *operation)
{
    if (m_finished)
        return;
    // The outcome written here and the entry of the next invoice, which the runner starts from
    // finished(), share one commit; that invoice's request waits for it (see dispatch()).
    OutboxRepository::Group group(*m_context.outbox);
    m_trackingCode = operation->trackingCode();
    if (operation->succeeded() && operation->jobFailed()) {
        const QString message = operation->jobState() ? operation->jobState()->message : QString();
        if (record(conclude(OutboxChange {OutboxState::Failed, {}, message, {}, {}})))
            end(BatchItemStatus::Failed, message);
    } else if (operation->succeeded() && operation->jobState()
        && operation->jobState()->status == JobStatus::Pending) {
        // Adopted an invoice the server holds but does not show yet (409, then not found): not
        // an end; look it up again later.
        followUp(operation->jobState()->message);
    } else if (operation->succeeded()) {
        std::optional<InvoiceSummary> invoice = operation->invoice();
        if (!invoice && operation->jobState())
            invoice = operation->jobState()->invoice;
        onSucceeded(invoice);
    } else if (outcomeUnknown(operation->error())) {
        followUp(operation->error().text());
    } else if (record(conclude(OutboxChange {OutboxState::Failed, {}, operation->error().text(), {}, {}}))) {
        end(BatchItemStatus::Failed, operation->error().text());
    }
}

void BatchTask::onSucceeded(const std::optional<InvoiceSummary> &invoice)
{
    const QString number = invoice ? invoice->invoiceNumber : QString();
    if (!record(conclude(OutboxChange {OutboxState::Succeeded, {}, {}, number, {}})))
        return;
    if (!m_context.draft && invoice && invoice->status == InvoiceStatus::Draft
        && m_entry.kind == OutboxKind::Create)
        startIssue(); // adopted a draft while issuing
    else
        end(BatchItemStatus::Done, QString(), number);
}

void BatchTask::startIssue()
{
    OutboxEntry entry;
    entry.environment = m_context.environment;
    entry.referenceCode = m_result.referenceCode;
    entry.kind = OutboxKind::Issue;
    entry.payload = QJsonObject {{QStringLiteral("reference_code"), m_result.referenceCode}};
    entry.batchId = m_context.batchId;
    entry.batchRow = m_invoice.firstRow;
    if (record(m_context.outbox->enqueueSent(entry)))
        dispatch();
}

void BatchTask::followUp(const QString &message)
{
    if (m_entry.state != OutboxState::Unknown
        && !record(conclude(OutboxChange {OutboxState::Unknown, {}, message, {}, {}})))
        return;
    if (++m_followUps > m_context.maxFollowUps) {
        end(BatchItemStatus::Unknown, message);
        return;
    }
    qCInfo(lcBatch) << "outcome of" << m_entry.referenceCode << "unknown:" << message << "- looking it up";
    QTimer::singleShot(m_context.followUpDelayMs * m_followUps, this, &BatchTask::lookUp);
}

void BatchTask::lookUp()
{
    auto *job = m_context.client->invoice(m_entry.referenceCode);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded()) {
            onFound(job->invoice().summary);
        } else if (job->error().isNotFound() && m_entry.kind == OutboxKind::Create) {
            resend(); // proved never received
        } else if (job->error().isNotFound()) {
            if (record(m_context.outbox->markFailed(m_entry.id, job->error().text())))
                end(BatchItemStatus::Failed, tr("The draft to issue no longer exists."));
        } else {
            followUp(job->error().text());
        }
    });
}

void BatchTask::onFound(const InvoiceSummary &invoice)
{
    const bool wanted = invoice.status == InvoiceStatus::Issued
        || (invoice.status == InvoiceStatus::Draft && m_context.draft && m_entry.kind == OutboxKind::Create);
    if (wanted) {
        onSucceeded(invoice);
    } else if (invoice.status == InvoiceStatus::Draft && m_entry.kind == OutboxKind::Issue) {
        resend();
    } else if (invoice.status == InvoiceStatus::Draft) {
        onSucceeded(invoice); // created as a draft: issue it next
    } else if (record(m_context.outbox->markFailed(
                   m_entry.id, tr("The invoice was cancelled on the server.")))) {
        end(BatchItemStatus::Failed, tr("The invoice was cancelled on the server."));
    }
}

void BatchTask::poll()
{
    const JobKind kind = m_entry.kind == OutboxKind::Create ? JobKind::Create : JobKind::Issue;
    auto *poller = m_context.client->pollJob(kind, m_entry.trackingCode);
    connect(poller, &JobPoller::finished, this, [this, poller] {
        if (!poller->succeeded()) {
            followUp(poller->error().text());
        } else if (poller->state().status == JobStatus::Success) {
            onSucceeded(poller->state().invoice);
        } else if (record(m_context.outbox->markFailed(m_entry.id, poller->state().message))) {
            end(BatchItemStatus::Failed, poller->state().message);
        }
    });
}

// Queued again and sent at once, in one write.
void BatchTask::resend()
{
    const QList<OutboxChange> steps {
        OutboxChange {OutboxState::Queued, {}, {}, {}, {}}, OutboxChange {OutboxState::Sent, {}, {}, {}, {}}};
    if (record(m_context.outbox->transitionAll(m_entry.id, steps)))
        dispatch();
}

// Records the end of an attempt (or its unknown outcome), after the tracking code when the
// entry does not hold it yet: both in one transaction.
StoreResult<OutboxEntry> BatchTask::conclude(const OutboxChange &change)
{
    QList<OutboxChange> steps;
    if (m_entry.state == OutboxState::Sent && !m_trackingCode.isEmpty())
        steps.append(OutboxChange {OutboxState::Tracking, m_trackingCode, {}, {}, {}});
    steps.append(change);
    return m_context.outbox->transitionAll(m_entry.id, steps);
}

void BatchTask::end(BatchItemStatus status, const QString &message, const QString &number)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.status = status;
    m_result.message = message;
    m_result.invoiceNumber = number;
    Q_EMIT finished();
}

} // namespace einvoice
