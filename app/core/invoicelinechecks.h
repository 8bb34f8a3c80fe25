#pragma once

#include "invoice.h"
#include "validationissuelist.h"

namespace einvoice {

// The line rules of InvoiceValidator: at least one line; each line's kind, name, quantity, price,
// discount and tax rate; the reduced VAT rates of the period; the totals and the cash warning.
void checkInvoiceLines(const Invoice &invoice, ValidationIssueList &issues);

} // namespace einvoice
