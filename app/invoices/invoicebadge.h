#pragma once

#include "store/cachedinvoice.h"

#include <QString>

#include <optional>

namespace einvoice {

// What the status column shows: the server's status, this app's running or failed job, and what
// the detail's document type says about cancellation, replacement and adjustment.
enum class InvoiceBadge { Draft, Pending, Issued, Failed, Cancelled, Replaced, Adjusted };
inline constexpr int invoiceBadgeCount = 7;

InvoiceBadge badgeOf(const CachedInvoiceRow &row);
std::optional<InvoiceBadge> badgeFromInt(int value);

} // namespace einvoice
