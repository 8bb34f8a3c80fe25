// The outbox side of CorrectionSubmission: the request is recorded before it leaves, an
// unfinished one from an earlier run is followed up before anything is sent again, and every
// outcome is recorded (issue 9's outbox, kinds replace and adjust).

#include "api/correctionoperation.h"
#include "api/invoicedetailjob.h"
#include "api/jobpoller.h"
#include "api/sepayclient.h"
#include "core/invoicejson.h"
#include "correctionledger.h"
#include "correctionsubmission.h"
#include "store/outboxrepository.h"
#include "store/outboxstatemachine.h"

#include <QLoggingCategory>

#include <deque>
#include <map>

namespace einvoice {

Q_DECLARE_LOGGING_CATEGORY(lcCorrections)

namespace {

// The fewest allowed steps from `from` to change.to (OutboxStateMachine), the last carrying the
// change; empty when the state is already there or cannot be reached.
QList<OutboxChange> pathTo(OutboxState from, const OutboxChange &change)
{
    std::map<OutboxState, OutboxState> previous;
    std::deque<OutboxState> queue {from};
    while (!queue.empty() && !previous.count(change.to)) {
        const OutboxState state = queue.front();
        queue.pop_front();
        for (OutboxState next : OutboxStateMachine::allowedTargets(state)) {
            if (next != from && !previous.count(next)) {
                previous[next] = state;
                queue.push_back(next);
            }
        }
    }
    QList<OutboxChange> steps;
    if (!previous.count(change.to))
        return steps;
    steps.prepend(change);
    for (OutboxState state = previous[change.to]; state != from; state = previous[state])
        steps.prepend(OutboxChange {state, {}, {}, {}, {}});
    return steps;
}

// No answer, an unreadable one, 5xx, 429, an expired login or a stop: the request may have
// landed, so its outcome is unknown until the server is asked.
bool outcomeUnknown(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Parse
        || error.kind == Kind::Busy || error.kind == Kind::Cancelled || error.isTransient()
        || error.isAuthenticationFailure();
}

} // namespace

bool CorrectionSubmission::write(const StoreResult<OutboxEntry> &result)
{
    if (result.ok()) {
        m_entry = result.value();
        return true;
    }
    qCWarning(lcCorrections) << "outbox write failed for" << m_outcome.referenceCode
                             << result.error().toString();
    m_outcome.storeProblem = result.error().userMessage();
    return false;
}

void CorrectionSubmission::record()
{
    setStage(Stage::Recording);
    auto *operation = m_client->correctInvoice(
        CorrectionRequest {m_order.invoice, m_order.kind, *m_outcome.origin}, m_order.wait);
    m_outcome.referenceCode = operation->referenceCode();
    m_outcome.referenceCodeGenerated = operation->referenceCodeGenerated();
    OutboxEntry entry;
    entry.environment = m_environment;
    entry.referenceCode = operation->referenceCode();
    entry.kind = CorrectionLedger::outboxKindOf(m_order.kind);
    entry.payload = operation->payload();
    if (!write(m_outbox->enqueueSent(entry))) {
        operation->cancel(); // scheduled, not started: nothing leaves
        m_current = nullptr;
        return end(CorrectionOutcome::Status::Error);
    }
    operation->usePayload(m_entry.payload);
    send(operation);
}

// An unfinished request of an earlier run: its reference code is looked up (on the server a
// look-up also moves a pending job on). Found: adopted when it is this correction. 404: it never
// arrived, or its job is still running; either way it is sent again as recorded, and a request
// that did arrive answers 409 and is adopted once visible (CorrectionOperation).
void CorrectionSubmission::resume(const OutboxEntry &entry)
{
    m_entry = entry;
    m_outcome.resumed = true;
    m_outcome.referenceCode = entry.referenceCode;
    m_outcome.trackingCode = entry.trackingCode;
    m_outcome.warnings << tr(
        "An earlier correction of %1 (%2) had not finished: it is followed up instead of "
        "sending a new one.")
                              .arg(m_order.originReferenceCode, entry.referenceCode);
    qCInfo(lcCorrections) << "resuming" << entry.referenceCode << toWire(entry.state);
    const std::optional<CorrectionKind> kind = CorrectionLedger::kindOf(entry);
    if (kind)
        m_order.kind = *kind;
    setStage(Stage::Polling);
    auto *job = m_client->invoice(entry.referenceCode);
    m_current = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_finished)
            return;
        if (job->succeeded()
            && CorrectionContract::isCorrectionOf(job->invoice(), m_order.kind, m_order.originReferenceCode)
            && CorrectionContract::differences(recordedInvoice(), job->invoice()).isEmpty()) {
            m_outcome.adopted = true;
            m_outcome.invoice = job->invoice().summary;
            m_outcome.jobState
                = JobState {m_entry.referenceCode, JobStatus::Success, QString(), job->invoice().summary};
            conclude(OutboxChange {OutboxState::Succeeded, {}, {}, job->invoice().summary.invoiceNumber, {}},
                CorrectionOutcome::Status::Done);
        } else if (job->error().isNotFound()) {
            resend();
        } else {
            m_outcome.error = job->succeeded()
                ? ApiError::http(409, QStringLiteral("EINVOICE_DOCUMENT_EXISTED"),
                    tr("The reference code %1 belongs to another invoice, or to a different correction.")
                        .arg(m_entry.referenceCode))
                : job->error();
            conclude(OutboxChange {job->succeeded() ? OutboxState::Failed : OutboxState::Unknown, {},
                         m_outcome.error.text(), {}, {}},
                job->succeeded() ? CorrectionOutcome::Status::Error : CorrectionOutcome::Status::Unknown);
        }
    });
}

// The correction as the outbox recorded it (the body sent, in the contract's sign reading).
Invoice CorrectionSubmission::recordedInvoice() const
{
    const Parsed<Invoice> recorded = json::invoiceFromCreatePayload(m_entry.payload);
    Invoice invoice = std::holds_alternative<Invoice>(recorded) ? std::get<Invoice>(recorded) : Invoice();
    invoice.referenceCode = m_entry.referenceCode;
    return invoice;
}

// Sent again as recorded, the attempt written first.
void CorrectionSubmission::resend()
{
    if (!write(m_outbox->transitionAll(
            m_entry.id, pathTo(m_entry.state, OutboxChange {OutboxState::Sent, {}, {}, {}, {}}))))
        return end(CorrectionOutcome::Status::Error);
    auto *operation = m_client->correctInvoice(
        CorrectionRequest {recordedInvoice(), m_order.kind, *m_outcome.origin}, m_order.wait);
    operation->usePayload(m_entry.payload);
    send(operation);
}

void CorrectionSubmission::send(CorrectionOperation *operation)
{
    m_current = operation;
    setStage(Stage::Sending);
    connect(operation, &InvoiceOperation::stageChanged, this, [this](InvoiceOperation::Stage stage) {
        if (stage == InvoiceOperation::Stage::Polling)
            setStage(Stage::Polling);
    });
    connect(
        operation, &InvoiceOperation::progress, this, [this, operation](const JobState &state, int checks) {
            m_outcome.trackingCode = operation->trackingCode();
            // Tracking code recorded as soon as a poll finds the job running: a restart polls it.
            if (state.status == JobStatus::Pending && m_entry.state == OutboxState::Sent
                && !m_outcome.trackingCode.isEmpty())
                write(m_outbox->markTracking(m_entry.id, m_outcome.trackingCode));
            Q_EMIT progress(state, checks);
        });
    connect(
        operation, &InvoiceOperation::finished, this, [this, operation] { onOperationFinished(operation); });
}

void CorrectionSubmission::onOperationFinished(CorrectionOperation *operation)
{
    if (m_finished)
        return;
    m_outcome.trackingCode = operation->trackingCode();
    m_outcome.adopted = operation->adopted();
    m_outcome.jobState = operation->jobState();
    m_outcome.invoice = operation->invoice();
    if (!operation->succeeded()) {
        m_outcome.error = operation->error();
        const bool unknown = outcomeUnknown(m_outcome.error);
        conclude(OutboxChange {unknown ? OutboxState::Unknown : OutboxState::Failed, {},
                     m_outcome.error.text(), {}, {}},
            unknown ? CorrectionOutcome::Status::Unknown : CorrectionOutcome::Status::Error);
    } else if (operation->jobFailed()) {
        conclude(OutboxChange {OutboxState::Failed, {}, m_outcome.jobState->message, {}, {}},
            CorrectionOutcome::Status::Failed);
    } else if (m_outcome.jobState && m_outcome.jobState->status == JobStatus::Pending) {
        // Not waited for, or held by the server but not shown yet: follow it up later.
        const bool tracked = !m_outcome.trackingCode.isEmpty();
        conclude(OutboxChange {tracked ? OutboxState::Tracking : OutboxState::Unknown, m_outcome.trackingCode,
                     m_outcome.jobState->message, {}, {}},
            CorrectionOutcome::Status::Accepted);
    } else {
        const QString number = m_outcome.invoice ? m_outcome.invoice->invoiceNumber : QString();
        conclude(OutboxChange {OutboxState::Succeeded, {}, {}, number, {}}, CorrectionOutcome::Status::Done);
    }
}

// Records the end (or the unknown outcome) of the request, after its tracking code when the
// entry does not hold it yet: in one transaction.
void CorrectionSubmission::conclude(const OutboxChange &change, CorrectionOutcome::Status status)
{
    QList<OutboxChange> steps;
    const bool tracking = change.to == OutboxState::Tracking;
    if (m_entry.state == OutboxState::Sent && !m_outcome.trackingCode.isEmpty() && !tracking)
        steps.append(OutboxChange {OutboxState::Tracking, m_outcome.trackingCode, {}, {}, {}});
    const OutboxState from = steps.isEmpty() ? m_entry.state : OutboxState::Tracking;
    if (from != change.to)
        steps.append(pathTo(from, change));
    if (!steps.isEmpty() && !write(m_outbox->transitionAll(m_entry.id, steps)))
        status = CorrectionOutcome::Status::Unknown; // sent, but its outcome could not be recorded
    end(status);
}

} // namespace einvoice
