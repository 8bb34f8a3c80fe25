#include "correctioncontract.h"

#include "core/invoicejson.h"

namespace einvoice {

namespace {

std::optional<Decimal> magnitude(const std::optional<Decimal> &value)
{
    return value && value->isNegative() ? std::optional<Decimal>(-*value) : value;
}

// The decrease with every amount positive, for DecreaseSign::Positive.
Invoice withMagnitudes(Invoice invoice)
{
    for (InvoiceLine &line : invoice.lines) {
        line.quantity = magnitude(line.quantity);
        line.unitPrice = magnitude(line.unitPrice);
    }
    if (invoice.totalAmountOverride && *invoice.totalAmountOverride < 0)
        invoice.totalAmountOverride = -*invoice.totalAmountOverride;
    return invoice;
}

} // namespace

QString CorrectionContract::endpointPath(CorrectionKind kind) const
{
    return isAdjustment(kind) ? adjustPath : replacePath;
}

QString CorrectionContract::fallbackCheckPath(CorrectionKind kind, const QString &trackingCode) const
{
    return endpointPath(kind) + QStringLiteral("/check/")
        + QString::fromLatin1(QUrl::toPercentEncoding(trackingCode));
}

QJsonObject CorrectionContract::payload(
    const Invoice &correction, CorrectionKind kind, const QString &originCode) const
{
    Invoice sent = correction;
    sent.isDraft = allowsDraft && correction.isDraft;
    if (kind == CorrectionKind::Decrease && decreaseSign == DecreaseSign::Positive)
        sent = withMagnitudes(sent);
    QJsonObject body = json::toCreatePayload(sent);
    body.insert(QStringLiteral("original_invoice_reference_code"), originCode);
    if (isAdjustment(kind))
        body.insert(QStringLiteral("adjustment_type"), adjustmentTypeWire(kind));
    return body;
}

bool CorrectionContract::isCorrectionOf(
    const InvoiceDetail &found, CorrectionKind kind, const QString &originCode)
{
    if (found.summary.referenceCode == originCode)
        return false; // the origin itself
    const std::optional<int> type = found.documentType;
    if (found.originalReferenceCode.isEmpty()) // the documented detail: only the type can tell
        return !type || *type == documentTypeOf(kind);
    // Linked: it may have been corrected in turn since (replaced 5, adjusted 10).
    const bool typeFits = !type || *type == documentTypeOf(kind) || *type == DocumentType::Replaced
        || *type == DocumentType::Adjusted;
    return found.originalReferenceCode == originCode && typeFits;
}

} // namespace einvoice
