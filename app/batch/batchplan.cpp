#include "batchplan.h"

namespace einvoice {

bool PlannedInvoice::canIssueAsNew() const
{
    if (conflict == ConflictKind::PossibleDuplicate)
        return true;
    // A reference code the file gives is used as is: a new invoice needs a new code in the file.
    return !explicitReference || invoice.invoice.referenceCode != earlierReference;
}

QList<int> BatchPlan::conflicts() const
{
    QList<int> indexes;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).action == PlanAction::Conflict)
            indexes.append(i);
    }
    return indexes;
}

bool BatchPlan::skip(int index)
{
    if (index < 0 || index >= items.size() || items.at(index).action != PlanAction::Conflict)
        return false;
    items[index].action = PlanAction::Skip;
    return true;
}

void BatchPlan::leaveOut(const BatchInvoice &invoice, const QString &reason)
{
    PlannedInvoice item;
    item.invoice = invoice;
    item.action = PlanAction::Skip;
    item.skipReason = reason;
    items.append(item);
}

bool BatchPlan::issueAsNew(int index)
{
    if (index < 0 || index >= items.size())
        return false;
    PlannedInvoice &item = items[index];
    if (item.action != PlanAction::Conflict || !item.canIssueAsNew())
        return false;
    if (item.conflict == ConflictKind::Changed || item.conflict == ConflictKind::HeldByOther) {
        item.revision = item.newRevision;
        if (!item.explicitReference)
            item.invoice.invoice.referenceCode = source.referenceCode(item.invoice.key, item.revision);
    }
    item.action = PlanAction::Send;
    item.entry.reset();
    return true;
}

bool PlannedInvoice::sends() const
{
    return action == PlanAction::Send || action == PlanAction::Resume || action == PlanAction::Retry
        || action == PlanAction::Issue;
}

int BatchPlan::toSend() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const PlannedInvoice &item) { return item.sends(); }));
}

int BatchPlan::toIssue() const
{
    if (draft)
        return 0;
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlannedInvoice &item) {
        // An unfinished one that never left still needs its quota; one sent has taken it.
        const bool unsent
            = item.action == PlanAction::Resume && item.entry && item.entry->state == OutboxState::Queued;
        return item.action == PlanAction::Send || item.action == PlanAction::Retry
            || item.action == PlanAction::Issue || unsent;
    }));
}

QString BatchPlan::conflictText(const PlannedInvoice &item) const
{
    const QString where = tr("line %1, key %2").arg(item.invoice.firstRow).arg(item.invoice.key);
    switch (item.conflict) {
    case ConflictKind::Changed:
        return item.earlierNumber.isEmpty()
            ? tr("%1: changed since invoice %2 was sent, which the server holds.")
                  .arg(where, item.earlierReference)
            : tr("%1: changed since it was issued as number %2 (%3).")
                  .arg(where, item.earlierNumber, item.earlierReference);
    case ConflictKind::PossibleDuplicate:
        return tr("%1: the same invoice was already sent from \"%2\" (key %3, %4).")
            .arg(where, item.duplicateFile, item.duplicateOf->key, item.duplicateOf->referenceCode);
    case ConflictKind::ChangedCopy: {
        const QString date = item.earlierDate.toString(QStringLiteral("dd/MM/yyyy"));
        const bool numbered = !item.earlierNumber.isEmpty() && item.earlierNumber != QLatin1String("0");
        const QString invoice = numbered
            ? tr("invoice number %1 (%2)").arg(item.earlierNumber, item.duplicateOf->referenceCode)
            : tr("invoice %1").arg(item.duplicateOf->referenceCode);
        return tr("%1: %2 of %3 for the same buyer was already sent from \"%4\" under key %5; the content "
                  "has changed since.")
            .arg(where, invoice, date, item.duplicateFile, item.duplicateOf->key);
    }
    case ConflictKind::HeldByOther:
        return tr("%1: the server holds a different invoice under %2.")
            .arg(where, item.invoice.invoice.referenceCode);
    case ConflictKind::None:
        break;
    }
    return where;
}

} // namespace einvoice
