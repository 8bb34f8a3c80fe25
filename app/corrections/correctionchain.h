#pragma once

#include "core/correctionkind.h"
#include "core/remoteinvoice.h"
#include "store/outboxentry.h"

#include <QList>

#include <optional>

namespace einvoice {

class CorrectionLedger;

// One invoice's place among corrections: the invoice it corrects and the corrections of it, as
// far as this app knows (the detail's link to its origin, and the replacements and adjustments
// this app's outbox recorded), oldest first.
struct CorrectionChain
{
    struct Link
    {
        QString referenceCode;
        std::optional<CorrectionKind> kind; // of the correction; unset for the origin link
        QString invoiceNumber; // when known
        bool finished = true; // false: sent, outcome not known yet
        bool failed = false; // refused by the server or failed: not a correction

        bool operator==(const Link &) const = default;
    };

    std::optional<Link> origin; // what this invoice corrects
    QList<Link> corrections; // what corrects this invoice

    bool isEmpty() const { return !origin && corrections.isEmpty(); }

    // detail: the invoice's detail; ledger: this environment's outbox entries of corrections.
    static CorrectionChain of(const InvoiceDetail &detail, const CorrectionLedger &ledger);
};

} // namespace einvoice
