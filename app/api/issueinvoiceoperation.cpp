#include "issueinvoiceoperation.h"

namespace einvoice {

IssueInvoiceOperation::IssueInvoiceOperation(
    ApiConnection *connection, const QString &referenceCode, bool wait, QObject *parent)
    : InvoiceOperation(connection, JobKind::Issue, referenceCode, wait, parent)
{
}

JobTicketJob *IssueInvoiceOperation::makePost()
{
    return JobTicketJob::issue(connection(), referenceCode(), this);
}

void IssueInvoiceOperation::onRefused(const ApiError &error)
{
    // 401 after the replay and 422 are final. A 400, 404 or 409 after an earlier attempt may mean
    // that attempt already issued it: check once.
    const bool maybeDoneBefore
        = postCount() > 1 && (error.httpStatus == 400 || error.httpStatus == 404 || error.httpStatus == 409);
    if (maybeDoneBefore && !m_checkingRefusal) {
        m_checkingRefusal = true;
        lookUp();
        return;
    }
    finish(error);
}

void IssueInvoiceOperation::onFound(const InvoiceDetail &invoice)
{
    if (invoice.summary.status == InvoiceStatus::Issued) {
        adopt(invoice.summary);
        return;
    }
    if (m_checkingRefusal || invoice.summary.status != InvoiceStatus::Draft) {
        finish(m_lastError);
        return;
    }
    resendLater(m_lastError);
}

void IssueInvoiceOperation::onNotFound()
{
    finish(ApiError::http(404, QString(), tr("No invoice has the reference code %1.").arg(referenceCode())));
}

} // namespace einvoice
