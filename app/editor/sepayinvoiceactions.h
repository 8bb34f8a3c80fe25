#pragma once

#include "api/invoiceoperation.h"
#include "invoiceactions.h"

#include <QPointer>

namespace einvoice {

struct ApiError;
class DraftEditPair;
class EditorOutbox;
class OutboxRepository;
class SepayClient;

// InvoiceActions over the SePay API client: exactly-once create and issue with job polling,
// delete of server drafts, PDF download. The client is not owned and must outlive this object.
//
// With an outbox, create and issue go through it (EditorOutbox, issue 9): recorded before they
// leave, resumed after a crash, requeued under the same reference code after a failure. The
// unfinished editor entries of the environment are then followed up as soon as the event loop
// runs (unfinishedJobEnded() tells how each ended). The outbox is not owned either.
class SepayInvoiceActions : public InvoiceActions
{
    Q_OBJECT

public:
    explicit SepayInvoiceActions(SepayClient *client, QObject *parent = nullptr);
    SepayInvoiceActions(
        SepayClient *client, OutboxRepository *outbox, const QString &environment, QObject *parent = nullptr);

    void fetchAccounts() override;
    void fetchAccount(const QString &id) override;
    void create(const Invoice &invoice) override;
    void createReplacing(const Invoice &invoice, const QString &replacedDraft) override;
    void issueDraft(const QString &referenceCode) override;
    void deleteDraft(const QString &referenceCode) override;
    void downloadPdf(const QString &referenceCode) override;
    void cancel() override;

    // Follows the unfinished editor entries not followed yet (also done once on construction);
    // returns how many started. 0 without an outbox.
    int resumeUnfinished();
    EditorOutbox *outboxWork() const { return m_outboxWork; } // null without an outbox

    // "HTTP 400 ...: message" in plain words for people.
    static QString plainMessage(const ApiError &error);

private:
    void follow(InvoiceOperation *operation, Action action);
    void reportStage(Action action, InvoiceOperation::Stage stage);
    void reportChecks(Action action, int checks);
    void onOperationFinished(InvoiceOperation *operation, Action action);

    SepayClient *m_client;
    EditorOutbox *m_outboxWork = nullptr;
    DraftEditPair *m_pairs = nullptr; // with the outbox
    QPointer<QObject> m_current;
};

} // namespace einvoice
