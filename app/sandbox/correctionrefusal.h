#pragma once

#include "httpreply.h"

namespace einvoice {

// Why the sandbox refuses a replacement or adjustment, and the answer for each: the documented
// error envelope with an UPPER_SNAKE error.code. Statuses follow the appendix's error table
// (sepay-api.md appendix B, C); the codes are not documented and are inferred [INF], except
// EINVOICE_DOCUMENT_EXISTED, QUOTA_EXCEEDED and the two 422 codes of issue [DOC]. The table is
// in correctionrefusal.cpp and in the README's sandbox section.
enum class CorrectionRefusal {
    OriginNotFound, // R1/A1: no invoice has original_invoice_reference_code
    OriginOtherAccount, // R1/A1: it belongs to another provider account
    OriginNotIssued, // R2/A2: a draft, or still being created
    OriginNotAccepted, // R2/A2: provider_status is not "4"
    OriginIsAdjustment, // R3/A3: an adjustment invoice (6-9) is not an origin
    OriginCancelled, // R4/A4
    OriginReplaced, // R4/R5/A4: replaced already; an invoice is replaced once only
    OriginInProgress, // R5/A4: a replacement of it (or, for a replacement, any correction) is pending
    DateBeforeOrigin, // the correction is dated before its origin
    InfoWithAmounts, // an information adjustment carries money lines
    SignMismatch, // a line's sign contradicts adjustment_type (under the decrease_sign reading)
};

HttpReply correctionRefusalReply(CorrectionRefusal refusal);

} // namespace einvoice
