#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// What an outbox entry asks the server to do. Replace and Adjust (issue 18) are followed by
// their own flow (app/corrections), never by the batch runner or the editor's outbox.
enum class OutboxKind { Create, Issue, Replace, Adjust };

// The life of an outbox entry (issue 9). See OutboxStateMachine for the allowed steps.
enum class OutboxState {
    Queued, // written, not sent yet: safe to send
    Sent, // a request may have left: never resend before checking the server
    Tracking, // the server accepted it and gave a tracking code: poll it
    Succeeded, // the job finished well (final)
    Failed, // the server refused it or the job failed (final until requeued)
    Unknown, // the outcome could not be learnt yet: look it up before anything else
    Cancelled, // withdrawn before it was sent (final)
};

// Stable spellings stored in the database: "create", "issue", "replace", "adjust"; "queued", "sent", ...
QString toWire(OutboxKind kind);
QString toWire(OutboxState state);
std::optional<OutboxKind> outboxKindFromWire(QStringView text);
std::optional<OutboxState> outboxStateFromWire(QStringView text);

} // namespace einvoice
