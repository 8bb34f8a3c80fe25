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

InvoiceBadge badgeOfIssued(const QString &providerStatus)
{
    if (providerStatus == QLatin1String("4"))
        return InvoiceBadge::TaxCodeGranted;
    if (providerStatus == QLatin1String("3"))
        return InvoiceBadge::AwaitingTaxAuthority;
    if (providerStatus == QLatin1String("2"))
        return InvoiceBadge::SigningError;
    if (providerStatus == QLatin1String("5"))
        return InvoiceBadge::NoAnswer;
    if (providerStatus == QLatin1String("6"))
        return InvoiceBadge::NotEligible;
    return InvoiceBadge::Issued; // not read yet, or the 04/SS states of a cancellation notice
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
    return row.status == InvoiceStatus::Issued ? badgeOfIssued(row.providerStatus) : InvoiceBadge::Draft;
}

InvoiceBadge statusBadgeOf(InvoiceBadge badge)
{
    return int(badge) >= invoiceStatusBadgeCount ? InvoiceBadge::Issued : badge;
}

std::optional<InvoiceBadge> badgeFromInt(int value)
{
    if (value < 0 || value >= invoiceBadgeCount)
        return std::nullopt;
    return static_cast<InvoiceBadge>(value);
}

} // namespace einvoice
