#pragma once

#include "core/invoice.h"
#include "sandboxrecords.h"

#include <QJsonObject>

namespace einvoice {

// Turns invoices into database rows and back; the numbering rules of issuance.
class InvoiceRows
{
public:
    // A row with the totals computed by app/core (total_amount: the client's override if sent).
    static StoredInvoice fromInvoice(const Invoice &invoice, const QJsonObject &payload);
    // The invoice stored in a row's payload; nullopt if it cannot be read back.
    static std::optional<Invoice> invoiceOf(const StoredInvoice &row);
    // Numbers run per provider account, template and series.
    static QString seriesKey(const StoredInvoice &row);
    // document_type as the detail shows it: the stored one, else 1 for a draft, 2 once issued.
    static int documentTypeOf(const StoredInvoice &row);
    // provider_status as the detail shows it: the stored one, else "1" for a draft, "4" once issued.
    static QString providerStatusOf(const StoredInvoice &row);
    // The summary's status: "draft", "issued", or "cancelled" for document type 3.
    static QString statusTextOf(const StoredInvoice &row);
    // A made-up tax-authority code (MCCQT), e.g. "M1-26-7KQ2D-00000000017": deterministic.
    static QString taxAuthorityCode(const StoredInvoice &row, qint64 number, quint64 seed);
};

} // namespace einvoice
