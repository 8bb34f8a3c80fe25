#pragma once

#include "batchplan.h"
#include "batchrunner.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace einvoice {

class BatchIdentityRepository;
class BatchPlanner;
class BatchSourceLock;
class Database;
class OutboxRepository;
class SepayClient;

// Where the local records of batch runs live; all three on the same database.
struct BatchStores
{
    Database *database = nullptr;
    OutboxRepository *outbox = nullptr;
    BatchIdentityRepository *identities = nullptr;
};

// One run of one batch file, from the decision to its end, without widgets (the batch page and
// the command line drive it and show what it says): takes the file's lock (one run per source, in
// this process or another), plans (BatchPlanner), lets the caller resolve the plan's conflicts
// (ask a person, or refuse), runs it (BatchRunner) and releases the lock at the end.
class BatchSession : public QObject
{
    Q_OBJECT

public:
    BatchSession(SepayClient *client, const BatchStores &stores, QObject *parent = nullptr);
    ~BatchSession() override;

    // False when another run holds the source (see holderPid()); else planned() follows.
    bool plan(const BatchSource &source, const QList<BatchInvoice> &invoices, bool draft);
    qint64 holderPid() const;
    QString planError() const { return m_planError; } // after planned(): why there is no plan
    BatchPlan &currentPlan() { return m_plan; }
    // Sends the plan (conflicts still open are not sent); finished() follows.
    void start(const BatchRunOptions &options);
    // No run after all: the lock is released.
    void abandon();

    BatchRunner *runner() const { return m_runner; }
    bool isBusy() const; // planning or running
    QString environment() const { return m_environment; }

Q_SIGNALS:
    void planned();
    // The runner's, forwarded from the moment it starts.
    void countsChanged(const einvoice::BatchCounts &counts);
    void itemFinished(int index);
    void finished();

private:
    void onPlanned();
    void onRunFinished();

    SepayClient *m_client;
    BatchStores m_stores;
    QString m_environment;
    std::unique_ptr<BatchSourceLock> m_lock;
    QPointer<BatchPlanner> m_planner;
    QPointer<BatchRunner> m_runner;
    BatchPlan m_plan;
    QString m_planError;
};

} // namespace einvoice
