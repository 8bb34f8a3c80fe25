#pragma once

#include "correctionorder.h"
#include "store/cachedinvoice.h"

#include <QList>

namespace einvoice {

class InvoiceCacheRepository;

// What the invoice list learns from a correction this app made, before the next refresh or
// detail says it: the new invoice with its document type (4 replacement, 6-9 adjustment) and
// its origin's new type (5 replaced, 10 adjusted). Empty unless the correction was issued.
QList<CachedInvoice> correctionListNotes(const InvoiceCacheRepository &cache, const QString &environment,
    const CorrectionOrder &order, const CorrectionOutcome &outcome);

} // namespace einvoice
