#include "batchtask.h"

#include "api/createinvoiceoperation.h"
#include "api/invoicedetailjob.h"
#include "api/issueinvoiceoperation.h"
#include "api/jobpoller.h"
#include "api/sepayclient.h"
#include "batchlog.h"
#include "core/invoicejson.h"
#include "core/invoicematch.h"
#include "store/batchidentityrepository.h"
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

void BatchTask::start(const std::optional<OutboxEntry> &existing, bool resumed)
{
    m_context.client->trackInvoiceWork(this, m_result.referenceCode); // a running job until it ends
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
    m_result.resumed = resumed;
    m_sent = true;
    Q_EMIT sentChanged();
    if (resumed)
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
    // Refused because the entry has moved on without this task (another run finished it): what
    // the outbox holds now is the outcome.
    const auto now = result.error().kind == StoreError::Kind::InvalidTransition && m_entry.id > 0
        ? m_context.outbox->load(m_entry.id)
        : StoreResult<OutboxEntry>(result.error());
    if (now && now->state == OutboxState::Succeeded) {
        qCInfo(lcBatch) << m_result.referenceCode << "was finished by another run";
        end(BatchItemStatus::Done, QString(), now->invoiceNumber);
        return false;
    }
    qCWarning(lcBatch) << "outbox write failed for" << m_result.referenceCode << result.error().toString();
    end(BatchItemStatus::Unknown, result.error().userMessage(), QString(), BatchFailure::Store);
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
            self->end(BatchItemStatus::Unknown, tr("The outbox could not be written; nothing was sent."),
                QString(), BatchFailure::Store);
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
    const ApiError &error = operation->error();
    if (operation->succeeded() && operation->jobFailed()) {
        const QString message = operation->jobState() ? operation->jobState()->message : QString();
        fail(message, BatchFailure::Job);
    } else if (operation->succeeded() && operation->jobState()
        && operation->jobState()->status == JobStatus::Pending) {
        // Adopted an invoice the server holds but does not show yet (409, then not found): not
        // an end; look it up again later.
        followUp(operation->jobState()->message);
    } else if (operation->succeeded()) {
        std::optional<InvoiceSummary> invoice = operation->invoice();
        if (!invoice && operation->jobState())
            invoice = operation->jobState()->invoice;
        onSucceeded(invoice); // an adopted one matched (CreateInvoiceOperation checks)
    } else if (m_context.client->options().retry.asksTooLong(error)) {
        // The server is busy for longer than any request waits: the outcome stays open (looked
        // up first next time) and the runner sends no more for now.
        if (record(conclude(OutboxChange {OutboxState::Unknown, {}, error.text(), {}, {}})))
            end(BatchItemStatus::Unknown, error.text(), QString(), BatchFailure::Busy);
    } else if (outcomeUnknown(error)) {
        followUp(error.text());
    } else {
        failOn(error);
    }
}

void BatchTask::fail(const QString &message, BatchFailure failure)
{
    if (record(conclude(OutboxChange {OutboxState::Failed, {}, message, {}, {}})))
        end(BatchItemStatus::Failed, message, QString(), failure);
}

void BatchTask::failOn(const ApiError &error)
{
    if (error.isReferenceConflict() && m_context.identities)
        (void)m_context.identities->setServerConflict(m_context.environment, m_entry.referenceCode, true);
    fail(error.text(), failureOf(error));
}

BatchFailure BatchTask::failureOf(const ApiError &error)
{
    if (error.isQuotaExceeded())
        return BatchFailure::Quota;
    if (error.isAuthenticationFailure())
        return BatchFailure::Auth;
    if (error.isReferenceConflict())
        return BatchFailure::Conflict;
    if (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Validation)
        return BatchFailure::Refused;
    return BatchFailure::Network;
}

// An invoice the server holds under this reference code with other content: the code was used
// before (another computer, a lost local database, the same file name reused). It is not taken as
// this one; a person decides (issue it as new under the next revision). The same rule as a
// create's 409 (CreateInvoiceOperation): InvoiceMatch.
bool BatchTask::endIfAnotherInvoice(const InvoiceDetail &found)
{
    if (!m_context.identities || m_entry.kind != OutboxKind::Create)
        return false;
    const QStringList differences = InvoiceMatch::differences(m_invoice.invoice, found);
    if (differences.isEmpty())
        return false;
    const InvoiceSummary &invoice = found.summary;
    const QString message = tr("The server holds a different invoice under %1 (buyer %2, dated %3); this "
                               "invoice was not created.")
                                .arg(m_entry.referenceCode, invoice.buyer.name,
                                    invoice.issuedDate.toString(QStringLiteral("dd/MM/yyyy")));
    qCWarning(lcBatch) << "reference code" << m_entry.referenceCode
                       << "holds another invoice:" << differences;
    (void)m_context.identities->setServerConflict(m_context.environment, m_entry.referenceCode, true);
    fail(message, BatchFailure::Conflict);
    return true;
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
    entry.batchId = m_entry.batchId; // the create's: a run may follow up entries of several files
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
        end(BatchItemStatus::Unknown, message, QString(), BatchFailure::Network);
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
            onFound(job->invoice());
        } else if (job->error().isNotFound() && m_entry.kind == OutboxKind::Create) {
            resend(); // proved never received
        } else if (job->error().isNotFound()) {
            if (record(m_context.outbox->markFailed(m_entry.id, job->error().text())))
                end(BatchItemStatus::Failed, tr("The draft to issue no longer exists."), QString(),
                    BatchFailure::Refused);
        } else {
            followUp(job->error().text());
        }
    });
}

void BatchTask::onFound(const InvoiceDetail &found)
{
    if (endIfAnotherInvoice(found))
        return;
    const InvoiceSummary &invoice = found.summary;
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
        end(BatchItemStatus::Failed, tr("The invoice was cancelled on the server."), QString(),
            BatchFailure::Refused);
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
            end(BatchItemStatus::Failed, poller->state().message, QString(), BatchFailure::Job);
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

void BatchTask::end(
    BatchItemStatus status, const QString &message, const QString &number, BatchFailure failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.status = status;
    m_result.failure = failure;
    m_result.message = message;
    m_result.invoiceNumber = number;
    Q_EMIT finished();
}

} // namespace einvoice
