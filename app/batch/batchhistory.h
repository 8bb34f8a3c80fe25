#pragma once

#include "batchtypes.h"
#include "store/batchidentity.h"
#include "store/outboxentry.h"
#include "store/storeresult.h"

#include <QHash>
#include <QList>

#include <optional>

namespace einvoice {

class BatchIdentityRepository;
class OutboxRepository;

// What earlier runs recorded about one source in one environment: its identities (every
// revision per key) and the latest create and issue entry per reference code.
class BatchHistory
{
public:
    struct Entries
    {
        std::optional<OutboxEntry> create;
        std::optional<OutboxEntry> issue;
    };

    static StoreResult<BatchHistory> read(const QString &environment, const QString &source,
        const OutboxRepository &outbox, const BatchIdentityRepository &identities);

    std::optional<BatchIdentity> latest(const QString &key) const;
    int maxRevision(const QString &key) const; // 0 when the key is new
    // The latest revision of the key with this content whose invoice the server accepted: a row
    // put back as it was before an "issue as new" still stands for that invoice.
    std::optional<BatchIdentity> acceptedRevision(const QString &key, const QString &fingerprint) const;
    Entries entries(const QString &referenceCode) const { return m_entries.value(referenceCode); }

    // The latest entries left unfinished (queued, sent, tracking, unknown), by row.
    QList<OutboxEntry> unfinished() const;
    // The key recorded for a reference code, or empty.
    QString keyOf(const QString &referenceCode) const;

    // The invoice an outbox entry was written for, as far as its body tells.
    static BatchInvoice invoiceOf(const OutboxEntry &entry);
    // Whether the outbox shows that a request for the reference code may have reached the server
    // (sent, tracking, unknown or succeeded): what makes an equal invoice a possible duplicate.
    static bool mayBeOnServer(const QList<OutboxEntry> &entries);
    // The name of the file the source's latest run came from, for messages (else the source).
    static QString fileName(
        const BatchIdentityRepository &identities, const QString &environment, const QString &source);

private:
    QHash<QString, QList<BatchIdentity>> m_identities; // by key, by revision
    QHash<QString, Entries> m_entries; // by reference code
};

} // namespace einvoice
