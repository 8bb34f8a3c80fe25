#include "faultinjector.h"

namespace einvoice {

FaultInjector::FaultInjector(quint64 seed, SandboxFaults faults)
    : m_seed(seed), m_faults(faults), m_random(quint32(seed ^ (seed >> 32)))
{
}

void FaultInjector::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    m_random.seed(quint32(m_seed ^ (m_seed >> 32)));
}

bool FaultInjector::draw(double rate)
{
    // Always draw, so that the sequence of decisions depends only on the seed and the requests.
    const double value = m_random.generateDouble();
    return rate > 0 && value < rate;
}

bool FaultInjector::aimedAt(const QString &path) const
{
    return m_faults.nextPath.isEmpty() || path.startsWith(m_faults.nextPath);
}

std::optional<FaultInjector::Action> FaultInjector::takeNext()
{
    if (m_faults.dropNext > 0) {
        --m_faults.dropNext;
        return Action::Drop;
    }
    if (m_faults.rateLimitNext > 0) {
        --m_faults.rateLimitNext;
        return Action::RateLimit;
    }
    if (m_faults.errorNext > 0) {
        --m_faults.errorNext;
        return Action::ServerError;
    }
    return std::nullopt;
}

FaultInjector::Action FaultInjector::nextAction(const QString &path)
{
    if (aimedAt(path)) {
        if (const std::optional<Action> action = takeNext())
            return *action;
    }
    const bool drop = draw(m_faults.dropRate);
    const bool limit = draw(m_faults.rateLimitRate);
    const bool error = draw(m_faults.errorRate);
    if (drop)
        return Action::Drop;
    if (limit)
        return Action::RateLimit;
    if (error)
        return Action::ServerError;
    return Action::None;
}

bool FaultInjector::corruptNextBody(const QString &path)
{
    if (m_faults.malformedNext > 0 && aimedAt(path)) {
        --m_faults.malformedNext;
        return true;
    }
    return draw(m_faults.malformedRate);
}

} // namespace einvoice
