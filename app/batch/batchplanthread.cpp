#include "batchplanthread.h"

#include "batchplanner.h"
#include "store/batchidentityrepository.h"
#include "store/outboxrepository.h"

namespace einvoice {

// The plan is the legal record of what is sent: the default options (synchronous=FULL), as the
// app's connection.
BatchPlanThread::BatchPlanThread(QString databaseFile, const Clock &clock)
    : m_clock(clock),
      m_thread(QStringLiteral("einvoice.batchplan"), std::move(databaseFile), DatabaseOptions(), [this] {
          m_outbox.reset();
          m_identities.reset();
      })
{
}

BatchPlanThread::~BatchPlanThread() = default;

bool BatchPlanThread::useRepositories(Database *database)
{
    if (!database)
        return false;
    if (!m_outbox) {
        m_outbox = std::make_unique<OutboxRepository>(*database, m_clock);
        m_identities = std::make_unique<BatchIdentityRepository>(*database, m_clock);
    }
    return true;
}

void BatchPlanThread::plan(const BatchSource &source, const QList<BatchInvoice> &invoices,
    const QString &environment, bool draft, QObject *context, Planned done)
{
    m_thread.post([=, this, done = std::move(done)](Database *database, const StoreStatus &opened) {
        BatchPlan plan;
        QString error;
        if (!useRepositories(database))
            error = opened.error().userMessage();
        else
            plan = BatchPlanner::planLocally(
                source, invoices, environment, draft, *m_outbox, *m_identities, &error);
        StoreWorkerThread::reply(context, [done, plan, error] { done(plan, error); });
    });
}

void BatchPlanThread::write(
    const BatchPlan &plan, std::shared_ptr<const std::atomic_bool> cancelled, QObject *context, Written done)
{
    m_thread.post([=, this, done = std::move(done)](Database *database, const StoreStatus &opened) {
        StoreResult<BatchPlanWriter::Written> written = BatchPlanWriter::Written();
        if (!useRepositories(database))
            written = opened.error();
        else
            written = BatchPlanWriter::write(plan, *m_outbox, *m_identities, cancelled.get());
        StoreWorkerThread::reply(context, [done, written] { done(written); });
    });
}

} // namespace einvoice
