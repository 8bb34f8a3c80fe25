#pragma once

#include "correctionrequestchecker.h"
#include "httpreply.h"
#include "sandboxcontext.h"
#include "sandboxrecords.h"

namespace einvoice {

class InvoiceCommandEndpoints;

// POST /v1/invoices/replace [DOC path] and POST /v1/invoices/adjust [INF path] (sepay-api.md
// appendix B, C, emulator additions 11-12), and the check endpoints of their jobs,
// /v1/invoices/replace/check/{tc} and /v1/invoices/adjust/check/{tc} (or create/check, by
// reading: CorrectionReadings).
//
// Asynchronous like create with is_draft false: the request is checked (400, 401, 403, 404, 409,
// 422: CorrectionRefusal), the new invoice is stored invisibly with its document_type (4, or 6-9)
// and its origin, and a job is started; when the job succeeds the new invoice is issued (next
// number of its series, one unit of quota) and the origin becomes replaced (5) or adjusted (10)
// in the same transaction (JobProcessor). A failed job leaves the origin as it was.
class CorrectionEndpoints
{
public:
    CorrectionEndpoints(SandboxContext &context, InvoiceCommandEndpoints &commands)
        : m_context(context), m_commands(commands)
    {
    }

    HttpReply replace(const SandboxRequest &request);
    HttpReply adjust(const SandboxRequest &request);
    HttpReply replaceCheck(const SandboxRequest &request);
    HttpReply adjustCheck(const SandboxRequest &request);

private:
    HttpReply submit(const SandboxRequest &request, bool adjusting);
    std::optional<HttpReply> checkCorrection(
        CorrectionRequestChecker::Result &checked, StoredAccount *account);
    std::optional<HttpReply> checkIssuing(
        const CorrectionRequestChecker::Result &checked, const StoredAccount &account);
    HttpReply start(const CorrectionRequestChecker::Result &checked);

    SandboxContext &m_context;
    InvoiceCommandEndpoints &m_commands;
};

} // namespace einvoice
