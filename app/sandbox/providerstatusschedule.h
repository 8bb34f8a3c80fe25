#pragma once

#include "sandboxcontext.h"

#include <QString>

#include <optional>

namespace einvoice {

// How an issued invoice's provider_status moves, as the provider's does (sepay-api.md 4.6): "3"
// (not yet sent to the tax authority) until SandboxConfig::providerStatusDelayMs has passed, then
// the outcome in force when the invoice was issued (SandboxConfig::providerStatusOutcome): "4"
// code granted, or a failure: "2" signing error, "5" tax authority not answering, "6" not eligible.
// With no delay and the outcome "4" an issued invoice is granted at once, as before.
class ProviderStatusSchedule
{
public:
    explicit ProviderStatusSchedule(SandboxContext &context) : m_context(context) { }

    // Call inside the issuing transaction.
    void scheduleAfterIssue(const QString &referenceCode);
    // Moves every invoice whose delay has passed to its outcome; cheap when none is due.
    void settleDue();

    // "granted", "signing_error", "no_answer", "not_eligible" <-> "4", "2", "5", "6".
    static std::optional<QString> outcomeCode(const QString &name);
    static QString outcomeName(const QString &code);

private:
    SandboxContext &m_context;
};

} // namespace einvoice
