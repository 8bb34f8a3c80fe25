#pragma once

#include "batchcolumns.h"
#include "core/invoice.h"
#include "core/validationissue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace einvoice {

// A number cell that reads two ways ("12.345": twelve thousand, or twelve and a bit) in a column
// that shows no convention: its invoice waits until the column's decimal separator is stated.
struct AmbiguousNumber
{
    QString text; // as written
    QChar separator; // the '.' or ',' in it
    QString asThousands; // the reading with the separator grouping thousands: "12345"
    QString asDecimals; // the reading with it separating decimals: "12.345"
};

// One problem of the batch file, with the 1-based file line and the column key
// ("buyer_tax_code"; empty when it concerns the whole row or invoice). The message is translated.
// Three severities: an error, a warning, or a number that needs confirmation (error false and
// ambiguous set), which holds its invoice back like an error until the reading is stated.
struct RowProblem
{
    RowProblem() = default;
    RowProblem(int line, QString columnKey, QString text, bool isError = true,
        std::optional<AmbiguousNumber> number = std::nullopt)
        : row(line),
          column(std::move(columnKey)),
          message(std::move(text)),
          error(isError),
          ambiguous(std::move(number))
    {
    }

    int row = 0;
    QString column;
    QString message;
    bool error = true; // false: a warning, the invoice can still be sent
    std::optional<AmbiguousNumber> ambiguous;
    bool needsConfirmation() const { return ambiguous.has_value(); }
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
    bool needsConfirmation() const; // a number of it reads two ways
};

struct BatchImport
{
    QList<BatchInvoice> invoices;
    QList<RowProblem> fileProblems; // missing columns, empty file
    QChar separator;
    QString encoding; // "UTF-8", "Windows-1258", ... as CsvTextDecoder read it
    QString sheetName; // the sheet read, for a workbook
    QStringList header; // the header line's cells
    BatchColumnMap columns; // where each column was read
    int errorCount() const; // file problems plus invoices with errors
    int confirmationCount() const; // number cells that read two ways
    QStringList ambiguousColumns() const; // keys of the columns holding them, in file order
    // What a person calls a column in messages: its header in the file ("Đơn giá", "Mẫu số /
    // Template"), else the template's header; a key that names no column is returned as it is.
    QString columnName(const QString &key) const;
    // Neither errors nor numbers waiting for confirmation.
    QList<BatchInvoice> validInvoices() const;
};

// Where one invoice of a running batch stands. Skipped: not sent in this run by a decision (the
// person chose to skip a changed invoice or a possible duplicate, or left an invalid row out).
enum class BatchItemStatus { Queued, Sent, Done, Failed, Unknown, Cancelled, Skipped };

QString batchItemStatusName(BatchItemStatus status); // "queued", "sent", "done", ...

// Why an invoice did not end done; decides the command line's exit code (BatchOutcome).
enum class BatchFailure {
    None,
    Job, // the create or issue job ended Failed
    Quota, // the quota is used up
    Auth, // the server refused the credentials
    Network, // no answer: the outcome is followed up on the next run
    Busy, // the server asked to wait longer than any request waits: kept for the next run
    Refused, // the server refused the request (4xx)
    Conflict, // the server holds a different invoice under the reference code
    Store // the outbox could not be written
};

// One line of the results table.
struct BatchItemResult
{
    int row = 0;
    QString key; // the invoice key in the file
    QString referenceCode;
    QString invoiceNumber;
    BatchItemStatus status = BatchItemStatus::Queued;
    BatchFailure failure = BatchFailure::None;
    QString message;
    bool resumed = false; // found unfinished in the outbox from an earlier run
    bool earlier = false; // done by an earlier run: nothing was sent for it now
};

struct BatchCounts
{
    int queued = 0;
    int sent = 0;
    int done = 0;
    int failed = 0; // failed, unknown and cancelled
    int skipped = 0;
    int total() const { return queued + sent + done + failed + skipped; }
    bool operator==(const BatchCounts &) const = default;

    int &of(BatchItemStatus status); // the counter the status belongs to
    static BatchCounts of(const QList<BatchItemResult> &results);
};

} // namespace einvoice
