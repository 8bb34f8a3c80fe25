#pragma once

#include "apierror.h"
#include "clientoptions.h"
#include "jobstatusjob.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace einvoice {

// Follows one create or issue job until it ends. A member QTimer paces the checks: the interval
// starts at PollingOptions::initialIntervalMs and grows by `factor` while the job stays Pending,
// capped at maxIntervalMs. Only one check is ever in flight. Ends at Success or Failed, after
// overallTimeoutMs on the client's clock (Timeout), on cancel() (Cancelled) or on a
// non-transient error; transient errors of a single check just wait for the next tick.
class JobPoller : public QObject
{
    Q_OBJECT

public:
    JobPoller(ApiConnection *connection, JobKind kind, const QString &trackingCode,
        const PollingOptions &options, QObject *parent = nullptr);

    void start();
    void cancel();
    // Checks the job at this path instead of the kind's (JobStatusJob::setCheckPath).
    void setCheckPath(const QString &path, const QUrlQuery &query = QUrlQuery());

    JobKind kind() const { return m_kind; }
    QString trackingCode() const { return m_trackingCode; }
    bool isFinished() const { return m_finished; }
    // Finished with a terminal job state (Success or Failed); error() is then None.
    bool succeeded() const { return m_finished && m_error.isOk(); }
    const ApiError &error() const { return m_error; }
    const JobState &state() const { return m_state; } // last state seen
    int checks() const { return m_checks; }
    int currentIntervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void progress(const einvoice::JobState &state, int checks, qint64 elapsedMs);
    void finished();

private:
    void tick();
    void onChecked(JobStatusJob *job);
    void scheduleNext(bool changed);
    void finish(const ApiError &error);
    qint64 elapsedMs() const;

    ApiConnection *m_connection;
    JobKind m_kind;
    QString m_trackingCode;
    QString m_checkPath;
    QUrlQuery m_checkQuery;
    PollingOptions m_options;
    QTimer m_timer;
    QPointer<JobStatusJob> m_inFlight;
    QDateTime m_startedAt;
    JobState m_state;
    ApiError m_error;
    int m_intervalMs;
    int m_checks = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace einvoice
