#include "batchplanthread.h"

#include "batchlog.h"
#include "batchplanner.h"
#include "store/batchidentityrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QCoreApplication>

namespace einvoice {

// The connection, opened on first use in the thread and closed there.
class BatchPlanThread::Worker : public QObject
{
public:
    Worker(QString databaseFile, const Clock &clock) : m_databaseFile(std::move(databaseFile)), m_clock(clock)
    {
    }

    // Opened, or the reason why not (tried again on the next request). The plan is the legal
    // record of what is sent: the default options (synchronous=FULL), as the app's connection.
    StoreStatus open()
    {
        if (m_outbox)
            return {};
        const StoreStatus opened = m_database.open(m_databaseFile);
        if (!opened) {
            qCWarning(lcBatch) << "plan thread: cannot open the store:" << opened.error().toString();
            return opened;
        }
        m_outbox = std::make_unique<OutboxRepository>(m_database, m_clock);
        m_identities = std::make_unique<BatchIdentityRepository>(m_database, m_clock);
        return {};
    }

    OutboxRepository &outbox() { return *m_outbox; }
    BatchIdentityRepository &identities() { return *m_identities; }

    void close()
    {
        m_outbox.reset();
        m_identities.reset();
        m_database.close();
    }

private:
    QString m_databaseFile;
    const Clock &m_clock;
    Database m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BatchIdentityRepository> m_identities;
};

namespace {

// Calls `answer` on the thread of `context` (a posted event: dropped if context is deleted first).
void reply(QObject *context, std::function<void()> answer)
{
    QMetaObject::invokeMethod(context, std::move(answer), Qt::QueuedConnection);
}

} // namespace

BatchPlanThread::BatchPlanThread(QString databaseFile, const Clock &clock)
    : m_worker(new Worker(std::move(databaseFile), clock))
{
    m_thread.setObjectName(QStringLiteral("einvoice.batchplan"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BatchPlanThread::~BatchPlanThread()
{
    // Queued after every request: those finish first.
    QThread *thread = &m_thread;
    post([thread](Worker &worker) {
        worker.close();
        thread->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void BatchPlanThread::post(std::function<void(Worker &)> work)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, work = std::move(work)] { work(*worker); }, Qt::QueuedConnection);
}

void BatchPlanThread::plan(const BatchSource &source, const QList<BatchInvoice> &invoices,
    const QString &environment, bool draft, QObject *context, Planned done)
{
    post([=, done = std::move(done)](Worker &worker) {
        BatchPlan plan;
        QString error;
        if (const StoreStatus opened = worker.open(); !opened)
            error = opened.error().userMessage();
        else
            plan = BatchPlanner::planLocally(
                source, invoices, environment, draft, worker.outbox(), worker.identities(), &error);
        reply(context, [done, plan, error] { done(plan, error); });
    });
}

void BatchPlanThread::write(
    const BatchPlan &plan, std::shared_ptr<const std::atomic_bool> cancelled, QObject *context, Written done)
{
    post([=, done = std::move(done)](Worker &worker) {
        StoreResult<BatchPlanWriter::Written> written = BatchPlanWriter::Written();
        if (const StoreStatus opened = worker.open(); !opened)
            written = opened.error();
        else
            written = BatchPlanWriter::write(plan, worker.outbox(), worker.identities(), cancelled.get());
        reply(context, [done, written] { done(written); });
    });
}

} // namespace einvoice
