#pragma once

#include "sandboxfaults.h"

#include <QRandomGenerator>

#include <optional>

namespace einvoice {

// Decides, request by request, which fault (if any) hits a /v1 request. Deterministic: the
// generator is seeded with the run's seed and reseeded whenever the switches change.
class FaultInjector
{
public:
    enum class Action { None, Drop, RateLimit, ServerError };

    explicit FaultInjector(quint64 seed, SandboxFaults faults = {});

    const SandboxFaults &faults() const { return m_faults; }
    void setFaults(const SandboxFaults &faults);

    // Called once per request (with its path) before it is executed.
    Action nextAction(const QString &path = QString());
    // Called once per executed request with a 2xx answer: cut its body off?
    bool corruptNextBody(const QString &path = QString());

private:
    bool draw(double rate);
    bool aimedAt(const QString &path) const;
    std::optional<Action> takeNext(); // the next *_next fault, counted down

    quint64 m_seed;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
};

} // namespace einvoice
