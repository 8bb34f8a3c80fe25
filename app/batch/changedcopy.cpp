#include "changedcopy.h"

#include "batchhistory.h"
#include "batchplan.h"
#include "store/batchidentityrepository.h"
#include "store/outboxrepository.h"

namespace einvoice {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString foldedName(const Buyer &buyer)
{
    const QString name = buyer.name.trimmed().isEmpty() ? buyer.legalName : buyer.name;
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

// The latest create and issue entry among those of one reference code.
BatchHistory::Entries latestEntries(const QList<OutboxEntry> &entries)
{
    BatchHistory::Entries latest;
    for (const OutboxEntry &entry : entries) {
        std::optional<OutboxEntry> &slot = entry.kind == OutboxKind::Create ? latest.create : latest.issue;
        if (!slot || slot->id < entry.id)
            slot = entry;
    }
    return latest;
}

void markConflict(PlannedInvoice &item, const BatchIdentity &other, const BatchHistory::Entries &earlier,
    const Invoice &before)
{
    item.action = PlanAction::Conflict;
    item.conflict = ConflictKind::ChangedCopy;
    item.duplicateOf = other;
    item.earlierReference = other.referenceCode;
    item.earlierPayload = earlier.create->payload;
    item.earlierDate = before.issuedAt.date();
    const bool issued = earlier.issue && earlier.issue->state == OutboxState::Succeeded;
    item.earlierNumber = issued ? earlier.issue->invoiceNumber : earlier.create->invoiceNumber;
}

} // namespace

bool ChangedCopy::sameBuyer(const Buyer &a, const Buyer &b)
{
    const QString codeA = digitsOf(a.taxCode);
    const QString codeB = digitsOf(b.taxCode);
    if (!codeA.isEmpty() && !codeB.isEmpty())
        return codeA == codeB;
    return foldedName(a) == foldedName(b);
}

StoreStatus ChangedCopy::check(PlannedInvoice &item, const BatchPlan &plan, const OutboxRepository &outbox,
    const BatchIdentityRepository &identities)
{
    const auto sameKey = identities.byKey(plan.environment, item.invoice.key);
    if (!sameKey)
        return sameKey.error();
    const Invoice &now = item.invoice.invoice;
    const QList<BatchIdentity> &others = sameKey.value();
    for (auto other = others.crbegin(); other != others.crend(); ++other) { // the latest first
        if (other->source == plan.source.key)
            continue;
        const auto entries = outbox.byReference(plan.environment, other->referenceCode);
        if (!entries)
            return entries.error();
        const BatchHistory::Entries earlier = latestEntries(entries.value());
        if (!earlier.create || !BatchHistory::mayBeOnServer(entries.value()))
            continue;
        const Invoice before = BatchHistory::invoiceOf(*earlier.create).invoice;
        if (before.issuedAt.date() != now.issuedAt.date() || !sameBuyer(before.buyer, now.buyer))
            continue;
        markConflict(item, *other, earlier, before);
        item.duplicateFile = BatchHistory::fileName(identities, plan.environment, other->source);
        return {};
    }
    return {};
}

} // namespace einvoice
