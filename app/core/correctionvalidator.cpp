#include "correctionvalidator.h"

#include "correctionlinerules.h"
#include "validationissuelist.h"

namespace einvoice {

namespace {

std::optional<Decimal> magnitude(const std::optional<Decimal> &value)
{
    if (value && value->isNegative())
        return -*value;
    return value;
}

void checkDateAfterOrigin(const Invoice &correction, const InvoiceDetail &origin, ValidationIssueList &issues)
{
    // issued_date is a wall time in Vietnam and the origin's date a Vietnam date: compare the dates.
    const QDate originDate = origin.summary.issuedDate;
    if (!correction.issuedAt.isValid() || !originDate.isValid())
        return;
    if (correction.issuedAt.date() < originDate) {
        issues.error(QStringLiteral("issued_date"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "The correction is dated %1, before the invoice it corrects (%2)."),
            {correction.issuedAt.date().toString(Qt::ISODate), originDate.toString(Qt::ISODate)});
    }
}

} // namespace

Invoice CorrectionValidator::withMagnitudes(const Invoice &invoice)
{
    Invoice copy = invoice;
    copy.totalAmountOverride.reset();
    for (InvoiceLine &line : copy.lines) {
        line.quantity = magnitude(line.quantity);
        line.unitPrice = magnitude(line.unitPrice);
    }
    return copy;
}

ValidationIssues CorrectionValidator::validate(const Invoice &correction, CorrectionKind kind,
    const InvoiceDetail &origin, const InvoiceValidator::Context &context)
{
    const bool adjustment = isAdjustment(kind);
    ValidationIssues issues
        = InvoiceValidator::validate(adjustment ? withMagnitudes(correction) : correction, context);
    ValidationIssueList more;
    if (adjustment)
        checkAdjustmentLines(correction, kind, more);
    checkDateAfterOrigin(correction, origin, more);
    issues.append(more.take());
    return issues;
}

} // namespace einvoice
