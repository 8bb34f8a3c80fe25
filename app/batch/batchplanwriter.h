#pragma once

#include "batchplan.h"
#include "store/storeresult.h"

#include <atomic>
#include <optional>

namespace einvoice {

class BatchIdentityRepository;
class OutboxRepository;

// Writes a run's whole plan before its first request (issue 14): in one transaction the run's
// header, every invoice's identity (source, key, revision, reference code, fingerprint) and its
// outbox entry, queued with the exact body to send. A run killed at any point afterwards can be
// continued from the outbox alone. Both repositories must work on the same database.
class BatchPlanWriter
{
public:
    struct Written
    {
        qint64 runId = 0;
        // Per plan item: the entry the run sends or follows up; nullopt for Done, Skip, Conflict.
        QList<std::optional<OutboxEntry>> entries;
    };

    // Once `cancelled` is set, nothing more is written: the transaction is rolled back and the
    // answer is an error.
    static StoreResult<Written> write(const BatchPlan &plan, OutboxRepository &outbox,
        BatchIdentityRepository &identities, const std::atomic_bool *cancelled = nullptr);

    // The create body of a planned invoice in the plan's mode.
    static QJsonObject createPayload(const PlannedInvoice &item, bool draft);

private:
    static StoreResult<std::optional<OutboxEntry>> entryFor(
        const PlannedInvoice &item, const BatchPlan &plan, OutboxRepository &outbox);
    static StoreResult<OutboxEntry> replace(
        const OutboxEntry &earlier, const OutboxEntry &next, OutboxRepository &outbox);
};

} // namespace einvoice
