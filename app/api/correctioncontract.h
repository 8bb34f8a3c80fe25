#pragma once

#include "core/correctionkind.h"
#include "core/invoice.h"
#include "core/remoteinvoice.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace einvoice {

// The one place for everything the SePay documentation leaves open about replacements and
// adjustments (sepay-api.md appendix B and C, open questions 25-32). Each guess names its
// source; after a probe of the real sandbox, correcting a guess is a change to this class (its
// defaults in correctioncontract.cpp), nothing else. ClientOptions::corrections carries one, so
// tests can run the client against each reading the local sandbox offers.
//
// Not a guess, and so not here: the job is followed through the tracking_url of the answer,
// whatever path it names, once TrackingUrl has checked that it points at the same server.
class CorrectionContract
{
public:
    enum class DecreaseSign {
        Negative, // a decrease's lines carry negative amounts (the house's own form)
        Positive, // they carry the magnitudes; adjustment_type "decrease" gives the sign
    };

    // POST path of a replacement: "/v1/invoices/replace" [DOC REP-VI]. Of an adjustment:
    // "/v1/invoices/adjust" [INF: open question 25, named after replace, create and issue].
    QString replacePath = QStringLiteral("/v1/invoices/replace");
    QString adjustPath = QStringLiteral("/v1/invoices/adjust");

    // How a decrease is sent [INF: open question 27]. Negative: vn-einvoice-domain.md 1.10
    // ("decreases as negative values", TT 91/2026 as quoted [R]), and a combined adjustment can
    // only say the direction of each line by its sign.
    DecreaseSign decreaseSign = DecreaseSign::Negative;

    // The provider_status of an origin the tax authority accepted (R2, A2 "issued and accepted")
    // [INF: appendix B, "probably means provider_status 4", code granted / received, sepay-api.md
    // 4.6]. OriginRules refuses an origin whose detail shows another status.
    QString acceptedProviderStatus = QStringLiteral("4");

    // Whether a correction may be saved as a draft and issued later [Open 30]: assumed not; a
    // correction is sent with is_draft false and issued by its own job.
    static constexpr bool allowsDraft = false;

    QString endpointPath(CorrectionKind kind) const;

    // Where to check a job when the answer has no tracking_url at all [INF: open question 28, the
    // create/issue pattern]: "/v1/invoices/replace/check/{tc}" or "/v1/invoices/adjust/check/{tc}".
    QString fallbackCheckPath(CorrectionKind kind, const QString &trackingCode) const;

    // The request body [INF: open question 26; appendix B "working assumption"]: the whole create
    // body (every field create requires is sent; nothing is left for the server to copy from the
    // origin) plus original_invoice_reference_code, and adjustment_type for an adjustment. The
    // invoice is given in the house's signed form and converted to decreaseSign.
    QJsonObject payload(const Invoice &correction, CorrectionKind kind, const QString &originCode) const;

    // Whether an invoice found under the correction's reference code (after a 409, or a look-up
    // after a lost answer) is that correction: never the origin itself; with a link
    // (original_invoice_reference_code, sent by the local sandbox [INF]) the link must name the
    // origin; without one (the documented detail) its document_type must be the correction's,
    // and a detail that says neither is taken to match.
    static bool isCorrectionOf(const InvoiceDetail &found, CorrectionKind kind, const QString &originCode);

    // The fields in which that invoice differs from the correction sent (InvoiceMatch); empty
    // when it is the same. How a decrease reads back in the detail is open [Open 31: the signs it
    // was sent with, or magnitudes]: either form matches.
    static QStringList differences(const Invoice &sent, const InvoiceDetail &found);
};

} // namespace einvoice
