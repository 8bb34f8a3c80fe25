#pragma once

#include "outboxstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace einvoice {

// One create or issue request, written before it is sent (issue 9).
struct OutboxEntry
{
    qint64 id = 0; // 0 until enqueued
    QString environment;
    QString referenceCode;
    OutboxKind kind = OutboxKind::Create;
    QJsonObject payload; // the request body
    OutboxState state = OutboxState::Queued;
    QString trackingCode; // set on entering Tracking
    int attempts = 0; // how many times it entered Sent
    QString lastError; // the last failure or unknown-outcome message
    QString invoiceNumber; // set on success when known
    QString batchId; // empty for single invoices from the editor
    std::optional<int> batchRow; // the spreadsheet row, for the results table
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// One recorded state change; the first event of an entry has no from state.
struct OutboxEvent
{
    qint64 id = 0;
    qint64 entryId = 0;
    QDateTime at; // UTC
    std::optional<OutboxState> from;
    OutboxState to = OutboxState::Queued;
    QString trackingCode;
    QString message;
};

// A requested state change and what it carries.
struct OutboxChange
{
    OutboxState to = OutboxState::Queued;
    QString trackingCode; // required when to == Tracking
    QString message; // stored as lastError for Failed/Unknown, recorded in the event always
    QString invoiceNumber; // kept on Succeeded
    std::optional<QJsonObject> payload; // replaces the payload on requeue (a fixed invoice)
};

} // namespace einvoice
