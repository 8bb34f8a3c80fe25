#pragma once

#include "correctionkind.h"
#include "invoice.h"
#include "validationissuelist.h"

namespace einvoice {

// The lines each kind of adjustment allows, in the signed form (vn-einvoice-domain.md 1.10:
// increases are entered as positive values, decreases as negative values):
//  - increase: money lines that add (positive quantity and price), no trade discount; the total
//    rises;
//  - decrease: every goods line negative (its quantity or its unit price, not both); the total
//    falls;
//  - combined: lines of either sign (a warning when all go the same way);
//  - info: note lines only (line type 4), no total: it may change buyer data and notes.
// A line that decreases carries no discount: its negative price or quantity is the reduction.
void checkAdjustmentLines(const Invoice &invoice, CorrectionKind kind, ValidationIssueList &issues);

} // namespace einvoice
