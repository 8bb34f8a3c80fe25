#pragma once

#include "batchplan.h"
#include "batchplanwriter.h"

#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace einvoice {

class Clock;

// Planning a run and writing its plan on a thread of its own, with its own connection to the
// same SQLite file (issue 22): reading every identity and outbox entry of a source and writing
// 10,000 of each (one transaction, BatchPlanWriter) never block the UI thread. The requests run
// one after the other; each answer is called on the thread of `context`, and not at all once
// `context` is gone. Destroying it waits for the work asked for: a plan being written is
// committed or rolled back whole, never half.
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
    class Worker;

    void post(std::function<void(Worker &)> work);

    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace einvoice
