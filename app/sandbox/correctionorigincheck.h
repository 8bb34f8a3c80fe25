#pragma once

#include "core/correctionkind.h"
#include "correctionrefusal.h"
#include "sandboxdatabase.h"
#include "sandboxrecords.h"

#include <optional>

namespace einvoice {

// The rules on the invoice a correction refers to, as the sandbox enforces them against its
// stored invoices (sepay-api.md appendix B R1-R7, appendix C A1-A5):
//  - it exists under the same provider account (R1, A1);
//  - it is issued and accepted by the tax authority, provider_status "4" (R2, A2);
//  - it is an original (2), a replacement (4, R6) or an adjusted invoice (10, R7, A5), not an
//    adjustment (6-9, R3, A3), not cancelled (3) nor replaced (5) (R4, R5, A4);
//  - nothing is in progress on it that would clash: a replacement waits for no other correction
//    of the origin; an adjustment waits only for a pending replacement (409).
// Checked when the request arrives and again when its job settles.
class CorrectionOriginCheck
{
public:
    explicit CorrectionOriginCheck(SandboxDatabase &db) : m_db(db) { }

    // self: the correction being settled, not counted as pending.
    std::optional<CorrectionRefusal> check(const QString &originCode, const QString &accountId,
        CorrectionKind kind, const QString &self = QString());

    // The kind of a stored correction, from its adjustment type; nullopt for other invoices.
    static std::optional<CorrectionKind> kindOf(const StoredInvoice &row);

private:
    std::optional<CorrectionRefusal> checkPending(
        const QString &originCode, CorrectionKind kind, const QString &self);

    SandboxDatabase &m_db;
};

} // namespace einvoice
