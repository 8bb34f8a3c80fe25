#include "invoicebadge.h"

namespace einvoice {

namespace {

// sepay-api.md 4.5: 3 cancelled, 4 replacement, 5 replaced, 6-9 adjustments, 10 adjusted.
std::optional<InvoiceBadge> badgeOfDocumentType(std::optional<int> documentType)
{
    if (!documentType)
        return std::nullopt;
    switch (*documentType) {
    case 3:
        return InvoiceBadge::Cancelled;
    case 4:
        return InvoiceBadge::Replacement;
    case 5:
        return InvoiceBadge::Replaced;
    case 6:
        return InvoiceBadge::AdjustmentIncrease;
    case 7:
        return InvoiceBadge::AdjustmentDecrease;
    case 8:
        return InvoiceBadge::AdjustmentInfo;
    case 9:
        return InvoiceBadge::AdjustmentCombined;
    case 10:
        return InvoiceBadge::Adjusted;
    default:
        return std::nullopt;
    }
}

} // namespace

InvoiceBadge badgeOf(const CachedInvoiceRow &row)
{
    if (row.localState == LocalState::Pending)
        return InvoiceBadge::Pending;
    if (row.localState == LocalState::Failed)
        return InvoiceBadge::Failed;
    if (row.status == InvoiceStatus::Cancelled)
        return InvoiceBadge::Cancelled;
    if (const std::optional<InvoiceBadge> fromType = badgeOfDocumentType(row.documentType))
        return *fromType;
    return row.status == InvoiceStatus::Issued ? InvoiceBadge::Issued : InvoiceBadge::Draft;
}

std::optional<InvoiceBadge> badgeFromInt(int value)
{
    if (value < 0 || value >= invoiceBadgeCount)
        return std::nullopt;
    return static_cast<InvoiceBadge>(value);
}

} // namespace einvoice
