#pragma once

#include "core/clock.h"
#include "core/correctionkind.h"
#include "correctionreadings.h"
#include "correctionrefusal.h"
#include "createrequestchecker.h"

#include <optional>

namespace einvoice {

// Reads the body of POST /v1/invoices/replace and POST /v1/invoices/adjust: a create body
// (CreateRequestChecker, 400 naming the field) plus original_invoice_reference_code, and for
// adjust an adjustment_type [INF: sepay-api.md appendix B, C request tables]. A correction is
// issued at once: is_draft true is refused (400) [INF, open question 30].
class CorrectionRequestChecker
{
public:
    struct Result
    {
        std::optional<HttpReply> error;
        CreateRequestChecker::Result create; // payload and invoice
        QString originCode;
        CorrectionKind kind = CorrectionKind::Replace;
    };

    // adjusting: the adjust endpoint (adjustment_type required) rather than replace.
    static Result check(const QByteArray &body, const Clock &clock, bool adjusting);

    // Whether the lines fit the adjustment type under the decrease_sign reading:
    // info carries no amount; increase none that lowers the total; decrease with "negative" none
    // that raises it, with "positive" no negative goods line; combined any.
    static std::optional<CorrectionRefusal> checkLines(
        const Invoice &invoice, CorrectionKind kind, CorrectionReadings::DecreaseSign sign);
};

} // namespace einvoice
