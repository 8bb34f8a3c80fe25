#pragma once

#include "httpreply.h"
#include "sandboxcontext.h"
#include "sandboxrecords.h"

namespace einvoice {

// POST /v1/token, GET /v1/provider-accounts, GET /v1/provider-accounts/{id}, GET /v1/usage.
class AccountEndpoints
{
public:
    explicit AccountEndpoints(SandboxContext &context) : m_context(context) { }

    HttpReply token(const SandboxRequest &request);
    HttpReply list(const SandboxRequest &request);
    HttpReply detail(const SandboxRequest &request);
    HttpReply usage(const SandboxRequest &request);

    // {"id","provider","active","tax_authority_approved_date"} (+ "templates" in the detail).
    static QJsonObject accountJson(const StoredAccount &stored, bool withTemplates);
    // page/per_page from the query: per_page clamped to 1..100, page at least 1.
    static void readPaging(const SandboxRequest &request, int defaultPerPage, int *page, int *perPage);
    static QJsonObject pagingJson(int page, int perPage, int total);

private:
    SandboxContext &m_context;
};

} // namespace einvoice
