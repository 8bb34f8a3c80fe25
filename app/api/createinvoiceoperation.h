#pragma once

#include "core/invoice.h"
#include "invoiceoperation.h"

namespace einvoice {

// Creates one invoice exactly once (sepay-api.md 5.4, 7.3).
//  - The reference code is fixed before the first POST (generated when the invoice has none) and
//    never changes.
//  - The invoice is validated locally first; errors finish with Validation and nothing is sent.
//  - No answer, an unreadable answer, 5xx or 429: look the code up with GET /v1/invoices/{ref};
//    found -> adopt it (same check as below); 404 -> only then POST again (bounded by
//    ClientOptions::maxCreateResends).
//  - 409 EINVOICE_DOCUMENT_EXISTED: adopt the existing invoice when it is this one (InvoiceMatch:
//    buyer, lines, total); a different invoice under the code ends with 409 REFERENCE_CODE_CONFLICT.
//  - With wait, follows the create job to Success or Failed.
class CreateInvoiceOperation : public InvoiceOperation
{
    Q_OBJECT

public:
    CreateInvoiceOperation(ApiConnection *connection, Invoice invoice, bool wait, QObject *parent = nullptr);

    const Invoice &submitted() const { return m_invoice; } // with its final reference code
    bool referenceCodeGenerated() const { return m_generated; }

    static QString newReferenceCode();
    // Gives an invoice without a reference code a new one; true when it did.
    static bool fixReferenceCode(Invoice &invoice);
    // The body to POST, when the caller has built it already from submitted() (the outbox keeps
    // it): saves building it again and sends exactly what was recorded. Call before start().
    // Keys that start with "_" are this app's notes in the outbox (DraftEditPair) and stay home.
    void usePayload(const QJsonObject &payload);

protected:
    void begin() override;
    JobTicketJob *makePost() override;
    void onRefused(const ApiError &error) override;
    void onFound(const InvoiceDetail &invoice) override;
    void onNotFound() override;

private:
    struct Prepared
    {
        Invoice invoice;
        bool generated = false;
    };
    static Prepared prepare(Invoice invoice);
    CreateInvoiceOperation(ApiConnection *connection, Prepared prepared, bool wait, QObject *parent);

    Invoice m_invoice;
    std::optional<QJsonObject> m_payload;
    bool m_generated = false;
    bool m_conflict = false; // the server said 409: the invoice exists even if not yet visible
};

} // namespace einvoice
