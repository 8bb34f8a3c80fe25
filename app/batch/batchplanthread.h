#pragma once

#include "batchplan.h"
#include "batchplanwriter.h"
#include "store/storeworkerthread.h"

#include <atomic>
#include <functional>
#include <memory>

namespace einvoice {

class BatchIdentityRepository;
class Clock;
class OutboxRepository;

// Planning a run and writing its plan on a thread of its own, with its own connection to the
// same SQLite file (issue 22, a StoreWorkerThread): reading every identity and outbox entry of a
// source and writing 10,000 of each (one transaction, BatchPlanWriter) never block the UI thread.
// The requests run one after the other; each answer is called on the thread of `context`, and not
// at all once `context` is gone. Destroying it waits for the work asked for: a plan being written
// is committed or rolled back whole, never half.
class BatchPlanThread
{
public:
    using Planned = std::function<void(const BatchPlan &plan, const QString &error)>;
    using Written = std::function<void(const StoreResult<BatchPlanWriter::Written> &written)>;

    // The clock (it stamps the entries and their events) is read from the thread.
    BatchPlanThread(QString databaseFile, const Clock &clock);
    ~BatchPlanThread();
    Q_DISABLE_COPY_MOVE(BatchPlanThread)

    // BatchPlanner::planLocally; error is translated, empty on success.
    void plan(const BatchSource &source, const QList<BatchInvoice> &invoices, const QString &environment,
        bool draft, QObject *context, Planned done);
    // BatchPlanWriter::write; once `cancelled` is set nothing more is written (the transaction is
    // rolled back and the answer is an error).
    void write(const BatchPlan &plan, std::shared_ptr<const std::atomic_bool> cancelled, QObject *context,
        Written done);

private:
    // On the thread: the repositories over the open connection, made on first use.
    bool useRepositories(Database *database);

    const Clock &m_clock;
    // Used on the thread only; dropped there before the connection closes.
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BatchIdentityRepository> m_identities;
    StoreWorkerThread m_thread; // last: destroyed first, while the repositories are still there
};

} // namespace einvoice
