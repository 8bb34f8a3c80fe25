#pragma once

#include "httpreply.h"
#include "sandboxcontext.h"
#include "sandboxrecords.h"

#include <optional>

namespace einvoice {

// POST /v1/invoices/create, GET /v1/invoices/create/check/{tc}, POST /v1/invoices/issue,
// GET /v1/invoices/issue/check/{tc}, POST (or DELETE) /v1/invoices/delete/{reference_code}.
class InvoiceCommandEndpoints
{
public:
    explicit InvoiceCommandEndpoints(SandboxContext &context) : m_context(context) { }

    HttpReply create(const SandboxRequest &request);
    HttpReply createCheck(const SandboxRequest &request);
    HttpReply issue(const SandboxRequest &request);
    HttpReply issueCheck(const SandboxRequest &request);
    HttpReply deleteDraft(const SandboxRequest &request);

private:
    std::optional<HttpReply> checkAccount(const Invoice &invoice, StoredAccount *account);
    static std::optional<HttpReply> checkTaxApproval(const StoredAccount &account, const QString &issuedDate);
    HttpReply check(const SandboxRequest &request, const QString &kind);
    HttpReply accepted(const QString &kind, const QString &trackingCode);
    StoredJob newJob(const QString &kind, const QString &referenceCode, bool alsoIssue);

    SandboxContext &m_context;
};

} // namespace einvoice
