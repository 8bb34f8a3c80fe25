#pragma once

#include "core/decimal.h"
#include "core/invoice.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace einvoice {

// An invoice being edited that has not been sent yet (issue 6: autosave, restore on reopen).
struct LocalDraft
{
    QString id; // empty for a new draft: save() assigns a UUID
    QString environment; // EnvironmentId::key()
    Invoice invoice;
    std::optional<Decimal> grandTotal; // computed by the editor, shown in the draft list
    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt; // UTC, set by the repository on every save
};

// One row of the local draft list: what the list shows, without parsing the payload.
struct LocalDraftListItem
{
    QString id;
    QString environment;
    QString referenceCode;
    QString buyerName;
    QString buyerTaxCode;
    QString invoiceSeries;
    QDateTime issuedAt;
    int lineCount = 0;
    std::optional<Decimal> grandTotal;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace einvoice
