#include "batchsession.h"

#include "batchplanner.h"
#include "batchsourcelock.h"
#include "store/database.h"
#include "store/outboxrepository.h"

namespace einvoice {

BatchSession::BatchSession(SepayClient *client, const BatchStores &stores, QObject *parent)
    : QObject(parent), m_client(client), m_stores(stores), m_environment(BatchRunner::environmentKey(*client))
{
}

BatchSession::~BatchSession() = default;

bool BatchSession::plan(const BatchSource &source, const QList<BatchInvoice> &invoices, bool draft)
{
    Q_ASSERT(!isBusy());
    m_lock = std::make_unique<BatchSourceLock>(m_stores.database->filePath(), m_environment, source);
    if (!m_lock->tryLock())
        return false;
    m_planError.clear();
    delete m_planner;
    m_planner = new BatchPlanner(m_client, m_stores.outbox, m_stores.identities, this);
    connect(m_planner, &BatchPlanner::finished, this, &BatchSession::onPlanned);
    m_planner->plan(source, invoices, m_environment, draft);
    return true;
}

qint64 BatchSession::holderPid() const
{
    return m_lock ? m_lock->holderPid() : 0;
}

void BatchSession::onPlanned()
{
    m_plan = m_planner->result();
    m_planError = m_planner->errorString();
    m_planner->deleteLater();
    m_planner = nullptr;
    if (!m_planError.isEmpty())
        m_lock->unlock();
    Q_EMIT planned();
}

void BatchSession::start(const BatchRunOptions &options)
{
    delete m_runner;
    m_runner = new BatchRunner(m_client, m_stores.outbox, m_stores.identities, this);
    connect(m_runner, &BatchRunner::countsChanged, this, &BatchSession::countsChanged);
    connect(m_runner, &BatchRunner::itemFinished, this, &BatchSession::itemFinished);
    connect(m_runner, &BatchRunner::finished, this, &BatchSession::onRunFinished);
    m_runner->start(m_plan, options);
}

void BatchSession::abandon()
{
    if (m_lock)
        m_lock->unlock();
}

bool BatchSession::isBusy() const
{
    return m_planner || (m_runner && m_runner->isRunning());
}

// The run's last outcome may still be inside an outbox group: the file is released (another run
// may start from what the outbox says) only once that is committed.
void BatchSession::onRunFinished()
{
    QPointer<BatchSession> self(this);
    m_stores.outbox->afterGroup([self](bool) {
        if (!self)
            return;
        self->m_lock->unlock();
        Q_EMIT self->finished();
    });
}

} // namespace einvoice
