#pragma once

#include "correctionorder.h"
#include "store/outboxentry.h"
#include "store/storeresult.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace einvoice {

class CorrectionOperation;
class CorrectionOriginLock;
class Database;
class OutboxRepository;
class SepayClient;

// One replacement or adjustment, end to end and widget-free: what the command line runs and what
// the desktop's correction window runs (through CorrectionRuns).
//
//  1. ReadingOrigin: the origin's detail is read (unless the order carries it); 404 refuses.
//  2. Checking: the origin's lock is taken (CorrectionOriginLock: one correction of an origin at
//     a time, across windows and programs; held until the end). The outbox is asked first: a
//     replacement it recorded as done for this origin refuses a second one, and a correction of
//     this origin still unfinished from an earlier run is followed up instead of sending a new
//     one (whatever the origin's detail says now). Then OriginRules and CorrectionValidator. A
//     refusal ends here: nothing is sent (outcome Refused, error.issues say why).
//  3. Recording: the request body is written to the outbox (sent state) before it leaves.
//  4. Sending, Polling: CorrectionOperation sends it exactly once and, with wait, follows the job.
//  5. The outcome is written to the outbox; finished() is emitted once; outcome() is final.
//
// The client, the database and the outbox are not owned and must outlive the submission. The
// submission deletes itself after finished(), like the client's operations.
class CorrectionSubmission : public QObject
{
    Q_OBJECT

public:
    enum class Stage { ReadingOrigin, Checking, Recording, Sending, Polling, Done };
    Q_ENUM(Stage)

    // environment: the outbox's key of the client's environment (EnvironmentId::key()).
    CorrectionSubmission(SepayClient *client, Database *database, OutboxRepository *outbox,
        const QString &environment, CorrectionOrder order, QObject *parent = nullptr);
    ~CorrectionSubmission() override;

    void start();
    // Stops waiting; a request already sent stays recorded and is followed up next time.
    void cancel();

    Stage stage() const { return m_stage; }
    const CorrectionOrder &order() const { return m_order; }
    const CorrectionOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void stageChanged(einvoice::CorrectionSubmission::Stage stage);
    void progress(const einvoice::JobState &state, int checks);
    void finished();

private:
    void readOrigin();
    void check();
    bool lockOrigin();
    bool checkLedger(QList<OutboxEntry> *unfinished);
    void refuse(const ValidationIssues &issues);
    void record();
    void resume(const OutboxEntry &entry);
    Invoice recordedInvoice() const;
    void resend();
    void send(CorrectionOperation *operation);
    void onOperationFinished(CorrectionOperation *operation);
    bool write(const StoreResult<OutboxEntry> &result);
    void conclude(const OutboxChange &change, CorrectionOutcome::Status status);
    void setStage(Stage stage);
    void end(CorrectionOutcome::Status status);

    SepayClient *m_client;
    Database *m_database;
    OutboxRepository *m_outbox;
    QString m_environment;
    CorrectionOrder m_order;
    CorrectionOutcome m_outcome;
    OutboxEntry m_entry;
    QPointer<QObject> m_current;
    std::unique_ptr<CorrectionOriginLock> m_lock;
    Stage m_stage = Stage::ReadingOrigin;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace einvoice
