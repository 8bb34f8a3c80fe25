#include "batchplanner.h"

#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "batchhistory.h"
#include "batchlog.h"
#include "batchplanthread.h"
#include "changedcopy.h"
#include "invoicefingerprint.h"
#include "store/batchidentityrepository.h"
#include "store/outboxrepository.h"

#include <QSet>

namespace einvoice {

namespace {

bool isDraftPayload(const OutboxEntry &entry)
{
    return entry.payload.value(QLatin1String("is_draft")).toBool();
}

// Same key, same content: continue where the earlier runs left it.
void continueEarlier(PlannedInvoice &item, const BatchHistory::Entries &earlier, bool draft)
{
    const std::optional<OutboxEntry> &create = earlier.create;
    if (!create || create->state == OutboxState::Cancelled) {
        item.action = PlanAction::Send;
    } else if (create->state == OutboxState::Failed) {
        item.action = PlanAction::Retry;
        item.entry = create;
    } else if (create->state != OutboxState::Succeeded) {
        item.action = PlanAction::Resume;
        item.entry = create;
    } else if (!isDraftPayload(*create) || draft) {
        item.action = PlanAction::Done;
        const bool issued = earlier.issue && earlier.issue->state == OutboxState::Succeeded;
        item.earlierNumber = issued ? earlier.issue->invoiceNumber : create->invoiceNumber;
    } else if (!earlier.issue || earlier.issue->state == OutboxState::Cancelled) {
        item.action = PlanAction::Issue;
    } else if (earlier.issue->state == OutboxState::Succeeded) {
        item.action = PlanAction::Done;
        item.earlierNumber = earlier.issue->invoiceNumber;
    } else {
        item.action = earlier.issue->state == OutboxState::Failed ? PlanAction::Retry : PlanAction::Resume;
        item.entry = earlier.issue;
    }
}

// Same key, other content: sent anew when the earlier one never reached the server; a person
// decides when the server holds it; looked up first when the outbox cannot tell.
void replaceEarlier(PlannedInvoice &item, const BatchHistory::Entries &earlier)
{
    const std::optional<OutboxEntry> &create = earlier.create;
    if (create)
        item.earlierPayload = create->payload;
    item.action = PlanAction::Send;
    if (!create || create->state == OutboxState::Cancelled)
        return;
    item.entry = create;
    switch (create->state) {
    case OutboxState::Queued:
        return; // never left: the queued entry is replaced
    case OutboxState::Sent:
    case OutboxState::Unknown:
    case OutboxState::Failed:
        item.needsLookUp = true;
        return;
    default: // tracking (the server accepted it) or succeeded
        item.action = PlanAction::Conflict;
        item.conflict = ConflictKind::Changed;
        const bool issued = earlier.issue && earlier.issue->state == OutboxState::Succeeded;
        item.earlierNumber = issued ? earlier.issue->invoiceNumber : create->invoiceNumber;
        return;
    }
}

// A new invoice, or changed content, equal to one already sent from another file or key.
StoreStatus checkDuplicate(PlannedInvoice &item, const BatchPlan &plan, const OutboxRepository &outbox,
    const BatchIdentityRepository &identities)
{
    const auto equal = identities.byFingerprint(plan.environment, item.fingerprint);
    if (!equal)
        return equal.error();
    for (const BatchIdentity &other : equal.value()) {
        if (other.source == plan.source.key && other.key == item.invoice.key)
            continue;
        const auto entries = outbox.byReference(plan.environment, other.referenceCode);
        if (!entries)
            return entries.error();
        if (BatchHistory::mayBeOnServer(entries.value())) {
            item.action = PlanAction::Conflict;
            item.conflict = ConflictKind::PossibleDuplicate;
            item.duplicateOf = other;
            item.duplicateFile = BatchHistory::fileName(identities, plan.environment, other.source);
            return {};
        }
    }
    return {};
}

StoreStatus classify(PlannedInvoice &item, const BatchPlan &plan, const BatchHistory &history,
    const OutboxRepository &outbox, const BatchIdentityRepository &identities)
{
    const QString key = item.invoice.key;
    std::optional<BatchIdentity> known = history.latest(key);
    item.newRevision = history.maxRevision(key) + 1;
    if (known && known->fingerprint != item.fingerprint && !item.explicitReference) {
        if (std::optional<BatchIdentity> putBack = history.acceptedRevision(key, item.fingerprint))
            known = putBack;
    }
    if (!known) {
        if (!item.explicitReference)
            item.invoice.invoice.referenceCode = plan.source.referenceCode(key, 1);
        item.action = PlanAction::Send;
        const StoreStatus duplicate = checkDuplicate(item, plan, outbox, identities);
        if (!duplicate || item.action == PlanAction::Conflict)
            return duplicate;
        return ChangedCopy::check(item, plan, outbox, identities);
    }
    item.revision = known->revision;
    item.earlierReference = known->referenceCode;
    if (!item.explicitReference)
        item.invoice.invoice.referenceCode = known->referenceCode;
    const BatchHistory::Entries earlier = history.entries(known->referenceCode);
    if (known->serverConflict) {
        item.action = PlanAction::Conflict;
        item.conflict = ConflictKind::HeldByOther;
        return {};
    }
    if (known->fingerprint == item.fingerprint) {
        continueEarlier(item, earlier, plan.draft);
        return {};
    }
    replaceEarlier(item, earlier);
    if (item.action == PlanAction::Send && !item.needsLookUp)
        return checkDuplicate(item, plan, outbox, identities);
    return {};
}

// Unfinished entries of the source that no row of the file stands for any more (the row was
// removed after an interrupted run): sent ones are followed to their end, unsent ones cancelled.
void addLeftOver(BatchPlan &plan, const BatchHistory &history)
{
    QSet<QString> covered;
    for (const PlannedInvoice &item : std::as_const(plan.items)) {
        covered.insert(item.invoice.invoice.referenceCode);
        if (item.entry)
            covered.insert(item.entry->referenceCode);
    }
    for (const OutboxEntry &entry : history.unfinished()) {
        if (covered.contains(entry.referenceCode))
            continue;
        PlannedInvoice item;
        item.invoice = BatchHistory::invoiceOf(entry);
        item.invoice.key = history.keyOf(entry.referenceCode);
        item.entry = entry;
        item.action = entry.state == OutboxState::Queued ? PlanAction::Drop : PlanAction::Resume;
        plan.items.append(item);
    }
}

} // namespace

BatchPlanner::BatchPlanner(
    SepayClient *client, OutboxRepository *outbox, BatchIdentityRepository *identities, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox), m_identities(identities)
{
}

BatchPlanner::~BatchPlanner() = default;

BatchPlan BatchPlanner::planLocally(const BatchSource &source, const QList<BatchInvoice> &invoices,
    const QString &environment, bool draft, const OutboxRepository &outbox,
    const BatchIdentityRepository &identities, QString *error)
{
    BatchPlan plan;
    plan.source = source;
    plan.environment = environment;
    plan.draft = draft;
    const StoreResult<BatchHistory> history = BatchHistory::read(environment, source.key, outbox, identities);
    if (!history) {
        if (error)
            *error = history.error().userMessage();
        return plan;
    }
    for (const BatchInvoice &invoice : invoices) {
        PlannedInvoice item;
        item.invoice = invoice;
        item.invoice.invoice.isDraft = draft;
        item.explicitReference = !invoice.invoice.referenceCode.isEmpty();
        item.fingerprint = InvoiceFingerprint::of(invoice.invoice);
        if (const StoreStatus status = classify(item, plan, history.value(), outbox, identities); !status) {
            if (error)
                *error = status.error().userMessage();
            plan.items.clear();
            return plan;
        }
        plan.items.append(item);
    }
    addLeftOver(plan, history.value());
    return plan;
}

// The answer comes from the event loop, so the caller has connected to finished().
void BatchPlanner::plan(
    const BatchSource &source, const QList<BatchInvoice> &invoices, const QString &environment, bool draft)
{
    Q_ASSERT(!m_thread);
    m_thread = std::make_unique<BatchPlanThread>(m_identities->database().filePath(), m_identities->clock());
    m_thread->plan(source, invoices, environment, draft, this,
        [this](const BatchPlan &plan, const QString &error) { onPlannedLocally(plan, error); });
}

void BatchPlanner::onPlannedLocally(const BatchPlan &plan, const QString &error)
{
    m_plan = plan;
    m_error = error;
    if (m_error.isEmpty()) {
        for (int i = 0; i < m_plan.items.size(); ++i) {
            if (m_plan.items.at(i).needsLookUp)
                lookUp(i);
        }
    }
    finishIfDone();
}

void BatchPlanner::lookUp(int index)
{
    ++m_lookingUp;
    auto *job = m_client->invoice(m_plan.items.at(index).earlierReference);
    connect(job, &ApiJob::finished, this, [this, index, job] { onLookedUp(index, job); });
}

void BatchPlanner::onLookedUp(int index, InvoiceDetailJob *job)
{
    --m_lookingUp;
    PlannedInvoice &item = m_plan.items[index];
    item.needsLookUp = false;
    if (job->succeeded()) {
        item.action = PlanAction::Conflict;
        item.conflict = ConflictKind::Changed;
        item.onServer = job->invoice().summary;
        item.earlierNumber = job->invoice().summary.invoiceNumber;
    } else if (job->error().isNotFound()) {
        qCInfo(lcBatch) << "earlier" << item.earlierReference
                        << "is not on the server: sending the new content";
        if (const StoreStatus status = checkDuplicate(item, m_plan, *m_outbox, *m_identities); !status)
            m_error = status.error().userMessage();
    } else if (m_error.isEmpty()) {
        m_error = tr("Could not check on the server whether the invoice of line %1 (key %2, %3) exists: %4")
                      .arg(item.invoice.firstRow)
                      .arg(item.invoice.key, item.earlierReference, job->error().text());
    }
    finishIfDone();
}

void BatchPlanner::finishIfDone()
{
    if (m_finished || m_lookingUp > 0)
        return;
    m_finished = true;
    if (!m_error.isEmpty())
        qCWarning(lcBatch) << "no plan for" << m_plan.source.key << ":" << m_error;
    Q_EMIT finished();
}

} // namespace einvoice
