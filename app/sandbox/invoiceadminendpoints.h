#pragma once

#include "httpreply.h"
#include "sandboxcontext.h"

namespace einvoice {

// Admin routes on one invoice, for what happens outside the API (never part of the real API):
//
//   GET  /_sandbox/invoices/{reference_code}  -> {"reference_code","status","document_type",
//        "provider_status","original_invoice_reference_code","adjustment_type","corrections":[...]}
//        status is "creating" while a create, replace or adjust job is pending; corrections
//        lists the replacements and adjustments made of it, oldest first
//   POST /_sandbox/invoices/{reference_code}  {"cancelled":true}: cancelled as with notice
//        04/SS outside the API (document_type 3, status "cancelled"; issued invoices only);
//        {"provider_status":"1".."9"}: the provider's state (sepay-api.md 4.6)
class InvoiceAdminEndpoints
{
public:
    explicit InvoiceAdminEndpoints(SandboxContext &context) : m_context(context) { }

    HttpReply invoice(const SandboxRequest &request);

private:
    HttpReply show(const QString &referenceCode);
    HttpReply change(const SandboxRequest &request);

    SandboxContext &m_context;
};

} // namespace einvoice
