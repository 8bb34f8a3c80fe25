#pragma once

#include "sandboxfaults.h"

#include <QRandomGenerator>

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

    // Called once per request before it is executed.
    Action nextAction();
    // Called once per executed request with a 2xx answer: cut its body off?
    bool corruptNextBody();

private:
    bool draw(double rate);

    quint64 m_seed;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
};

} // namespace einvoice
