#include "correctionlistnotes.h"

#include "store/invoicecacherepository.h"

namespace einvoice {

QList<CachedInvoice> correctionListNotes(const InvoiceCacheRepository &cache, const QString &environment,
    const CorrectionOrder &order, const CorrectionOutcome &outcome)
{
    if (outcome.status != CorrectionOutcome::Status::Done || !outcome.invoice)
        return {};
    CachedInvoice correction;
    if (const StoreResult<CachedInvoice> known = cache.load(environment, outcome.referenceCode); known.ok())
        correction = known.value();
    correction.summary = *outcome.invoice;
    correction.invoiceSeries = order.invoice.invoiceSeries;
    correction.documentType = documentTypeOf(order.kind);
    QList<CachedInvoice> notes {correction};
    if (const StoreResult<CachedInvoice> origin = cache.load(environment, order.originReferenceCode);
        origin.ok()) {
        CachedInvoice corrected = origin.value();
        corrected.documentType = originDocumentTypeAfter(order.kind);
        notes.append(corrected);
    }
    return notes;
}

} // namespace einvoice
