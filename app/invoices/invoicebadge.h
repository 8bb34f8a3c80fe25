#pragma once

#include "store/cachedinvoice.h"

#include <QString>

#include <optional>

namespace einvoice {

// What the status column shows: the server's status, this app's running or failed job, and what
// the detail's document type says about cancellation, replacement and adjustment: of the invoice
// corrected (replaced, adjusted) and of the correction itself (a replacement, an adjustment of
// each kind), and for an issued invoice otherwise what the tax authority made of it (its detail's
// provider_status, sepay-api.md 4.6; Issued while not known). New values go at the end: filters
// and tests keep the numbers.
enum class InvoiceBadge {
    Draft,
    Pending,
    Issued,
    Failed,
    Cancelled,
    Replaced,
    Adjusted,
    Replacement,
    AdjustmentIncrease,
    AdjustmentDecrease,
    AdjustmentInfo,
    AdjustmentCombined,
    TaxCodeGranted, // provider_status 4
    AwaitingTaxAuthority, // 3: not yet sent
    SigningError, // 2
    NoAnswer, // 5: the tax authority has not answered
    NotEligible, // 6: not eligible for a tax authority code
};
inline constexpr int invoiceBadgeCount = 17;
// The badges the status filter offers: an issued invoice's provider status is a filter of its own.
inline constexpr int invoiceStatusBadgeCount = 12;

InvoiceBadge badgeOf(const CachedInvoiceRow &row);
// What the status filter compares: Issued for every provider status badge, the badge otherwise.
InvoiceBadge statusBadgeOf(InvoiceBadge badge);
std::optional<InvoiceBadge> badgeFromInt(int value);

} // namespace einvoice
