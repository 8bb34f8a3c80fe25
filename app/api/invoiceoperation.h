#pragma once

#include "apierror.h"
#include "core/remoteinvoice.h"
#include "jobstatusjob.h"
#include "jobticketjob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace einvoice {

class ApiConnection;
class JobPoller;

// Common shape of the two operations that must happen exactly once: creating and issuing an
// invoice. An operation may send several requests (the POST, look-ups by reference code, status
// checks) but, like a job, ends in one finish path: finished() is emitted exactly once and the
// object deletes itself later.
//
// Outcome: error() is None when the request was accepted (and, with wait, the job reached a
// terminal state). jobFailed() then tells whether the job ended Failed. adopted() means the
// invoice was found on the server (409, or a look-up after a lost answer) instead of being
// confirmed by a fresh tracking code.
class InvoiceOperation : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Sending, Checking, Waiting, Polling, Done };
    Q_ENUM(Stage)

    ~InvoiceOperation() override;

    void start();
    void cancel();

    QString referenceCode() const { return m_referenceCode; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isOk(); }
    bool jobFailed() const { return succeeded() && m_state && m_state->status == JobStatus::Failed; }
    const ApiError &error() const { return m_error; }
    bool adopted() const { return m_adopted; }
    QString trackingCode() const { return m_ticket.trackingCode; }
    const std::optional<JobState> &jobState() const { return m_state; }
    const std::optional<InvoiceSummary> &invoice() const { return m_invoice; }
    int postCount() const { return m_posts; }
    Stage stage() const { return m_stage; }

Q_SIGNALS:
    void stageChanged(einvoice::InvoiceOperation::Stage stage);
    void progress(const einvoice::JobState &state, int checks, qint64 elapsedMs);
    void finished();

protected:
    InvoiceOperation(
        ApiConnection *connection, JobKind kind, const QString &referenceCode, bool wait, QObject *parent);

    virtual void begin() = 0; // validate, then post()
    virtual JobTicketJob *makePost() = 0; // the POST, not started
    // The server refused the POST with a definite answer (4xx other than 401 after replay).
    virtual void onRefused(const ApiError &error) = 0;
    // A look-up by reference code found the invoice, or proved (404) that it does not exist.
    virtual void onFound(const InvoiceDetail &invoice) = 0;
    virtual void onNotFound() = 0;
    // Where to check the job of an accepted request: an empty path checks the kind's own check
    // endpoint. A non-empty error ends the operation instead (the request was accepted).
    virtual QString checkPathOf(const JobTicket &ticket, QUrlQuery *query, ApiError *error) const;

    ApiConnection *connection() const { return m_connection; }
    void post();
    void lookUp();
    void lookUpLater(int delayMs);
    void resendLater(const ApiError &cause);
    void accept(const JobTicket &ticket);
    void adopt(const InvoiceSummary &invoice);
    // The server holds the reference code (409) but does not show the invoice yet.
    void adoptPending();
    // After a 409 a look-up found nothing: the server may show the invoice only once its job has
    // run, so it is looked up again a few times, then adopted as pending.
    void lookUpConflictAgain();
    void finish(const ApiError &error);
    void setStage(Stage stage);
    static bool outcomeUnknown(const ApiError &error);
    int resendsLeft() const;

    ApiError m_lastError;
    int m_lookUps = 0;

private:
    void onPosted(JobTicketJob *job);
    void onPolled();

    ApiConnection *m_connection;
    JobKind m_kind;
    QString m_referenceCode;
    bool m_wait;
    QTimer m_delay;
    QPointer<QObject> m_current;
    QPointer<JobPoller> m_poller;
    JobTicket m_ticket;
    std::optional<JobState> m_state;
    std::optional<InvoiceSummary> m_invoice;
    ApiError m_error;
    Stage m_stage = Stage::Sending;
    bool m_started = false;
    bool m_finished = false;
    bool m_adopted = false;
    int m_posts = 0;
};

} // namespace einvoice
