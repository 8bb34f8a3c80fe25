#include "correctionledger.h"

#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/statement.h"

namespace einvoice {

CorrectionLedger::CorrectionLedger(
    const Database &database, const OutboxRepository &outbox, QString environment)
    : m_database(database), m_outbox(outbox), m_environment(std::move(environment))
{
}

StoreResult<QList<OutboxEntry>> CorrectionLedger::entriesFor(const QString &originReferenceCode) const
{
    return select(QStringLiteral("json_extract(payload, '$.original_invoice_reference_code') = :origin"),
        originReferenceCode);
}

StoreResult<QList<OutboxEntry>> CorrectionLedger::entriesOf(const QString &correctionReferenceCode) const
{
    return select(QStringLiteral("reference_code = :origin"), correctionReferenceCode);
}

StoreResult<QList<OutboxEntry>> CorrectionLedger::unfinished() const
{
    return select(QStringLiteral("state IN ('queued', 'sent', 'tracking', 'unknown')"), QString());
}

// The ids come from one query; each entry is then read through the repository, the one place
// that reads outbox rows.
StoreResult<QList<OutboxEntry>> CorrectionLedger::select(
    const QString &condition, const QString &origin) const
{
    Statement statement(m_database, QStringLiteral("corrections.entries"));
    const QString sql
        = QStringLiteral("SELECT id FROM outbox WHERE environment = :env AND kind IN ('replace', "
                         "'adjust') AND ")
        + condition + QStringLiteral(" ORDER BY id");
    if (StoreStatus status = statement.prepare(sql); !status)
        return status.error();
    statement.bind(QStringLiteral(":env"), m_environment);
    if (!origin.isEmpty())
        statement.bind(QStringLiteral(":origin"), origin);
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    QList<qint64> ids;
    while (statement.next())
        ids.append(statement.value(0).toLongLong());
    QList<OutboxEntry> entries;
    for (qint64 id : std::as_const(ids)) {
        StoreResult<OutboxEntry> entry = m_outbox.load(id);
        if (!entry.ok())
            return entry.error();
        entries.append(entry.value());
    }
    return entries;
}

QString CorrectionLedger::originOf(const OutboxEntry &entry)
{
    return entry.payload.value(QLatin1String("original_invoice_reference_code")).toString();
}

std::optional<CorrectionKind> CorrectionLedger::kindOf(const OutboxEntry &entry)
{
    if (entry.kind == OutboxKind::Replace)
        return CorrectionKind::Replace;
    if (entry.kind == OutboxKind::Adjust)
        return adjustmentFromWire(entry.payload.value(QLatin1String("adjustment_type")).toString());
    return std::nullopt;
}

OutboxKind CorrectionLedger::outboxKindOf(CorrectionKind kind)
{
    return isAdjustment(kind) ? OutboxKind::Adjust : OutboxKind::Replace;
}

} // namespace einvoice
