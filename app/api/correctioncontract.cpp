#include "correctioncontract.h"

#include "core/correctionvalidator.h"
#include "core/invoicejson.h"
#include "core/invoicematch.h"

namespace einvoice {

namespace {

// The decrease with every amount positive, for DecreaseSign::Positive.
Invoice withMagnitudes(const Invoice &invoice)
{
    Invoice positive = CorrectionValidator::withMagnitudes(invoice);
    if (invoice.totalAmountOverride)
        positive.totalAmountOverride = qAbs(*invoice.totalAmountOverride);
    return positive;
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

QStringList CorrectionContract::differences(const Invoice &sent, const InvoiceDetail &found)
{
    const QStringList asSent = InvoiceMatch::differences(sent, found);
    if (asSent.isEmpty())
        return asSent;
    return InvoiceMatch::differences(withMagnitudes(sent), found).isEmpty() ? QStringList() : asSent;
}

} // namespace einvoice
