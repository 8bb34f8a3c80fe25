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
// file line and column; the invoices are then checked with InvoiceValidator. A reference code not
// given in the file stays empty here: the batch planner gives it from the source and the key
// (BatchSource::referenceCode), so that a re-run recognises the invoice.
class BatchImporter
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchImporter)

public:
    static BatchImport import(const QByteArray &bytes, const BatchImportOptions &options = {});

private:
    struct Row;
    static void readInvoiceFields(const Row &row, BatchInvoice &target);
    static void readBuyer(const Row &row, BatchInvoice &target);
    static void readLine(const Row &row, BatchInvoice &target);
    static void checkConsistent(const Row &row, const Row &first, BatchInvoice &target);
    static void validate(BatchInvoice &target, const BatchImportOptions &options);
};

} // namespace einvoice
