#pragma once

#include "core/correctionkind.h"
#include "core/invoice.h"
#include "invoiceoperation.h"

namespace einvoice {

// What a replacement or adjustment is made of: the corrected invoice (the whole invoice for a
// replacement, the differences in signed form for an adjustment), the kind, and the origin's
// detail as read from the server.
struct CorrectionRequest
{
    Invoice invoice; // reference_code fixed by the operation when empty
    CorrectionKind kind = CorrectionKind::Replace;
    InvoiceDetail origin;
};

// Replaces or adjusts an issued invoice exactly once (sepay-api.md appendix B, C), with the
// guarantees of CreateInvoiceOperation:
//  - the new reference code is fixed before the first POST (generated when empty) and never
//    changes;
//  - the origin (OriginRules) and the correction (CorrectionValidator) are checked first: a
//    refusal finishes with Validation and nothing is sent (unless usePayload() gave a body the
//    caller checked and recorded);
//  - no answer, an unreadable one, 5xx or 429: the new reference code is looked up; found ->
//    adopted when it is this correction; 404 -> only then sent again (maxCreateResends);
//  - 409 EINVOICE_DOCUMENT_EXISTED: the invoice holding the code is adopted when it is this
//    correction, refused otherwise; another refusal after an earlier attempt is checked once by
//    looking the code up (that attempt may have landed);
//  - the body follows ClientOptions::corrections (CorrectionContract); with wait, the job is
//    followed through the tracking_url of the answer when TrackingUrl allows it.
class CorrectionOperation : public InvoiceOperation
{
    Q_OBJECT

public:
    CorrectionOperation(
        ApiConnection *connection, CorrectionRequest request, bool wait, QObject *parent = nullptr);

    const CorrectionRequest &request() const { return m_request; } // with its final reference code
    bool referenceCodeGenerated() const { return m_generated; }
    QString originReferenceCode() const { return m_request.origin.summary.referenceCode; }
    // The body to POST; the outbox records it before it is sent.
    QJsonObject payload() const;
    // Sends exactly this body, recorded by the caller (the outbox's copy of payload()). The
    // caller checked the request before recording it; the checks are not repeated, since the
    // origin may by now show this very correction's effect. Call before start().
    void usePayload(const QJsonObject &payload) { m_payload = payload; }

protected:
    void begin() override;
    JobTicketJob *makePost() override;
    void onRefused(const ApiError &error) override;
    void onFound(const InvoiceDetail &invoice) override;
    void onNotFound() override;
    QString checkPathOf(const JobTicket &ticket, QUrlQuery *query, ApiError *error) const override;

private:
    struct Prepared
    {
        CorrectionRequest request;
        bool generated = false;
    };
    static Prepared prepare(CorrectionRequest request);
    CorrectionOperation(ApiConnection *connection, Prepared prepared, bool wait, QObject *parent);
    ValidationIssues check() const;

    CorrectionRequest m_request;
    std::optional<QJsonObject> m_payload;
    bool m_generated = false;
    bool m_conflict = false; // 409: the code exists even if not yet visible
    bool m_checkingRefusal = false; // a refusal after an earlier attempt is being checked
};

} // namespace einvoice
