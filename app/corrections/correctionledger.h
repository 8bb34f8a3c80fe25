#pragma once

#include "core/correctionkind.h"
#include "store/outboxentry.h"
#include "store/storeresult.h"

#include <QList>

#include <optional>

namespace einvoice {

class Database;
class OutboxRepository;

// The outbox entries of replacements and adjustments, by the invoice they correct (the
// original_invoice_reference_code of their recorded body).
class CorrectionLedger
{
public:
    CorrectionLedger(const Database &database, const OutboxRepository &outbox, QString environment);

    // Every replacement and adjustment recorded for this origin, in any state, oldest first.
    StoreResult<QList<OutboxEntry>> entriesFor(const QString &originReferenceCode) const;
    // The replacement or adjustment recorded under this reference code (the correction itself).
    StoreResult<QList<OutboxEntry>> entriesOf(const QString &correctionReferenceCode) const;
    // Every replacement and adjustment not finished yet (queued, sent, tracking, unknown), oldest
    // first: what a program should follow up when it starts (a CorrectionSubmission for the
    // origin resumes the entry before anything else).
    StoreResult<QList<OutboxEntry>> unfinished() const;

    static QString originOf(const OutboxEntry &entry);
    // The kind recorded in the entry's body; nullopt for other entries.
    static std::optional<CorrectionKind> kindOf(const OutboxEntry &entry);
    static OutboxKind outboxKindOf(CorrectionKind kind);

private:
    StoreResult<QList<OutboxEntry>> select(const QString &condition, const QString &origin) const;

    const Database &m_database;
    const OutboxRepository &m_outbox;
    QString m_environment;
};

} // namespace einvoice
