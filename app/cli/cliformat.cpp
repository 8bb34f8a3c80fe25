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

OperationReport OperationReport::of(const InvoiceOperation &operation)
{
    return OperationReport {operation.referenceCode(), operation.trackingCode(), operation.jobState(),
        operation.adopted(), operation.invoice()};
}

QJsonObject operationResult(const OperationReport &report)
{
    QJsonObject object;
    if (report.jobState)
        object = jobStateJson(*report.jobState, report.trackingCode);
    object.insert(QStringLiteral("reference_code"), report.referenceCode);
    if (!report.trackingCode.isEmpty()) // without --wait, scripts poll "invoice status" with it
        object.insert(QStringLiteral("tracking_code"), report.trackingCode);
    object.insert(QStringLiteral("adopted"), report.adopted);
    if (report.invoice) {
        object.insert(QStringLiteral("invoice_number"), report.invoice->invoiceNumber);
        object.insert(QStringLiteral("invoice_status"), invoiceStatus(report.invoice->status));
    }
    return object;
}

QJsonObject operationResult(const InvoiceOperation &operation)
{
    return operationResult(OperationReport::of(operation));
}

QList<QPair<QString, QString>> operationFields(const OperationReport &report)
{
    QList<QPair<QString, QString>> fields {{tr("Reference code"), report.referenceCode}};
    if (!report.trackingCode.isEmpty())
        fields.append({tr("Tracking code"), report.trackingCode});
    if (report.jobState) {
        fields.append({tr("Job status"), jobStatus(report.jobState->status)});
        if (!report.jobState->message.isEmpty())
            fields.append({tr("Message"), report.jobState->message});
    }
    if (report.adopted)
        fields.append({tr("Note"), tr("the invoice already existed on the server; nothing was sent twice")});
    if (report.invoice) {
        fields.append({tr("Invoice number"), report.invoice->invoiceNumber});
        fields.append({tr("Invoice status"), invoiceStatus(report.invoice->status)});
    }
    return fields;
}

QList<QPair<QString, QString>> operationFields(const InvoiceOperation &operation)
{
    return operationFields(OperationReport::of(operation));
}

} // namespace einvoice::cliformat
