#include "batchhistory.h"

#include "core/invoicejson.h"
#include "store/batchidentityrepository.h"
#include "store/outboxrepository.h"
#include "store/outboxstatemachine.h"

namespace einvoice {

StoreResult<BatchHistory> BatchHistory::read(const QString &environment, const QString &source,
    const OutboxRepository &outbox, const BatchIdentityRepository &identities)
{
    BatchHistory history;
    const StoreResult<QList<BatchIdentity>> known = identities.bySource(environment, source);
    if (!known)
        return known.error();
    for (const BatchIdentity &identity : known.value())
        history.m_identities[identity.key].append(identity);
    const StoreResult<QList<OutboxEntry>> entries = outbox.byBatch(source);
    if (!entries)
        return entries.error();
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.environment != environment)
            continue;
        Entries &slot = history.m_entries[entry.referenceCode];
        std::optional<OutboxEntry> &latest = entry.kind == OutboxKind::Create ? slot.create : slot.issue;
        if (!latest || latest->id < entry.id)
            latest = entry;
    }
    return history;
}

std::optional<BatchIdentity> BatchHistory::latest(const QString &key) const
{
    const QList<BatchIdentity> revisions = m_identities.value(key);
    if (revisions.isEmpty())
        return std::nullopt;
    return revisions.constLast();
}

int BatchHistory::maxRevision(const QString &key) const
{
    const std::optional<BatchIdentity> identity = latest(key);
    return identity ? identity->revision : 0;
}

std::optional<BatchIdentity> BatchHistory::acceptedRevision(
    const QString &key, const QString &fingerprint) const
{
    const QList<BatchIdentity> revisions = m_identities.value(key);
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->fingerprint != fingerprint || it->serverConflict)
            continue;
        const std::optional<OutboxEntry> create = entries(it->referenceCode).create;
        if (create && (create->state == OutboxState::Succeeded || create->state == OutboxState::Tracking))
            return *it;
    }
    return std::nullopt;
}

QList<OutboxEntry> BatchHistory::unfinished() const
{
    QList<OutboxEntry> open;
    for (const Entries &entries : m_entries) {
        for (const std::optional<OutboxEntry> &entry : {entries.create, entries.issue}) {
            if (entry && OutboxStateMachine::isUnfinished(entry->state))
                open.append(*entry);
        }
    }
    std::sort(open.begin(), open.end(), [](const OutboxEntry &a, const OutboxEntry &b) {
        return a.batchRow.value_or(0) < b.batchRow.value_or(0) || (a.batchRow == b.batchRow && a.id < b.id);
    });
    return open;
}

QString BatchHistory::keyOf(const QString &referenceCode) const
{
    for (const QList<BatchIdentity> &revisions : m_identities) {
        for (const BatchIdentity &identity : revisions) {
            if (identity.referenceCode == referenceCode)
                return identity.key;
        }
    }
    return QString();
}

BatchInvoice BatchHistory::invoiceOf(const OutboxEntry &entry)
{
    BatchInvoice invoice;
    invoice.firstRow = entry.batchRow.value_or(0);
    invoice.rows = {invoice.firstRow};
    if (entry.kind == OutboxKind::Create) {
        const Parsed<Invoice> parsed = json::invoiceFromCreatePayload(entry.payload);
        if (const Invoice *stored = std::get_if<Invoice>(&parsed))
            invoice.invoice = *stored;
    }
    invoice.invoice.referenceCode = entry.referenceCode;
    return invoice;
}

bool BatchHistory::mayBeOnServer(const QList<OutboxEntry> &entries)
{
    return std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &entry) {
        return entry.state == OutboxState::Sent || entry.state == OutboxState::Tracking
            || entry.state == OutboxState::Unknown || entry.state == OutboxState::Succeeded;
    });
}

QString BatchHistory::fileName(
    const BatchIdentityRepository &identities, const QString &environment, const QString &source)
{
    const auto run = identities.latestRun(environment, source);
    return run && run.value() ? run.value()->fileName : source;
}

} // namespace einvoice
