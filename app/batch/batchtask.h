#pragma once

#include "batchtypes.h"
#include "store/outboxentry.h"
#include "store/storeresult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace einvoice {

struct ApiError;
struct InvoiceDetail;
struct InvoiceSummary;
class BatchIdentityRepository;
class InvoiceOperation;
class OutboxRepository;
class SepayClient;

// What every task of one batch shares.
struct BatchTaskContext
{
    SepayClient *client = nullptr;
    OutboxRepository *outbox = nullptr;
    // Batch runs only: an invoice a follow-up finds on the server under the reference code is
    // checked to be this one (InvoiceMatch, as a create's 409 is) before it is taken as done; a
    // different one is recorded here.
    BatchIdentityRepository *identities = nullptr;
    QString environment;
    QString batchId;
    bool draft = true;
    int followUpDelayMs = 500; // wait before looking an unknown outcome up again (grows linearly)
    int maxFollowUps = 8;
};

// Takes one invoice of a batch to a definite end through the outbox. Every request is recorded
// before it leaves (queued -> sent, one write), the tracking code once a poll finds the job still
// running or else together with the outcome (one write).
// An entry found unfinished from an earlier run is first checked on the server: a tracking code
// is polled, otherwise the invoice is looked up by reference code; only a 404 (proof that it was
// never received) sends it again. A queued entry (a run's plan) is marked sent and sent.
// Emits finished() once; result() is then final, with the failure's cause.
class BatchTask : public QObject
{
    Q_OBJECT

public:
    BatchTask(const BatchTaskContext &context, const BatchInvoice &invoice, QObject *parent = nullptr);

    // existing: the outbox entry of this invoice to send or follow up (queued by a run's plan, or
    // unfinished), or nullopt to write one now. resumed: it comes from an earlier run.
    void start(const std::optional<OutboxEntry> &existing, bool resumed = true);
    const BatchItemResult &result() const { return m_result; }
    bool isSent() const { return m_sent; }

Q_SIGNALS:
    void sentChanged();
    // The request the task sends now (its first send and each resend), not yet started: observers
    // follow its stages and progress from here, and may cancel it. It belongs to the client.
    void operationStarted(einvoice::InvoiceOperation *operation);
    void finished();

private:
    void dispatch();
    void send();
    void resend();
    StoreResult<OutboxEntry> conclude(const OutboxChange &change);
    void onOperationFinished(InvoiceOperation *operation);
    void onSucceeded(const std::optional<InvoiceSummary> &invoice);
    void lookUp();
    void onFound(const InvoiceDetail &found);
    void poll();
    void startIssue();
    void followUp(const QString &message);
    bool record(const StoreResult<OutboxEntry> &result);
    void fail(const QString &message, BatchFailure failure);
    void failOn(const ApiError &error);
    bool endIfAnotherInvoice(const InvoiceDetail &found);
    void end(BatchItemStatus status, const QString &message, const QString &number = QString(),
        BatchFailure failure = BatchFailure::None);
    static bool outcomeUnknown(const ApiError &error);
    static BatchFailure failureOf(const ApiError &error);

    BatchTaskContext m_context;
    BatchInvoice m_invoice;
    OutboxEntry m_entry;
    BatchItemResult m_result;
    QString m_trackingCode; // of the request in flight, once the server has answered
    int m_followUps = 0;
    bool m_sent = false;
    bool m_finished = false;
};

} // namespace einvoice
