#pragma once

#include "correctionkind.h"
#include "invoicevalidator.h"

namespace einvoice {

// Checks a correction invoice before it is sent (vn-einvoice-domain.md 1.10, sepay-api.md
// appendix B and C), in the house's signed form: increases are positive, decreases negative.
//  - every rule of an ordinary invoice (InvoiceValidator), applied to the amounts' magnitudes
//    for adjustments, so that a negative quantity or price is judged by the rules below;
//  - the lines each kind allows (correctionlinerules.h);
//  - the correction is not dated before the invoice it corrects (dates in Vietnam time);
//  - an adjustment takes off no more than is left of the origin's total after its earlier
//    adjustments (`earlierAdjustments`, their net change: OriginAdjustments).
// Whether the origin may be corrected at all is OriginRules' job.
class CorrectionValidator
{
public:
    static ValidationIssues validate(const Invoice &correction, CorrectionKind kind,
        const InvoiceDetail &origin, const InvoiceValidator::Context &context = InvoiceValidator::Context(),
        Decimal earlierAdjustments = Decimal());

    // The invoice with every quantity and price made positive and no total_amount, for the
    // rules every invoice obeys.
    static Invoice withMagnitudes(const Invoice &invoice);
};

} // namespace einvoice
