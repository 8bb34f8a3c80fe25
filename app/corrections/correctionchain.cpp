#include "correctionchain.h"

#include "correctionledger.h"

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
    return link;
}

} // namespace

CorrectionChain CorrectionChain::of(const InvoiceDetail &detail, const CorrectionLedger &ledger)
{
    CorrectionChain chain;
    const QString reference = detail.summary.referenceCode;
    if (!detail.originalReferenceCode.isEmpty())
        chain.origin = Link {detail.originalReferenceCode, std::nullopt, QString(), true, false};
    const StoreResult<QList<OutboxEntry>> entries = ledger.entriesFor(reference);
    if (entries.ok()) {
        for (const OutboxEntry &entry : entries.value()) {
            if (const Link link = linkOf(entry); !link.failed)
                chain.corrections.append(link);
        }
    }
    if (!chain.origin) {
        // A correction this app sent: its outbox entry names the origin.
        const StoreResult<QList<OutboxEntry>> mine = ledger.entriesOf(reference);
        if (mine.ok() && !mine.value().isEmpty())
            chain.origin = Link {
                CorrectionLedger::originOf(mine.value().first()), std::nullopt, QString(), true, false};
    }
    return chain;
}

} // namespace einvoice
