#include "correctionchain.h"

#include "core/vietnamtime.h"
#include "correctionledger.h"

#include <algorithm>

namespace einvoice {

namespace {

CorrectionChain::Link linkOf(const OutboxEntry &entry)
{
    CorrectionChain::Link link;
    link.referenceCode = entry.referenceCode;
    link.kind = CorrectionLedger::kindOf(entry);
    link.invoiceNumber = entry.invoiceNumber;
    link.finished = entry.state == OutboxState::Succeeded || entry.state == OutboxState::Failed
        || entry.state == OutboxState::Cancelled;
    link.failed = entry.state == OutboxState::Failed || entry.state == OutboxState::Cancelled;
    link.date = VietnamTime::toVietnam(entry.createdAt).date();
    return link;
}

// A stored detail is the server's word: the correction exists, whatever the outbox says of it.
void addStored(QList<CorrectionChain::Link> &links, const StoredCorrection &stored)
{
    CorrectionChain::Link link {stored.referenceCode, CorrectionChain::kindOf(stored), stored.invoiceNumber,
        true, false, stored.issuedDate};
    const auto known = std::find_if(links.begin(), links.end(),
        [&](const CorrectionChain::Link &local) { return local.referenceCode == stored.referenceCode; });
    if (known == links.end()) {
        links.append(link);
        return;
    }
    if (link.invoiceNumber.isEmpty())
        link.invoiceNumber = known->invoiceNumber;
    if (!link.date.isValid())
        link.date = known->date;
    *known = link;
}

// The outbox's corrections and the stored ones, each once, by date; those that failed (and that
// no stored detail shows the server has) are left out.
QList<CorrectionChain::Link> correctionsOf(
    const QString &reference, const CorrectionLedger &ledger, const QList<StoredCorrection> &stored)
{
    QList<CorrectionChain::Link> links;
    if (const StoreResult<QList<OutboxEntry>> entries = ledger.entriesFor(reference); entries.ok()) {
        for (const OutboxEntry &entry : entries.value())
            links.append(linkOf(entry));
    }
    for (const StoredCorrection &one : stored)
        addStored(links, one);
    links.removeIf([](const CorrectionChain::Link &link) { return link.failed; });
    std::stable_sort(
        links.begin(), links.end(), [](const CorrectionChain::Link &a, const CorrectionChain::Link &b) {
            if (a.date.isValid() != b.date.isValid())
                return a.date.isValid();
            return a.date < b.date;
        });
    return links;
}

} // namespace

CorrectionKind CorrectionChain::kindOf(const StoredCorrection &stored)
{
    if (const auto adjustment = adjustmentFromWire(stored.adjustmentType))
        return *adjustment;
    if (stored.documentType) {
        if (const auto kind = correctionKindOfDocumentType(*stored.documentType))
            return *kind;
    }
    return CorrectionKind::Replace;
}

CorrectionChain CorrectionChain::of(
    const InvoiceDetail &detail, const CorrectionLedger &ledger, const QList<StoredCorrection> &stored)
{
    CorrectionChain chain;
    const QString reference = detail.summary.referenceCode;
    if (!detail.originalReferenceCode.isEmpty())
        chain.origin = Link {detail.originalReferenceCode, std::nullopt, QString(), true, false, QDate()};
    chain.corrections = correctionsOf(reference, ledger, stored);
    if (!chain.origin) {
        // A correction this app sent: its outbox entry names the origin.
        const StoreResult<QList<OutboxEntry>> mine = ledger.entriesOf(reference);
        if (mine.ok() && !mine.value().isEmpty())
            chain.origin = Link {CorrectionLedger::originOf(mine.value().first()), std::nullopt, QString(),
                true, false, QDate()};
    }
    return chain;
}

} // namespace einvoice
