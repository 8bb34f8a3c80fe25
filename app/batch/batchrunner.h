#pragma once

#include "batchissueorder.h"
#include "batchoutcome.h"
#include "batchplan.h"
#include "batchplanwriter.h"
#include "batchtask.h"
#include "batchtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace einvoice {

class BatchIdentityRepository;
class BatchPlanThread;

// An outbox entry an interrupted run left, with what that run was: drafts or issuing.
struct UnfinishedEntry
{
    OutboxEntry entry;
    bool draft = true;
    QString key; // the invoice key, when recorded
};

struct BatchRunOptions
{
    int concurrency = 4; // invoices in flight at once
    bool checkQuota = true; // issuing: refuse to start when the remaining quota is too small
    int followUpDelayMs = 500;
    int maxFollowUps = 8;
};

// Sends a batch through the outbox with a concurrency limit, oldest date first within each series
// (BatchIssueOrder). start() first writes the whole plan (BatchPlanWriter: every invoice queued
// with its body, one transaction), then sends: planned
// invoices are sent, unfinished ones from earlier runs followed up (checked on the server before
// anything is sent again), those done earlier reported. continueEntries() does the same for
// outbox entries an interrupted run left (the desktop app on start). pause() stops starting new
// invoices, resume() continues, cancel() stops sending for good (the unsent entries are
// cancelled); a used-up quota, a server that asks to wait too long or refused credentials stop
// sending too, and the unsent entries stay queued for the next run. What was already sent is
// followed to its end in every case. finished() comes once, after the last task ended.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    BatchRunner(SepayClient *client, OutboxRepository *outbox, BatchIdentityRepository *identities,
        QObject *parent = nullptr);
    ~BatchRunner() override;

    void start(const BatchPlan &plan, const BatchRunOptions &options);
    // Entries of interrupted runs, of one file or several: each is followed up, or sent when it
    // never left.
    void continueEntries(
        const QString &environment, const QList<UnfinishedEntry> &entries, const BatchRunOptions &options);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    const BatchSource &source() const { return m_source; }
    bool isDraft() const { return m_draft; }
    BatchCounts counts() const { return m_counts; }
    const QList<BatchItemResult> &results() const { return m_results; }
    QString errorString() const { return m_error; } // why the batch did not start
    BatchFailure startFailure() const { return m_startFailure; }
    BatchOutcome outcome() const { return BatchOutcome::of(m_results, m_error, m_startFailure); }
    // The results table as CSV (row, key, reference code, invoice number, status, message).
    QByteArray resultsCsv() const;

Q_SIGNALS:
    void countsChanged(const einvoice::BatchCounts &counts);
    void itemFinished(int index);
    void finished();

private:
    void reset(
        const BatchSource &source, const QString &environment, bool draft, const BatchRunOptions &options);
    void addItem(const BatchInvoice &invoice, const std::optional<OutboxEntry> &entry,
        const BatchItemResult &result, bool draft);
    void checkQuotaThenRun(int toIssue);
    void writePlanAndSend();
    void onPlanWritten(const StoreResult<BatchPlanWriter::Written> &written);
    void takeWrittenItems(int from);
    BatchItemResult resultOf(const PlannedInvoice &item) const;
    void pump();
    void launch(int index);
    void onTaskFinished(int index, BatchTask *task);
    void stopSending(BatchFailure why);
    void closePending();
    void updateCounts();
    void recount(BatchItemStatus from, BatchItemStatus to);
    void setCounts(const BatchCounts &counts);
    void finishIfIdle();
    void failToStart(const QString &message, BatchFailure failure);

    SepayClient *m_client;
    OutboxRepository *m_outbox;
    BatchIdentityRepository *m_identities;
    BatchRunOptions m_options;
    BatchSource m_source;
    QString m_environment;
    bool m_draft = true;
    qint64 m_runId = 0;
    BatchPlan m_plan; // until it is written
    QList<BatchInvoice> m_invoices;
    QList<BatchItemResult> m_results;
    QList<std::optional<OutboxEntry>> m_entries; // per invoice: the entry its task starts from
    QList<bool> m_drafts; // per invoice: made as a draft (else issued)
    QList<int> m_pending; // indexes not started yet, oldest date first
    QList<int> m_inFlight; // indexes started and not finished
    BatchIssueOrder m_order; // per index: its series and date
    BatchCounts m_counts;
    QString m_error;
    BatchFailure m_startFailure = BatchFailure::None;
    BatchFailure m_stopped = BatchFailure::None; // why sending stopped early
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_planning = false; // checking the quota or writing the plan: nothing is sent yet
    std::unique_ptr<BatchPlanThread> m_planThread; // writes the plan off this thread
    std::shared_ptr<std::atomic_bool> m_stopWriting; // set by cancel() while the plan is written
    std::optional<BatchPlanWriter::Written> m_written; // while its items are taken; nullopt: not written
    static constexpr int ItemsPerTurn = 1000;
};

} // namespace einvoice
