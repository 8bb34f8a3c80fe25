#pragma once

#include "httpreply.h"
#include "sandboxcontext.h"
#include "sandboxrecords.h"

#include <optional>

namespace einvoice {

// POST /v1/invoices/create, GET /v1/invoices/create/check/{tc}, POST /v1/invoices/issue,
// GET /v1/invoices/issue/check/{tc}, POST (or DELETE) /v1/invoices/delete/{reference_code}.
// The check endpoints also serve correction jobs whose reading names "create" (CorrectionReadings).
class InvoiceCommandEndpoints
{
public:
    explicit InvoiceCommandEndpoints(SandboxContext &context) : m_context(context) { }

    HttpReply create(const SandboxRequest &request);
    HttpReply createCheck(const SandboxRequest &request);
    HttpReply issue(const SandboxRequest &request);
    HttpReply issueCheck(const SandboxRequest &request);
    HttpReply deleteDraft(const SandboxRequest &request);

    // Shared with the correction endpoints.
    std::optional<HttpReply> checkAccount(const Invoice &invoice, StoredAccount *account);
    static std::optional<HttpReply> checkTaxApproval(const StoredAccount &account, const QString &issuedDate);
    // GET /v1/invoices/{segment}/check/{tc}: the job, when its kind is checked at this segment
    // (CorrectionReadings::checkSegmentOf); 404 otherwise.
    HttpReply check(const SandboxRequest &request, const QString &segment);
    // The accepted-request answer; tracking_url = base + /v1/invoices/{segment}/check/{tc}.
    static HttpReply accepted(QUrl base, const QString &segment, const QString &trackingCode);
    static HttpReply quotaExceeded();

private:
    StoredJob newJob(const QString &kind, const QString &referenceCode, bool alsoIssue);

    SandboxContext &m_context;
};

} // namespace einvoice
