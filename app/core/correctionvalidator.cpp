#include "correctionvalidator.h"

#include "correctionlinerules.h"
#include "totals.h"
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
    // The origin's date is a Vietnam date; the correction's is compared as it is sent, in Vietnam
    // time (json::formatIssuedDate), whatever the machine's time zone.
    const QDate originDate = origin.summary.issuedDate;
    if (!correction.issuedAt.isValid() || !originDate.isValid())
        return;
    const QDate date = correction.issuedAt.toTimeZone(Clock::vietnamTimeZone()).date();
    if (date < originDate) {
        issues.error(QStringLiteral("issued_date"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "The correction is dated %1, before the invoice it corrects (%2)."),
            {date.toString(Qt::ISODate), originDate.toString(Qt::ISODate)});
    }
}

// A correction is a new invoice: it cannot reuse the reference code of the one it corrects.
void checkOwnReferenceCode(
    const Invoice &correction, const InvoiceDetail &origin, ValidationIssueList &issues)
{
    const QString code = correction.referenceCode.trimmed();
    if (!code.isEmpty() && code == origin.summary.referenceCode) {
        issues.error(QStringLiteral("reference_code"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The correction needs a reference code of its own; %1 is the invoice it corrects."),
            {code});
    }
}

// An adjustment cannot take off more than is left of the invoice it corrects: typing a line's new
// quantity (20) where the decrease (2) belongs issued a decrease more than twice the invoice, and
// two decreases of 60 % each took off more than the invoice was worth.
void checkWithinOrigin(const Invoice &correction, const InvoiceDetail &origin, Decimal earlierAdjustments,
    ValidationIssueList &issues)
{
    const Decimal originTotal = origin.summary.totalAmount;
    if (originTotal.isNegative() || originTotal.isZero())
        return; // not known, or nothing to take off
    const InvoiceTotals totals = computeTotals(correction);
    const Decimal left = originTotal + earlierAdjustments;
    if (totals.outOfRange || !(totals.grandTotal + left).isNegative())
        return;
    if (earlierAdjustments.isZero()) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The adjustment takes %1 off invoice %2, whose total is %3: type by how much each line "
                "goes down, not its new figure."),
            {(-totals.grandTotal).toString(), origin.summary.invoiceNumber, originTotal.toString()});
        return;
    }
    issues.error(QStringLiteral("items"),
        QT_TRANSLATE_NOOP("einvoice::Validation",
            "The adjustment takes %1 off invoice %2: of its total %3, earlier adjustments leave %4."),
        {(-totals.grandTotal).toString(), origin.summary.invoiceNumber, originTotal.toString(),
            left.toString()});
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
    const InvoiceDetail &origin, const InvoiceValidator::Context &context, Decimal earlierAdjustments)
{
    const bool adjustment = isAdjustment(kind);
    ValidationIssues issues
        = InvoiceValidator::validate(adjustment ? withMagnitudes(correction) : correction, context);
    ValidationIssueList more;
    if (adjustment) {
        checkAdjustmentLines(correction, kind, more);
        checkWithinOrigin(correction, origin, earlierAdjustments, more);
    }
    checkDateAfterOrigin(correction, origin, more);
    checkOwnReferenceCode(correction, origin, more);
    issues.append(more.take());
    return issues;
}

} // namespace einvoice
