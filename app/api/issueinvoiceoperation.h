#pragma once

#include "invoiceoperation.h"

namespace einvoice {

// Issues a draft exactly once (sepay-api.md 5.6). After a lost or failed answer it looks the
// invoice up before trying again: already issued -> adopt; still a draft -> POST again (bounded);
// gone -> 404. A refusal while the invoice turns out to be issued (a concurrent or earlier
// attempt won) is adopted too. With wait, follows the issue job to Success or Failed.
class IssueInvoiceOperation : public InvoiceOperation
{
    Q_OBJECT

public:
    IssueInvoiceOperation(
        ApiConnection *connection, const QString &referenceCode, bool wait, QObject *parent = nullptr);

protected:
    void begin() override { post(); }
    JobTicketJob *makePost() override;
    void onRefused(const ApiError &error) override;
    void onFound(const InvoiceDetail &invoice) override;
    void onNotFound() override;

private:
    bool m_checkingRefusal = false;
};

} // namespace einvoice
