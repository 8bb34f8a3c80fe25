#include "batchplanwriter.h"

#include "core/invoicejson.h"
#include "store/batchidentityrepository.h"
#include "store/outboxrepository.h"
#include "store/transaction.h"

namespace einvoice {

namespace {

OutboxEntry newEntry(
    const PlannedInvoice &item, const BatchPlan &plan, OutboxKind kind, const QJsonObject &payload)
{
    OutboxEntry entry;
    entry.environment = plan.environment;
    entry.referenceCode = item.invoice.invoice.referenceCode;
    entry.kind = kind;
    entry.payload = payload;
    entry.batchId = plan.source.key;
    entry.batchRow = item.invoice.firstRow;
    return entry;
}

BatchIdentity identityOf(const PlannedInvoice &item, const BatchPlan &plan)
{
    BatchIdentity identity;
    identity.environment = plan.environment;
    identity.source = plan.source.key;
    identity.key = item.invoice.key;
    identity.revision = item.revision;
    identity.referenceCode = item.invoice.invoice.referenceCode;
    identity.fingerprint = item.fingerprint;
    identity.firstRow = item.invoice.firstRow;
    return identity;
}

} // namespace

QJsonObject BatchPlanWriter::createPayload(const PlannedInvoice &item, bool draft)
{
    Invoice invoice = item.invoice.invoice;
    invoice.isDraft = draft;
    return json::toCreatePayload(invoice);
}

StoreResult<BatchPlanWriter::Written> BatchPlanWriter::write(const BatchPlan &plan, OutboxRepository &outbox,
    BatchIdentityRepository &identities, const std::atomic_bool *cancelled)
{
    Transaction transaction(identities.database(), QStringLiteral("batch.writePlan"));
    if (!transaction.status())
        return transaction.status().error();
    BatchRunRecord run;
    run.environment = plan.environment;
    run.source = plan.source.key;
    run.fileName = plan.source.fileName;
    run.filePath = plan.source.filePath;
    run.sheetName = plan.source.sheetName;
    run.draft = plan.draft;
    run.invoices = plan.toSend();
    const StoreResult<BatchRunRecord> started = identities.startRun(run);
    if (!started)
        return started.error();
    Written written;
    written.runId = started.value().id;
    for (const PlannedInvoice &item : plan.items) {
        if (cancelled && cancelled->load())
            return StoreError {StoreError::Kind::Transaction, QStringLiteral("batch.writePlan"),
                QStringLiteral("cancelled")};
        if (item.action == PlanAction::Drop) {
            if (const auto dropped = outbox.cancel(item.entry->id); !dropped)
                return dropped.error();
        }
        if (!item.sends()) {
            written.entries.append(std::nullopt);
            continue;
        }
        if (item.fingerprint.isEmpty()) { // left over from an interrupted run: followed up as it is
            written.entries.append(item.entry);
            continue;
        }
        if (const auto saved = identities.save(identityOf(item, plan)); !saved)
            return saved.error();
        const StoreResult<std::optional<OutboxEntry>> entry = entryFor(item, plan, outbox);
        if (!entry)
            return entry.error();
        written.entries.append(entry.value());
    }
    if (const StoreStatus status = transaction.commit(); !status)
        return status.error();
    return written;
}

StoreResult<std::optional<OutboxEntry>> BatchPlanWriter::entryFor(
    const PlannedInvoice &item, const BatchPlan &plan, OutboxRepository &outbox)
{
    if (item.action == PlanAction::Issue) {
        const QJsonObject issueBody {{QStringLiteral("reference_code"), item.invoice.invoice.referenceCode}};
        const StoreResult<OutboxEntry> issue
            = outbox.enqueue(newEntry(item, plan, OutboxKind::Issue, issueBody));
        if (!issue)
            return issue.error();
        return std::optional<OutboxEntry>(issue.value());
    }
    const bool create = !item.entry || item.entry->kind == OutboxKind::Create;
    const QJsonObject payload = create ? createPayload(item, plan.draft) : item.entry->payload;
    const OutboxEntry next = newEntry(item, plan, create ? OutboxKind::Create : OutboxKind::Issue, payload);
    StoreResult<OutboxEntry> entry
        = StoreError {StoreError::Kind::InvalidData, QStringLiteral("batch.writePlan"), {}};
    if (!item.entry)
        entry = outbox.enqueue(next);
    else if (item.action == PlanAction::Retry)
        entry = outbox.requeue(item.entry->id, create ? std::optional<QJsonObject>(payload) : std::nullopt);
    else if (item.action == PlanAction::Resume && item.entry->state != OutboxState::Queued)
        entry = *item.entry; // followed up as it is
    else
        entry = replace(*item.entry, next, outbox);
    if (!entry)
        return entry.error();
    return std::optional<OutboxEntry>(entry.value());
}

// The earlier entry gives way to the one this run sends: an unsent or proven-absent entry under
// the same reference code is requeued with the new body; otherwise it is closed (cancelled when
// it never left, failed when it was looked up and not found) and a new entry is queued.
StoreResult<OutboxEntry> BatchPlanWriter::replace(
    const OutboxEntry &earlier, const OutboxEntry &next, OutboxRepository &outbox)
{
    const bool sameCode = earlier.referenceCode == next.referenceCode && earlier.kind == next.kind;
    if (earlier.state == OutboxState::Queued) {
        if (sameCode && earlier.payload == next.payload)
            return earlier;
        if (const auto cancelled = outbox.cancel(earlier.id); !cancelled)
            return cancelled.error();
        return outbox.enqueue(next);
    }
    if (sameCode && earlier.state != OutboxState::Succeeded && earlier.state != OutboxState::Cancelled
        && earlier.state != OutboxState::Tracking)
        return outbox.requeue(earlier.id, next.payload);
    if (earlier.state == OutboxState::Sent || earlier.state == OutboxState::Unknown) {
        if (const auto closed
            = outbox.markFailed(earlier.id, QStringLiteral("replaced by ") + next.referenceCode);
            !closed)
            return closed.error();
    }
    return outbox.enqueue(next);
}

} // namespace einvoice
