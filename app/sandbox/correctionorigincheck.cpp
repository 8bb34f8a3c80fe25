#include "correctionorigincheck.h"

#include "invoicerows.h"
#include "invoicestore.h"

namespace einvoice {

std::optional<CorrectionKind> CorrectionOriginCheck::kindOf(const StoredInvoice &row)
{
    if (row.originalReferenceCode.isEmpty())
        return std::nullopt;
    if (row.adjustmentType.isEmpty())
        return CorrectionKind::Replace;
    return adjustmentFromWire(row.adjustmentType);
}

std::optional<CorrectionRefusal> CorrectionOriginCheck::check(
    const QString &originCode, const QString &accountId, CorrectionKind kind, const QString &self)
{
    const std::optional<StoredInvoice> origin = InvoiceStore(m_db).find(originCode);
    if (!origin)
        return CorrectionRefusal::OriginNotFound;
    if (origin->accountId != accountId)
        return CorrectionRefusal::OriginOtherAccount;
    if (origin->status != QLatin1String("issued"))
        return CorrectionRefusal::OriginNotIssued; // a draft, or still being created
    const int type = InvoiceRows::documentTypeOf(*origin);
    if (type == DocumentType::Cancelled)
        return CorrectionRefusal::OriginCancelled;
    if (type == DocumentType::Replaced)
        return CorrectionRefusal::OriginReplaced;
    if (DocumentType::isAdjustment(type))
        return CorrectionRefusal::OriginIsAdjustment;
    if (InvoiceRows::providerStatusOf(*origin) != QLatin1String("4"))
        return CorrectionRefusal::OriginNotAccepted;
    return checkPending(originCode, kind, self);
}

std::optional<CorrectionRefusal> CorrectionOriginCheck::checkPending(
    const QString &originCode, CorrectionKind kind, const QString &self)
{
    for (const StoredInvoice &other : InvoiceStore(m_db).correctionsOf(originCode)) {
        if (other.status != QLatin1String("creating") || other.referenceCode == self)
            continue;
        if (kind == CorrectionKind::Replace || kindOf(other) == CorrectionKind::Replace)
            return CorrectionRefusal::OriginInProgress;
    }
    return std::nullopt;
}

} // namespace einvoice
