#pragma once

#include "httpreply.h"
#include "sandboxcontext.h"

namespace einvoice {

// The admin path /_sandbox/... that the real API never uses. No authentication; answers are
// bare JSON objects (no envelope). Errors use the contract's error shape.
//
//   GET  /_sandbox/faults            -> the fault switches (SandboxFaults::toJson)
//   POST /_sandbox/faults            {any subset of the switches} -> the switches now in force
//   POST /_sandbox/expire-tokens     every token issued so far expires now -> {"expired":true}
//   GET  /_sandbox/requests          -> {"requests":[{"method","path","query","headers","body"}]}
//   DELETE /_sandbox/requests        empties the log (POST /_sandbox/requests/clear too)
//   POST /_sandbox/reset             empties the database, seeds it again, restores the
//                                    configured faults and settings, empties the log
//   GET  /_sandbox/quota             -> {"quota_remaining":N}
//   POST /_sandbox/quota             {"quota_remaining":N} -> {"quota_remaining":N}
//   GET  /_sandbox/settings          -> {"job_pending_polls","job_pending_ms",
//                                        "token_lifetime_seconds","allow_draft_download",
//                                        "provider_status_delay_ms","provider_status_outcome",
//                                        and the correction readings (correctionreadings.h)}
//   POST /_sandbox/settings          {any subset} -> the settings now in force; a value out of
//                                    range is refused with 400 naming the field
//   GET  /_sandbox/accounts          -> {"items":[{id, provider, active,
//                                        tax_authority_approved_date, registration_approved}]}
//   POST /_sandbox/accounts/{id}     {"active":bool,"registration_approved":bool,
//                                     "tax_authority_approved_date":"YYYY-MM-DD"|null}
//   GET  /_sandbox/portal/{reference_code}.pdf|.xml   the raw file behind pdf_url
//   GET/POST /_sandbox/invoices/{reference_code}      see InvoiceAdminEndpoints
class AdminEndpoints
{
public:
    AdminEndpoints(SandboxContext &context, SandboxConfig initialConfig)
        : m_context(context), m_initial(std::move(initialConfig))
    {
    }

    HttpReply faults(const SandboxRequest &request);
    HttpReply expireTokens(const SandboxRequest &request);
    HttpReply requests(const SandboxRequest &request);
    HttpReply clearRequests(const SandboxRequest &request);
    HttpReply reset(const SandboxRequest &request);
    HttpReply quota(const SandboxRequest &request);
    HttpReply settings(const SandboxRequest &request);
    HttpReply accounts(const SandboxRequest &request);
    HttpReply patchAccount(const SandboxRequest &request);

private:
    QJsonObject settingsJson() const;
    static HttpReply applySetting(const QString &key, const QJsonValue &value, SandboxConfig &config);

    SandboxContext &m_context;
    SandboxConfig m_initial;
};

} // namespace einvoice
