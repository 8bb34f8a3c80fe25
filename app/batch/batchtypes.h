#pragma once

#include "core/invoice.h"
#include "core/validationissue.h"

#include <QList>
#include <QString>

namespace einvoice {

// One problem of the batch file, with the 1-based file line and the column key
// ("buyer_tax_code"; empty when it concerns the whole row or invoice). The message is translated.
struct RowProblem
{
    int row = 0;
    QString column;
    QString message;
    bool error = true; // false: a warning, the invoice can still be sent
};

// An invoice built from the rows that share an invoice key.
struct BatchInvoice
{
    QString key;
    int firstRow = 0;
    QList<int> rows; // file lines of its line items, in order
    Invoice invoice;
    QList<RowProblem> problems; // row problems and validator errors
    bool hasErrors() const;
};

struct BatchImport
{
    QList<BatchInvoice> invoices;
    QList<RowProblem> fileProblems; // missing columns, empty file
    QChar separator;
    QString batchId; // stable for the same bytes: reference codes derive from it
    int errorCount() const; // file problems plus invoices with errors
    QList<BatchInvoice> validInvoices() const;
};

// Where one invoice of a running batch stands.
enum class BatchItemStatus { Queued, Sent, Done, Failed, Unknown, Cancelled };

QString batchItemStatusName(BatchItemStatus status); // "queued", "sent", "done", ...

// One line of the results table.
struct BatchItemResult
{
    int row = 0;
    QString referenceCode;
    QString invoiceNumber;
    BatchItemStatus status = BatchItemStatus::Queued;
    QString message;
    bool resumed = false; // found in the outbox from an earlier run
};

struct BatchCounts
{
    int queued = 0;
    int sent = 0;
    int done = 0;
    int failed = 0; // failed, unknown and cancelled
    int total() const { return queued + sent + done + failed; }
    bool operator==(const BatchCounts &) const = default;
};

} // namespace einvoice
