#pragma once

#include "api/invoiceoperation.h"
#include "invoiceactions.h"
#include "store/outboxentry.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace einvoice {

class BatchTask;
class OutboxRepository;
class SepayClient;

// The editor's create and issue requests through the crash-safe outbox (issue 9). Each request is
// a one-invoice BatchTask with an empty batch id (what OutboxEntry documents for the editor): the
// entry is written before the request leaves, every step and the outcome are recorded. An entry
// left unfinished by an earlier run is followed to its end (tracking code polled, or the invoice
// looked up by reference code) instead of being sent again; only a 404 resends it. After a
// Failed outcome the next attempt requeues the same entry with the fixed invoice, so the
// reference code stays and the server holds at most one invoice. No widgets.
//
// The client and the outbox are not owned and must outlive this object.
class EditorOutbox : public QObject
{
    Q_OBJECT

public:
    using Action = InvoiceActions::Action;
    using Result = InvoiceActions::Result;

    EditorOutbox(
        SepayClient *client, OutboxRepository *outbox, const QString &environment, QObject *parent = nullptr);

    // Answer with one actionFinished() each, like InvoiceActions::create() and issueDraft().
    // replacedDraft: the server draft this invoice replaces (DraftEditPair records the pair).
    void create(const Invoice &invoice, const QString &replacedDraft = QString());
    void issueDraft(const QString &referenceCode);
    // Follows every unfinished editor entry of the environment that is not followed yet; each
    // ends with unfinishedJobEnded() (or actionFinished() once the user asked for the same job).
    // Returns how many were started.
    int resumeUnfinished();
    // Stops waiting for the job the user asked for; its entry stays unfinished and is followed up
    // on the next attempt or the next start. False when no such job runs.
    bool cancel();
    // Pause before looking an unknown outcome up again (grows linearly), and how often.
    void setFollowUp(int delayMs, int maxFollowUps);
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void progress(einvoice::InvoiceActions::Action action, const QString &text);
    void actionFinished(const einvoice::InvoiceActions::Result &result);
    void unfinishedJobEnded(const einvoice::InvoiceActions::Result &result);
    // How the request of the job the user asked for goes (from the client's operation).
    void stageChanged(einvoice::InvoiceActions::Action action, einvoice::InvoiceOperation::Stage stage);
    void pendingChecks(einvoice::InvoiceActions::Action action, int checks);

private:
    struct Running
    {
        QPointer<BatchTask> task;
        QPointer<InvoiceOperation> operation; // the request in flight, when seen
        QString referenceCode;
        OutboxKind kind = OutboxKind::Create;
        Action action = Action::Issue;
        bool asked = false; // the user asked for it: ends with actionFinished()
    };

    bool attach(const QString &referenceCode, OutboxKind kind, Action action);
    std::optional<OutboxEntry> enqueue(
        const QString &referenceCode, OutboxKind kind, const QJsonObject &payload, QString *error);
    std::optional<OutboxEntry> openOrRequeued(
        const QString &referenceCode, OutboxKind kind, const QJsonObject &payload, QString *error);
    void start(const Invoice &invoice, bool draft, const std::optional<OutboxEntry> &existing, Action action,
        bool asked);
    void onTaskFinished(BatchTask *task);
    void watch(BatchTask *task, InvoiceOperation *operation);
    Running *runningOf(InvoiceOperation *operation);
    void failNow(Action action, const QString &referenceCode, const QString &message);
    void endNow(Action action, const QString &referenceCode, const QString &message);
    static Invoice invoiceOf(const OutboxEntry &entry);
    static Action actionOf(const OutboxEntry &entry);

    SepayClient *m_client;
    OutboxRepository *m_outbox;
    QString m_environment;
    int m_followUpDelayMs = 500;
    int m_maxFollowUps = 8;
    QList<Running> m_running;
};

} // namespace einvoice
