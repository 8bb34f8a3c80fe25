#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "daterange.h"
#include "invoicebadge.h"

#include <QString>

#include <optional>

namespace einvoice {

// What the list shows: every set part must match.
struct InvoiceFilter
{
    std::optional<InvoiceBadge> badge;
    DateRange dates;
    std::optional<InvoiceSource> source;
    // provider_status "1".."9" (sepay-api.md 4.6); "" = issued but not read from the detail yet.
    std::optional<QString> providerStatus;
    std::optional<QString> series; // exactly, as the detail or the create request gave it
    QString search; // number, buyer, tax code or reference code; accents and case ignored
};

// The count and the sums of the rows that pass the filter (the list's footer). The sums count
// what the month-end reports count (store/countedinvoicesql.h: a decrease adjustment subtracts);
// the rows they leave out are counted apart, among count.
struct FilteredTotals
{
    int count = 0;
    int draftCount = 0; // not invoices yet
    int cancelledCount = 0;
    int replacedCount = 0; // a replacement counts instead
    int informationOnlyCount = 0; // adjustments that change no money
    // nullopt: the sum passed the range of Decimal (a year of a large chain's invoices can).
    std::optional<Decimal> totalBeforeTax = Decimal();
    std::optional<Decimal> taxAmount = Decimal();
    std::optional<Decimal> totalAmount = Decimal();
};

} // namespace einvoice
