#pragma once

#include "core/correctionkind.h"
#include "core/remoteinvoice.h"
#include "store/invoicedetailrepository.h"
#include "store/outboxentry.h"

#include <QList>

#include <optional>

namespace einvoice {

class CorrectionLedger;

// One invoice's place among corrections: the invoice it corrects and the corrections of it, as
// far as this app knows (the detail's link to its origin, the replacements and adjustments this
// app's outbox recorded, and the stored details of other invoices that name this one as their
// origin: corrections made elsewhere), oldest first.
struct CorrectionChain
{
    struct Link
    {
        QString referenceCode;
        std::optional<CorrectionKind> kind; // of the correction; unset for the origin link
        QString invoiceNumber; // when known
        bool finished = true; // false: sent, outcome not known yet
        bool failed = false; // refused by the server or failed: not a correction
        QDate date; // the correction's invoice date, or the day this app sent it; invalid: unknown

        bool operator==(const Link &) const = default;
    };

    std::optional<Link> origin; // what this invoice corrects
    QList<Link> corrections; // what corrects this invoice

    bool isEmpty() const { return !origin && corrections.isEmpty(); }

    // detail: the invoice's detail; ledger: this environment's outbox entries of corrections;
    // stored: InvoiceDetailRepository::correctionsOf() the invoice. A correction known both ways
    // is listed once; the corrections are ordered by date, those without one last.
    static CorrectionChain of(const InvoiceDetail &detail, const CorrectionLedger &ledger,
        const QList<StoredCorrection> &stored = {});
    // The kind of a stored correction: its adjustment_type, else its document type; a detail
    // that names an origin without either is a replacement.
    static CorrectionKind kindOf(const StoredCorrection &stored);
};

} // namespace einvoice
