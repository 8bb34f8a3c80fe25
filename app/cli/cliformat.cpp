#include "cliformat.h"

#include "api/invoiceoperation.h"

#include <QCoreApplication>

namespace einvoice::cliformat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("einvoice::cliformat", text);
}
} // namespace

QString money(const Decimal &amount)
{
    return amount.toString();
}

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString invoiceStatus(InvoiceStatus status)
{
    return toWire(status);
}

QString jobStatus(JobStatus status)
{
    return toWire(status);
}

QStringList summaryHeaders()
{
    return {tr("REFERENCE"), tr("NUMBER"), tr("DATE"), tr("STATUS"), tr("TOTAL"), tr("SOURCE"), tr("BUYER")};
}

QStringList summaryRow(const InvoiceSummary &invoice)
{
    return {invoice.referenceCode, invoice.invoiceNumber, date(invoice.issuedDate),
        invoiceStatus(invoice.status), money(invoice.totalAmount), toWire(invoice.source),
        invoice.buyer.name};
}

QJsonObject jobStateJson(const JobState &state, const QString &trackingCode)
{
    QJsonObject object {{QStringLiteral("reference_code"), state.referenceCode},
        {QStringLiteral("status"), jobStatus(state.status)}, {QStringLiteral("message"), state.message}};
    if (!trackingCode.isEmpty())
        object.insert(QStringLiteral("tracking_code"), trackingCode);
    if (state.invoice) {
        object.insert(QStringLiteral("invoice_number"), state.invoice->invoiceNumber);
        object.insert(QStringLiteral("invoice_status"), invoiceStatus(state.invoice->status));
    }
    return object;
}

QJsonObject operationResult(const InvoiceOperation &operation)
{
    QJsonObject object;
    if (operation.jobState())
        object = jobStateJson(*operation.jobState(), operation.trackingCode());
    object.insert(QStringLiteral("reference_code"), operation.referenceCode());
    if (!operation.trackingCode().isEmpty()) // without --wait, scripts poll "invoice status" with it
        object.insert(QStringLiteral("tracking_code"), operation.trackingCode());
    object.insert(QStringLiteral("adopted"), operation.adopted());
    if (operation.invoice()) {
        object.insert(QStringLiteral("invoice_number"), operation.invoice()->invoiceNumber);
        object.insert(QStringLiteral("invoice_status"), invoiceStatus(operation.invoice()->status));
    }
    return object;
}

QList<QPair<QString, QString>> operationFields(const InvoiceOperation &operation)
{
    QList<QPair<QString, QString>> fields {{tr("Reference code"), operation.referenceCode()}};
    if (!operation.trackingCode().isEmpty())
        fields.append({tr("Tracking code"), operation.trackingCode()});
    if (operation.jobState()) {
        fields.append({tr("Job status"), jobStatus(operation.jobState()->status)});
        if (!operation.jobState()->message.isEmpty())
            fields.append({tr("Message"), operation.jobState()->message});
    }
    if (operation.adopted())
        fields.append({tr("Note"), tr("the invoice already existed on the server; nothing was sent twice")});
    if (operation.invoice()) {
        fields.append({tr("Invoice number"), operation.invoice()->invoiceNumber});
        fields.append({tr("Invoice status"), invoiceStatus(operation.invoice()->status)});
    }
    return fields;
}

} // namespace einvoice::cliformat
