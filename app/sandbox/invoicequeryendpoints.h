#pragma once

#include "httpreply.h"
#include "render/invoicedocument.h"
#include "sandboxcontext.h"
#include "sandboxrecords.h"

#include <optional>

namespace einvoice {

// GET /v1/invoices, GET /v1/invoices/{reference_code}, GET /v1/invoices/{code}/download, and
// the files behind pdf_url: GET /_sandbox/portal/{reference_code}.pdf|.xml.
class InvoiceQueryEndpoints
{
public:
    explicit InvoiceQueryEndpoints(SandboxContext &context) : m_context(context) { }

    HttpReply list(const SandboxRequest &request);
    HttpReply detail(const SandboxRequest &request);
    HttpReply download(const SandboxRequest &request);
    HttpReply portalFile(const SandboxRequest &request);

    // The printable document of a stored invoice (draft mark on drafts).
    std::optional<InvoiceDocument> documentOf(const StoredInvoice &row);

private:
    std::optional<StoredInvoice> visibleInvoice(const QString &code, bool anyCode);
    QByteArray render(const StoredInvoice &row, bool pdf);
    std::optional<CorrectionLink> correctionOf(const StoredInvoice &row);

    SandboxContext &m_context;
};

} // namespace einvoice
