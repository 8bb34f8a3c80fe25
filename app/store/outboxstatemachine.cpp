#include "outboxstatemachine.h"

namespace einvoice {

QList<OutboxState> OutboxStateMachine::allowedTargets(OutboxState from)
{
    using S = OutboxState;
    switch (from) {
    case S::Queued:
        return {S::Sent, S::Failed, S::Cancelled};
    case S::Sent:
        return {S::Tracking, S::Succeeded, S::Failed, S::Unknown, S::Queued};
    case S::Tracking:
        return {S::Succeeded, S::Failed, S::Unknown};
    case S::Unknown:
        return {S::Queued, S::Tracking, S::Succeeded, S::Failed};
    case S::Failed:
        return {S::Queued};
    case S::Succeeded:
    case S::Cancelled:
        break;
    }
    return {};
}

bool OutboxStateMachine::canTransition(OutboxState from, OutboxState to)
{
    return allowedTargets(from).contains(to);
}

bool OutboxStateMachine::isUnfinished(OutboxState state)
{
    return state == OutboxState::Queued || state == OutboxState::Sent || state == OutboxState::Tracking
        || state == OutboxState::Unknown;
}

bool OutboxStateMachine::isFinal(OutboxState state)
{
    return allowedTargets(state).isEmpty();
}

QList<OutboxState> OutboxStateMachine::allStates()
{
    using S = OutboxState;
    return {S::Queued, S::Sent, S::Tracking, S::Succeeded, S::Failed, S::Unknown, S::Cancelled};
}

} // namespace einvoice
