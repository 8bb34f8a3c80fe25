#pragma once

#include "batch/batchplan.h"
#include "batch/batchtypes.h"
#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

namespace einvoice {

// The preview as the Preview tab shows it (file problems first, then one line per invoice with
// what earlier runs did and its problems), as a typed table for "Export preview to Excel…", with
// the invoice's date, buyer tax code and total beside it so that the file can be checked in Excel
// before a run. The words are the Preview tab's own.
class BatchPreviewExport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchPreviewTable)

public:
    // plan: as for BatchPreviewTable::showImport (item i for invoice i); null when not known.
    static ExportTable table(const BatchImport &batch, const BatchPlan *plan);
    static QString suggestedFileName(const QString &sourceName);

private:
    static QList<SpreadsheetValue> invoiceRow(
        const BatchImport &batch, const BatchInvoice &invoice, const PlannedInvoice *item);
};

} // namespace einvoice
