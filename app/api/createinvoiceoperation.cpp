#include "createinvoiceoperation.h"

#include "apiconnection.h"
#include "core/invoicefieldnames.h"
#include "core/invoicejson.h"
#include "core/invoicematch.h"
#include "core/invoicevalidator.h"

#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace einvoice {

CreateInvoiceOperation::Prepared CreateInvoiceOperation::prepare(Invoice invoice)
{
    Prepared prepared;
    prepared.generated = fixReferenceCode(invoice);
    prepared.invoice = std::move(invoice);
    return prepared;
}

bool CreateInvoiceOperation::fixReferenceCode(Invoice &invoice)
{
    if (!invoice.referenceCode.trimmed().isEmpty())
        return false;
    invoice.referenceCode = newReferenceCode();
    return true;
}

CreateInvoiceOperation::CreateInvoiceOperation(
    ApiConnection *connection, Invoice invoice, bool wait, QObject *parent)
    : CreateInvoiceOperation(connection, prepare(std::move(invoice)), wait, parent)
{
}

CreateInvoiceOperation::CreateInvoiceOperation(
    ApiConnection *connection, Prepared prepared, bool wait, QObject *parent)
    : InvoiceOperation(connection, JobKind::Create, prepared.invoice.referenceCode, wait, parent),
      m_invoice(std::move(prepared.invoice)),
      m_generated(prepared.generated)
{
}

QString CreateInvoiceOperation::newReferenceCode()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void CreateInvoiceOperation::begin()
{
    InvoiceValidator::Context context;
    context.clock = &connection()->clock();
    const ValidationIssues issues = InvoiceValidator::validate(m_invoice, context);
    if (hasErrors(issues)) {
        QTimer::singleShot(0, this, [this, issues] { finish(ApiError::validation(issues)); });
        return;
    }
    post();
}

JobTicketJob *CreateInvoiceOperation::makePost()
{
    return JobTicketJob::create(
        connection(), m_payload ? *m_payload : json::toCreatePayload(m_invoice), this);
}

void CreateInvoiceOperation::onRefused(const ApiError &error)
{
    if (error.isDocumentExisted()) {
        m_conflict = true;
        lookUp();
        return;
    }
    finish(error);
}

// The reference code is taken: adopt only the invoice this operation meant to create. Another
// one under the same code (another run, edited content) is a conflict, never silently adopted.
void CreateInvoiceOperation::onFound(const InvoiceDetail &invoice)
{
    const QStringList differences = InvoiceMatch::differences(m_invoice, invoice);
    if (differences.isEmpty()) {
        adopt(invoice.summary);
        return;
    }
    qCInfo(lcApi) << "reference code" << m_invoice.referenceCode << "holds another invoice:" << differences;
    finish(ApiError::http(409, ApiError::ReferenceConflictCode,
        tr("Reference code %1 already belongs to a different invoice on the server (differs in: %2). "
           "Nothing was created; use another reference code.")
            .arg(m_invoice.referenceCode, InvoiceFieldNames::describe(differences))));
}

void CreateInvoiceOperation::onNotFound()
{
    if (m_conflict) {
        lookUpConflictAgain(); // 409 proves it exists
        return;
    }
    // Proven absent: sending again cannot make a duplicate.
    resendLater(m_lastError);
}

void CreateInvoiceOperation::usePayload(const QJsonObject &payload)
{
    QJsonObject sent = payload;
    for (const QString &key : payload.keys()) {
        if (key.startsWith(QLatin1Char('_')))
            sent.remove(key);
    }
    m_payload = sent;
}

} // namespace einvoice
