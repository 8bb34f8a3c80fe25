#pragma once

#include <QString>

namespace einvoice {

struct Invoice;

// The content of an invoice as one hash (issue 14): the buyer, every line with its exact
// Decimal values (1.50 and 1.5 are the same number), the invoice date (the day), currency,
// payment method, notes, template, series, provider account and a reference code given in the
// file. Not the draft flag, not the time of day, not a derived reference code: a re-run in the
// other mode, or the same sheet re-saved, has the same fingerprint; any change a person makes to
// what the invoice says gives another one.
class InvoiceFingerprint
{
public:
    static QString of(const Invoice &invoice);
};

} // namespace einvoice
