#pragma once

#include "clock.h"
#include "invoice.h"
#include "remoteinvoice.h"
#include "validationissue.h"

#include <QDate>

#include <optional>

namespace einvoice {

// Checks an invoice against the API contract and the e-invoice rules before anything is sent
// (vn-einvoice-domain.md 1.11). Returns every problem at once.
class InvoiceValidator
{
public:
    struct Context
    {
        const Clock *clock = &SystemClock::instance();
        // When known: the provider account (for its templates and tax approval date).
        std::optional<ProviderAccount> account;
        // When known: the date of the newest invoice numbered in the invoice's series; an
        // invoice dated before it would be numbered after it (vn-einvoice-domain.md 1.9).
        std::optional<QDate> lastIssuedInSeries;
    };

    static ValidationIssues validate(const Invoice &invoice, const Context &context);
    static ValidationIssues validate(const Invoice &invoice); // system clock, no account
};

} // namespace einvoice
