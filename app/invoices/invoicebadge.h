#pragma once

#include "store/cachedinvoice.h"

#include <QString>

#include <optional>

namespace einvoice {

// What the status column shows: the server's status, this app's running or failed job, and what
// the detail's document type says about cancellation, replacement and adjustment: of the invoice
// corrected (replaced, adjusted) and of the correction itself (a replacement, an adjustment of
// each kind). New values go at the end: filters and tests keep the numbers.
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
};
inline constexpr int invoiceBadgeCount = 12;

InvoiceBadge badgeOf(const CachedInvoiceRow &row);
std::optional<InvoiceBadge> badgeFromInt(int value);

} // namespace einvoice
