#pragma once

#include "fieldlimits.h"
#include "invoice.h"
#include "validationissuelist.h"

namespace einvoice {

// The text and size rules of InvoiceValidator, from core FieldLimits: no control characters in
// any text field (line breaks only in the note), each field within the length the provider's XML
// accepts, at most FieldLimits::maxLines() lines, and the whole create request within
// FieldLimits::maxRequestBytes(). The reference code has its own rule in the validator.
void checkInvoiceText(
    const Invoice &invoice, ValidationIssueList &issues, const FieldLimits &limits = FieldLimits::current());

} // namespace einvoice
