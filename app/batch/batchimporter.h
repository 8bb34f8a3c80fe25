#pragma once

#include "batchcolumns.h"
#include "batchtypes.h"
#include "core/invoicevalidator.h"

#include <QByteArray>
#include <QCoreApplication>

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
};

// Turns a batch CSV into invoices: one row per line item, rows with the same invoice key form one
// invoice (rows without a key column are one invoice each). Every problem is reported with its
// file line and column; the invoices are then checked with InvoiceValidator. Reference codes not
// given in the file are derived from the batch id and the key, so the same file always yields the
// same codes (what makes a re-run resume instead of creating twice).
class BatchImporter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchImporter)

public:
    static BatchImport import(const QByteArray &bytes, const BatchImportOptions &options = {});
    static QString batchIdFor(const QByteArray &bytes, bool draft);
    static QString derivedReferenceCode(const QString &batchId, const QString &key);

private:
    struct Row;
    static void readInvoiceFields(const Row &row, BatchInvoice &target);
    static void readBuyer(const Row &row, BatchInvoice &target);
    static void readLine(const Row &row, BatchInvoice &target);
    static void checkConsistent(const Row &row, const Row &first, BatchInvoice &target);
    static void validate(BatchInvoice &target, const BatchImportOptions &options);
};

} // namespace einvoice
