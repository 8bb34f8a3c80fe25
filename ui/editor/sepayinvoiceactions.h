#pragma once

#include "invoiceactions.h"

#include <QPointer>

namespace einvoice {

struct ApiError;
class InvoiceOperation;
class SepayClient;

// InvoiceActions over the SePay API client: exactly-once create and issue with job polling,
// delete of server drafts, PDF download. The client is not owned and must outlive this object.
class SepayInvoiceActions : public InvoiceActions
{
    Q_OBJECT

public:
    explicit SepayInvoiceActions(SepayClient *client, QObject *parent = nullptr);

    void fetchAccounts() override;
    void fetchAccount(const QString &id) override;
    void create(const Invoice &invoice) override;
    void issueDraft(const QString &referenceCode) override;
    void deleteDraft(const QString &referenceCode) override;
    void downloadPdf(const QString &referenceCode) override;
    void cancel() override;

    // "HTTP 400 ...: message" in plain words for people.
    static QString plainMessage(const ApiError &error);

private:
    void follow(InvoiceOperation *operation, Action action);
    void onOperationFinished(InvoiceOperation *operation, Action action);

    SepayClient *m_client;
    QPointer<QObject> m_current;
};

} // namespace einvoice
