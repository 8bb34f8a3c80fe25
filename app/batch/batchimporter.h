#pragma once

#include "batchcolumns.h"
#include "batchtypes.h"
#include "core/invoicevalidator.h"
#include "csvreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace einvoice {

// Defaults for what the file leaves empty, and how to read it.
struct BatchImportOptions
{
    std::optional<BatchColumnMap> columns; // nullopt: matched from the header
    QString templateCode = QStringLiteral("1");
    QString invoiceSeries;
    QString providerAccountId;
    bool draft = true;
    InvoiceValidator::Context validation;
    // The decimal separator ('.' or ',') the user states for number columns whose cells read two
    // ways: the page's choice per column, the CLI's --decimal-separator for all of them.
    QHash<BatchColumn, QChar> decimalSeparators;
};

// Turns a batch CSV or workbook sheet into invoices: one row per line item, rows with the same invoice key
// form one invoice (rows without a key column are one invoice each). Every problem is reported with its file
// line and column; the invoices are then checked with InvoiceValidator. A reference code not given in the
// file stays empty here: the batch planner gives it from the source and the key (BatchSource::referenceCode),
// so that a re-run recognises the invoice.
class BatchImporter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchImporter)

public:
    // Bigger files are refused before they are read: 200,000 rows of a dozen columns take about
    // 40 MB, and at two invoices a second such a batch would run for more than a day.
    static constexpr qint64 MaxFileBytes = 128LL << 20;
    static constexpr int MaxDataRows = 200000;

    static BatchImport import(const QByteArray &bytes, const BatchImportOptions &options = {});
    // The records of a CSV file or a workbook's sheet (BatchFileReader); a file whose problem is set
    // imports nothing and reports it.
    static BatchImport import(const CsvFile &file, const BatchImportOptions &options = {});
    // A CSV file's records, or why it cannot be read: too big, too many rows, empty, undecodable.
    static CsvFile readCsv(const QByteArray &bytes);
    // Why a file of that size is refused, or empty when it is not.
    static QString fileSizeProblem(qint64 bytes);

private:
    struct Row;
    // The header names the needed columns and has rows under it; otherwise a file problem says why.
    static bool checkHeader(const QList<CsvRecord> &records, const BatchColumnMap &map, BatchImport &result);
    static void readInvoiceFields(const Row &row, BatchInvoice &target);
    static void readBuyer(const Row &row, BatchInvoice &target);
    static void readLine(const Row &row, BatchInvoice &target);
    static void checkConsistent(const Row &row, const Row &first, BatchInvoice &target);
    static void validate(BatchInvoice &target, const BatchImportOptions &options);
};

} // namespace einvoice
