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
        if (record(m_context.outbox->enqueue(entry)))
            send();
        return;
    }
    m_entry = *existing;
    m_result.resumed = true;
    m_sent = true;
    Q_EMIT sentChanged();
    qCInfo(lcBatch) << "resuming" << m_entry.referenceCode << toWire(m_entry.state);
    switch (m_entry.state) {
    case OutboxState::Queued:
        send();
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

void BatchTask::send()
{
    if (!record(m_context.outbox->markSent(m_entry.id)))
        return;
    if (!m_sent) {
        m_sent = true;
        Q_EMIT sentChanged();
    }
    InvoiceOperation *operation = nullptr;
    if (m_entry.kind == OutboxKind::Create)
        operation = m_context.client->createInvoice(m_invoice.invoice, true);
    else
        operation = m_context.client->issueInvoice(m_entry.referenceCode, true);
    connect(operation, &InvoiceOperation::stageChanged, this, [this, operation] {
        if (!operation->trackingCode().isEmpty() && m_entry.state == OutboxState::Sent)
            record(m_context.outbox->markTracking(m_entry.id, operation->trackingCode()));
    });
    connect(
        operation, &InvoiceOperation::finished, this, [this, operation] { onOperationFinished(operation); });
}

void BatchTask::onOperationFinished(InvoiceOperation *operation)
{
    if (m_finished)
        return;
    if (operation->succeeded() && operation->jobFailed()) {
        const QString message = operation->jobState() ? operation->jobState()->message : QString();
        if (record(m_context.outbox->markFailed(m_entry.id, message)))
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
    } else if (record(m_context.outbox->markFailed(m_entry.id, operation->error().text()))) {
        end(BatchItemStatus::Failed, operation->error().text());
    }
}

void BatchTask::onSucceeded(const std::optional<InvoiceSummary> &invoice)
{
    const QString number = invoice ? invoice->invoiceNumber : QString();
    if (!record(m_context.outbox->markSucceeded(m_entry.id, number)))
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
    if (record(m_context.outbox->enqueue(entry)))
        send();
}

void BatchTask::followUp(const QString &message)
{
    if (m_entry.state != OutboxState::Unknown && !record(m_context.outbox->markUnknown(m_entry.id, message)))
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
            if (record(m_context.outbox->requeue(m_entry.id)))
                send(); // proved never received
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
        if (record(m_context.outbox->requeue(m_entry.id)))
            send();
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
