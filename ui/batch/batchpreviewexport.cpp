#include "batchpreviewexport.h"

#include "batchpreviewtable.h"
#include "core/totals.h"

#include <QFileInfo>

namespace einvoice {

namespace {

enum Column { TotalColumn = 7 };

SpreadsheetValue dateOf(const Invoice &invoice)
{
    return invoice.issuedAt.isValid() ? SpreadsheetValue(invoice.issuedAt.date()) : SpreadsheetValue();
}

// Blank when a line or the sum is out of range: no figure is better than a wrong one.
SpreadsheetValue totalOf(const Invoice &invoice)
{
    const InvoiceTotals totals = computeTotals(invoice);
    return totals.outOfRange ? SpreadsheetValue() : SpreadsheetValue(totals.grandTotal);
}

} // namespace

ExportTable BatchPreviewExport::table(const BatchImport &batch, const BatchPlan *plan)
{
    using Kind = XlsxColumn::Kind;
    ExportTable table;
    table.sheetName = tr("Preview");
    table.columns = {XlsxColumn::of(tr("Row"), Kind::Number), XlsxColumn::of(tr("Invoice key"), Kind::Code),
        XlsxColumn::of(tr("Reference code"), Kind::Code), XlsxColumn::of(tr("Invoice date"), Kind::Date),
        XlsxColumn::of(tr("Buyer")), XlsxColumn::of(tr("Buyer tax code"), Kind::Code),
        XlsxColumn::of(tr("Lines"), Kind::Number), XlsxColumn::of(tr("Total"), Kind::Number),
        XlsxColumn::of(tr("Earlier runs")), XlsxColumn::of(tr("Problems"))};
    for (const RowProblem &problem : batch.fileProblems)
        table.append({problem.row > 0 ? SpreadsheetValue(qint64(problem.row)) : SpreadsheetValue(), {}, {},
            {}, {}, {}, {}, {}, {}, BatchPreviewTable::problemText(problem, batch)});
    for (qsizetype i = 0; i < batch.invoices.size(); ++i) {
        const PlannedInvoice *item = plan && i < plan->items.size() ? &plan->items.at(i) : nullptr;
        table.append(invoiceRow(batch, batch.invoices.at(i), item));
    }
    table.showAllDecimals(TotalColumn);
    table.pageHeader = batch.sheetName;
    return table;
}

QList<SpreadsheetValue> BatchPreviewExport::invoiceRow(
    const BatchImport &batch, const BatchInvoice &invoice, const PlannedInvoice *item)
{
    const Invoice &sent = item ? item->invoice.invoice : invoice.invoice;
    QStringList problems;
    for (const RowProblem &problem : invoice.problems)
        problems.append(BatchPreviewTable::problemText(problem, batch));
    return {qint64(invoice.firstRow), invoice.key, sent.referenceCode, dateOf(invoice.invoice),
        invoice.invoice.buyer.name, invoice.invoice.buyer.taxCode, qint64(invoice.invoice.lines.size()),
        totalOf(invoice.invoice), BatchPreviewTable::earlierCell(invoice, item), problems.join(u'\n')};
}

QString BatchPreviewExport::suggestedFileName(const QString &sourceName)
{
    const QString base = QFileInfo(sourceName).completeBaseName();
    return base.isEmpty() ? tr("batch-preview.xlsx") : tr("%1-preview.xlsx").arg(base);
}

} // namespace einvoice
