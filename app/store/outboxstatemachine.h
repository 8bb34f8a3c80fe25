#pragma once

#include "outboxstate.h"

#include <QList>

namespace einvoice {

// The allowed steps of an outbox entry, in one table:
//
//   queued    -> sent | failed | cancelled
//   sent      -> tracking | succeeded | failed | unknown | queued (proved not received)
//   tracking  -> succeeded | failed | unknown
//   unknown   -> queued | tracking | succeeded | failed   (after looking the invoice up)
//   failed    -> queued                                   (fixed and resent)
//   succeeded, cancelled: final
//
// Staying in the same state is not a transition. An entry is unfinished (resumed on start) in
// queued, sent, tracking and unknown.
class OutboxStateMachine
{
public:
    static bool canTransition(OutboxState from, OutboxState to);
    static QList<OutboxState> allowedTargets(OutboxState from);
    static bool isUnfinished(OutboxState state);
    static bool isFinal(OutboxState state); // no step leads out of it
    static QList<OutboxState> allStates();
};

} // namespace einvoice
