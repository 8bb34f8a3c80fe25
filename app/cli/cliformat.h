#pragma once

#include "core/remoteinvoice.h"

#include <QJsonObject>
#include <QStringList>

namespace einvoice {

class InvoiceOperation;

// Text and JSON forms of API results for the command line.
namespace cliformat {

QString money(const Decimal &amount);
QString date(const QDate &date);
QString invoiceStatus(InvoiceStatus status);
QString jobStatus(JobStatus status);

QStringList summaryHeaders();
QStringList summaryRow(const InvoiceSummary &invoice);

// What a create, issue, replacement or adjustment ended with, for printing.
struct OperationReport
{
    QString referenceCode;
    QString trackingCode;
    std::optional<JobState> jobState;
    bool adopted = false;
    std::optional<InvoiceSummary> invoice;

    static OperationReport of(const InvoiceOperation &operation);
};

// {"reference_code","tracking_code","status","message","adopted","invoice_number","invoice_status"}
QJsonObject operationResult(const OperationReport &report);
QJsonObject operationResult(const InvoiceOperation &operation);
QList<QPair<QString, QString>> operationFields(const OperationReport &report);
QList<QPair<QString, QString>> operationFields(const InvoiceOperation &operation);
QJsonObject jobStateJson(const JobState &state, const QString &trackingCode);

} // namespace cliformat
} // namespace einvoice
