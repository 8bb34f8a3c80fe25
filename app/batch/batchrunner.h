#pragma once

#include "batchtask.h"
#include "batchtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace einvoice {

struct BatchRunOptions
{
    QString environment; // the outbox's environment: EnvironmentId::key()
    QString batchId; // BatchImport::batchId
    bool draft = true;
    int concurrency = 4; // invoices in flight at once
    bool checkQuota = true; // issuing: refuse to start when the remaining quota is too small
    int followUpDelayMs = 500;
    int maxFollowUps = 8;
};

// Sends a batch through the outbox with a concurrency limit. On start it reads the batch's
// outbox entries: finished invoices are counted as they ended, unfinished ones are resumed
// (checked on the server before anything is sent again), the rest are sent. pause() stops
// starting new invoices, resume() continues, cancel() stops sending for good; what was already
// sent is followed to its end in every case. finished() comes once, after the last task ended.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    BatchRunner(SepayClient *client, OutboxRepository *outbox, QObject *parent = nullptr);

    void start(const QList<BatchInvoice> &invoices, const BatchRunOptions &options);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    BatchCounts counts() const { return m_counts; }
    const QList<BatchItemResult> &results() const { return m_results; }
    QString errorString() const { return m_error; } // why the batch did not start
    bool allSucceeded() const;
    // The results table as CSV (row, reference code, invoice number, status, message).
    QByteArray resultsCsv() const;

Q_SIGNALS:
    void countsChanged(const einvoice::BatchCounts &counts);
    void itemFinished(int index);
    void finished();

private:
    void checkQuotaThenRun(int toIssue);
    void planFromOutbox();
    void pump();
    void launch(int index);
    void onTaskFinished(int index, BatchTask *task);
    void updateCounts();
    void recount(BatchItemStatus from, BatchItemStatus to);
    void setCounts(const BatchCounts &counts);
    static int &countOf(BatchCounts &counts, BatchItemStatus status);
    void finishIfIdle();
    void failToStart(const QString &message);

    SepayClient *m_client;
    OutboxRepository *m_outbox;
    BatchRunOptions m_options;
    QList<BatchInvoice> m_invoices;
    QList<BatchItemResult> m_results;
    QList<std::optional<OutboxEntry>> m_resume; // per invoice
    QList<int> m_pending; // indexes not started yet
    int m_active = 0;
    BatchCounts m_counts;
    QString m_error;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_planning = false;
};

} // namespace einvoice
