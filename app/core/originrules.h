#pragma once

#include "correctionkind.h"
#include "remoteinvoice.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QStringList>

namespace einvoice {

// Whether an invoice may be corrected one way, judged from its detail before anything is sent
// (sepay-api.md appendix B rules R1-R7, appendix C rules A1-A5):
//  - it must be issued (not a draft, not cancelled) and accepted by the tax authority (R2, A2:
//    its provider_status is the one the caller's contract reads as accepted,
//    CorrectionContract::acceptedProviderStatus);
//  - it must be an original (2), a replacement (4) or an adjusted invoice (10) (R3, A3), never
//    an adjustment invoice itself (6-9): correct the invoice it adjusts;
//  - it must not have been replaced (5) or cancelled (3) (R4, R5, A4): an invoice is replaced
//    once only, its replacement may be replaced in turn (R6); adjusting again is allowed (A5).
// R1/A1 (same provider account) cannot be seen in a detail: the server checks it.
// A detail without document_type or provider_status (the API may leave them out) is not refused
// for that; a warning says the server decides.
class OriginRules
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::OriginRules)

public:
    enum class Refusal { None, Draft, Cancelled, NotAccepted, AlreadyReplaced, IsAdjustment, UnknownType };

    struct Verdict
    {
        Refusal refusal = Refusal::None;
        // The refusal as an error on original_invoice_reference_code (why, and what to do
        // instead), and the warnings of an allowed correction.
        ValidationIssues issues;
        QString message; // translated text of the refusal; empty when allowed
        QStringList warnings; // translated texts of the warnings

        bool allowed() const { return refusal == Refusal::None; }
    };

    static Verdict check(
        const InvoiceDetail &origin, CorrectionKind kind, const QString &acceptedProviderStatus);

    // Stable lower-case name of a refusal for scripts: "draft", "already_replaced", ...
    static QString refusalName(Refusal refusal);

private:
    static Refusal refusalOf(const InvoiceDetail &origin, const QString &acceptedProviderStatus);
    static ValidationIssue refusalIssue(Refusal refusal, const InvoiceDetail &origin, CorrectionKind kind);
    static ValidationIssues warningIssues(const InvoiceDetail &origin, CorrectionKind kind);
    static QString providerStatusText(const QString &status);
};

} // namespace einvoice
