#pragma once

#include "batchrunner.h"
#include "batchsession.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace einvoice {

class BatchSourceLock;

// What the batch runs of an earlier process left unfinished, taken up when the desktop app
// starts (issue 14). Invoices that were sent (their outcome unknown) are followed up at once:
// looked up, adopted, or sent again under the same reference code when the server proves it never
// got them. Invoices that were never sent wait for a person: continueSending() sends them,
// discard() cancels them (the files are locked while they are sent or followed up, not while a
// person decides). Files another process is sending (the command line) are left to it. No widgets:
// the batch page observes it (state, counts, results), the shell says what was resumed.
class BatchResumer : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, FollowingUp, Waiting, Sending, Done };
    Q_ENUM(State)

    BatchResumer(SepayClient *client, const BatchStores &stores, QObject *parent = nullptr);
    ~BatchResumer() override;

    // Reads the outbox and starts following up; false when nothing was left unfinished.
    bool start(const BatchRunOptions &options = BatchRunOptions());
    void continueSending(); // the never-sent invoices, once the follow-up has ended
    void discard(); // cancels the never-sent invoices
    // A new run of these files takes the never-sent invoices over (its plan continues them).
    void handOver();
    bool covers(const QString &source) const; // BatchSource::key

    State state() const { return m_state; }
    QStringList fileNames() const { return m_fileNames; }
    int followedUp() const { return m_followedUp; } // sent invoices found unfinished
    int notSent() const { return int(m_notSent.size()); } // waiting for continue or discard
    int discarded() const { return m_discarded; }
    BatchRunner *runner() const { return m_runner; } // the follow-up, then the continuation
    // Every invoice taken up: those followed up, those sent on Continue, and the never-sent ones
    // while they wait.
    QList<BatchItemResult> results() const;
    BatchCounts counts() const { return BatchCounts::of(results()); }
    BatchOutcome outcome() const { return BatchOutcome::of(results()); }

Q_SIGNALS:
    void stateChanged(einvoice::BatchResumer::State state);
    void countsChanged();

private:
    QList<UnfinishedEntry> takeUp(const QList<OutboxEntry> &unfinished, bool known);
    QList<UnfinishedEntry> takeUpAgain();
    void run(const QList<UnfinishedEntry> &entries, State state);
    void onRunFinished();
    void releaseLocks();
    void setState(State state);

    SepayClient *m_client;
    BatchStores m_stores;
    QString m_environment;
    BatchRunOptions m_options;
    std::vector<std::unique_ptr<BatchSourceLock>> m_locks;
    QPointer<BatchRunner> m_runner;
    QList<BatchItemResult> m_followUpResults; // of the follow-up, once Continue started another run
    QList<UnfinishedEntry> m_notSent;
    QStringList m_sources; // BatchSource keys taken up
    QStringList m_fileNames;
    int m_followedUp = 0;
    int m_discarded = 0;
    State m_state = State::Idle;
};

} // namespace einvoice
