#include "editoroutbox.h"

#include "api/createinvoiceoperation.h"
#include "api/sepayclient.h"
#include "batch/batchtask.h"
#include "core/invoicejson.h"
#include "drafteditpair.h"
#include "editorlog.h"
#include "store/outboxrepository.h"

#include <QLoggingCategory>

#include <algorithm>

namespace einvoice {

EditorOutbox::EditorOutbox(
    SepayClient *client, OutboxRepository *outbox, const QString &environment, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox), m_environment(environment)
{
}

// The request a task sends: the same progress as without the outbox, and cancel() can stop it.
void EditorOutbox::watch(BatchTask *task, InvoiceOperation *operation)
{
    for (Running &running : m_running) {
        if (running.task != task)
            continue;
        running.operation = operation;
        connect(operation, &InvoiceOperation::stageChanged, this,
            [this, operation](InvoiceOperation::Stage stage) {
                if (const Running *owner = runningOf(operation); owner && owner->asked)
                    Q_EMIT stageChanged(owner->action, stage);
            });
        connect(operation, &InvoiceOperation::progress, this,
            [this, operation](const JobState &state, int checks) {
                if (const Running *owner = runningOf(operation);
                    owner && owner->asked && state.status == JobStatus::Pending)
                    Q_EMIT pendingChecks(owner->action, checks);
            });
        return;
    }
}

EditorOutbox::Running *EditorOutbox::runningOf(InvoiceOperation *operation)
{
    for (Running &running : m_running) {
        if (running.operation == operation)
            return &running;
    }
    return nullptr;
}

void EditorOutbox::setFollowUp(int delayMs, int maxFollowUps)
{
    m_followUpDelayMs = delayMs;
    m_maxFollowUps = maxFollowUps;
}

void EditorOutbox::create(const Invoice &invoice, const QString &replacedDraft)
{
    Invoice sent = invoice;
    if (sent.referenceCode.isEmpty())
        sent.referenceCode = CreateInvoiceOperation::newReferenceCode();
    const Action action = sent.isDraft ? Action::SaveDraft : Action::Issue;
    if (attach(sent.referenceCode, OutboxKind::Create, action))
        return;
    QJsonObject payload = json::toCreatePayload(sent);
    DraftEditPair::record(payload, replacedDraft);
    QString error;
    std::optional<OutboxEntry> entry
        = openOrRequeued(sent.referenceCode, OutboxKind::Create, payload, &error);
    if (error.isEmpty() && !entry && !replacedDraft.isEmpty())
        entry = enqueue(sent.referenceCode, OutboxKind::Create, payload, &error); // the pair, before sending
    if (!error.isEmpty()) {
        failNow(action, sent.referenceCode, error);
        return;
    }
    // An entry still open from before carries what may already be on the server: follow that.
    const bool open = entry && entry->payload != payload;
    start(open ? invoiceOf(*entry) : sent, open ? invoiceOf(*entry).isDraft : sent.isDraft, entry, action,
        true);
}

void EditorOutbox::issueDraft(const QString &referenceCode)
{
    if (attach(referenceCode, OutboxKind::Issue, Action::IssueDraft))
        return;
    const QJsonObject payload {{QStringLiteral("reference_code"), referenceCode}};
    QString error;
    std::optional<OutboxEntry> entry = openOrRequeued(referenceCode, OutboxKind::Issue, payload, &error);
    if (error.isEmpty() && !entry)
        entry = enqueue(referenceCode, OutboxKind::Issue, payload, &error);
    if (!error.isEmpty()) {
        failNow(Action::IssueDraft, referenceCode, error);
        return;
    }
    Invoice invoice;
    invoice.referenceCode = referenceCode;
    start(invoice, false, entry, Action::IssueDraft, true);
}

// A job already followed for this reference code (resumed from an earlier run) becomes the one
// the user asked for: no second request.
bool EditorOutbox::attach(const QString &referenceCode, OutboxKind kind, Action action)
{
    for (Running &running : m_running) {
        if (running.referenceCode != referenceCode || running.kind != kind || !running.task)
            continue;
        running.asked = true;
        running.action = action;
        Q_EMIT progress(action, tr("Checking whether the server received it…"));
        return true;
    }
    return false;
}

// The editor entry to go on with: the unfinished one of this kind, or the latest one if it
// failed (requeued with the new payload, same reference code). Nullopt: start a new entry.
std::optional<OutboxEntry> EditorOutbox::enqueue(
    const QString &referenceCode, OutboxKind kind, const QJsonObject &payload, QString *error)
{
    OutboxEntry fresh;
    fresh.environment = m_environment;
    fresh.referenceCode = referenceCode;
    fresh.kind = kind;
    fresh.payload = payload;
    const StoreResult<OutboxEntry> queued = m_outbox->enqueue(fresh);
    if (queued.ok())
        return queued.value();
    *error = queued.error().userMessage();
    return std::nullopt;
}

std::optional<OutboxEntry> EditorOutbox::openOrRequeued(
    const QString &referenceCode, OutboxKind kind, const QJsonObject &payload, QString *error)
{
    const auto open = m_outbox->findOpen(m_environment, referenceCode, kind);
    if (!open.ok()) {
        *error = open.error().userMessage();
        return std::nullopt;
    }
    if (open.value())
        return open.value();
    const auto history = m_outbox->byReference(m_environment, referenceCode);
    if (!history.ok()) {
        *error = history.error().userMessage();
        return std::nullopt;
    }
    std::optional<OutboxEntry> latest;
    for (const OutboxEntry &entry : history.value()) {
        if (entry.kind == kind && entry.batchId.isEmpty())
            latest = entry;
    }
    if (!latest || latest->state != OutboxState::Failed)
        return std::nullopt;
    const StoreResult<OutboxEntry> requeued = m_outbox->requeue(latest->id, payload);
    if (!requeued.ok()) {
        *error = requeued.error().userMessage();
        return std::nullopt;
    }
    qCInfo(lcEditor) << "requeued failed entry" << latest->id << "of" << referenceCode;
    return requeued.value();
}

void EditorOutbox::start(
    const Invoice &invoice, bool draft, const std::optional<OutboxEntry> &existing, Action action, bool asked)
{
    BatchTaskContext context;
    context.client = m_client;
    context.outbox = m_outbox;
    context.environment = m_environment;
    context.draft = draft;
    context.followUpDelayMs = m_followUpDelayMs;
    context.maxFollowUps = m_maxFollowUps;
    BatchInvoice item;
    item.invoice = invoice;
    auto *task = new BatchTask(context, item, this);
    Running running;
    running.task = task;
    running.referenceCode = invoice.referenceCode;
    running.kind = existing ? existing->kind : OutboxKind::Create;
    running.action = action;
    running.asked = asked;
    m_running.append(running);
    connect(task, &BatchTask::finished, this, [this, task] { onTaskFinished(task); });
    connect(task, &BatchTask::operationStarted, this,
        [this, task](InvoiceOperation *operation) { watch(task, operation); });
    connect(task, &BatchTask::sentChanged, this, [this, task] {
        for (const Running &item : std::as_const(m_running)) {
            if (item.task == task && item.asked)
                Q_EMIT progress(item.action, tr("Sent: waiting for the provider to process the invoice…"));
        }
    });
    if (asked)
        Q_EMIT progress(action, tr("Sending…"));
    task->start(existing);
}

void EditorOutbox::onTaskFinished(BatchTask *task)
{
    task->deleteLater();
    const auto found = std::find_if(
        m_running.begin(), m_running.end(), [task](const Running &running) { return running.task == task; });
    if (found == m_running.end())
        return; // the user stopped waiting for it
    const Running running = *found;
    m_running.erase(found);
    const BatchItemResult &outcome = task->result();
    Result result;
    result.action = running.action;
    result.referenceCode = outcome.referenceCode;
    result.ok = outcome.status == BatchItemStatus::Done;
    if (result.ok) {
        InvoiceSummary invoice;
        invoice.referenceCode = outcome.referenceCode;
        invoice.invoiceNumber = outcome.invoiceNumber;
        invoice.status = running.action == Action::SaveDraft ? InvoiceStatus::Draft : InvoiceStatus::Issued;
        result.invoice = invoice;
    } else if (outcome.status == BatchItemStatus::Failed) {
        result.message
            = outcome.message.isEmpty() ? tr("The provider refused the invoice.") : outcome.message;
    } else {
        result.message
            = tr("The outcome is not known yet (%1). It is checked again before anything is resent.")
                  .arg(outcome.message);
    }
    qCInfo(lcEditor) << "job of" << result.referenceCode << "ended" << batchItemStatusName(outcome.status);
    if (running.asked)
        Q_EMIT actionFinished(result);
    else
        Q_EMIT unfinishedJobEnded(result);
}

void EditorOutbox::failNow(Action action, const QString &referenceCode, const QString &message)
{
    qCWarning(lcEditor) << "outbox not usable for" << referenceCode << message;
    endNow(action, referenceCode, message);
}

void EditorOutbox::endNow(Action action, const QString &referenceCode, const QString &message)
{
    Result result;
    result.action = action;
    result.referenceCode = referenceCode;
    result.message = message;
    Q_EMIT actionFinished(result);
}

int EditorOutbox::resumeUnfinished()
{
    const auto entries = m_outbox->unfinished(m_environment);
    if (!entries.ok()) {
        qCWarning(lcEditor) << "cannot read the outbox:" << entries.error().toString();
        return 0;
    }
    int started = 0;
    for (const OutboxEntry &entry : entries.value()) {
        const bool followed
            = std::any_of(m_running.cbegin(), m_running.cend(), [&entry](const Running &running) {
                  return running.referenceCode == entry.referenceCode && running.kind == entry.kind;
              });
        const bool correction = entry.kind == OutboxKind::Replace || entry.kind == OutboxKind::Adjust;
        if (!entry.batchId.isEmpty() || followed || correction) // corrections: CorrectionSubmission
            continue;
        qCInfo(lcEditor) << "resuming" << entry.referenceCode << toWire(entry.kind) << toWire(entry.state);
        const Invoice invoice = invoiceOf(entry);
        start(invoice, entry.kind == OutboxKind::Create && invoice.isDraft, entry, actionOf(entry), false);
        ++started;
    }
    return started;
}

bool EditorOutbox::cancel()
{
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (!m_running.at(i).asked)
            continue;
        const Running running = m_running.takeAt(i);
        if (running.task)
            running.task->deleteLater(); // the entry stays open: looked up before any resend
        if (running.operation)
            running.operation->cancel();
        qCInfo(lcEditor) << "stopped waiting for" << running.referenceCode;
        endNow(running.action, running.referenceCode,
            tr("Stopped waiting. The job is checked on the server before anything is resent."));
        return true;
    }
    return false;
}

Invoice EditorOutbox::invoiceOf(const OutboxEntry &entry)
{
    Invoice invoice;
    if (entry.kind == OutboxKind::Create) {
        const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(entry.payload);
        if (const Invoice *stored = std::get_if<Invoice>(&parsed))
            invoice = *stored;
        else
            invoice.isDraft = entry.payload.value(QLatin1String("is_draft")).toBool();
    }
    invoice.referenceCode = entry.referenceCode;
    return invoice;
}

EditorOutbox::Action EditorOutbox::actionOf(const OutboxEntry &entry)
{
    if (entry.kind == OutboxKind::Issue)
        return Action::IssueDraft;
    return invoiceOf(entry).isDraft ? Action::SaveDraft : Action::Issue;
}

} // namespace einvoice
