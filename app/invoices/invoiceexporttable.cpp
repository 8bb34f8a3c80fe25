#include "invoiceexporttable.h"

#include "csvexporter.h"
#include "invoicefilterproxy.h"
#include "invoicelistmodel.h"
#include "invoicetexts.h"

namespace einvoice {

using Kind = XlsxColumn::Kind;

ExportTable InvoiceExportTable::of(const InvoiceFilterProxy &rows)
{
    ExportTable table;
    table.sheetName = tr("Invoices");
    const auto title = [](int modelColumn) {
        return InvoiceListModel::columnTitle(modelColumn);
    };
    table.columns = {XlsxColumn::of(CsvExporter::tr("Reference code"), Kind::Code),
        XlsxColumn::of(title(InvoiceListModel::Number), Kind::Code),
        XlsxColumn::of(title(InvoiceListModel::Series), Kind::Code),
        XlsxColumn::of(CsvExporter::tr("Issued date"), Kind::Date),
        XlsxColumn::of(title(InvoiceListModel::Buyer)),
        XlsxColumn::of(title(InvoiceListModel::TaxCode), Kind::Code),
        XlsxColumn::of(title(InvoiceListModel::TotalBeforeTax), Kind::Number),
        XlsxColumn::of(title(InvoiceListModel::TaxAmount), Kind::Number),
        XlsxColumn::of(title(InvoiceListModel::Total), Kind::Number),
        XlsxColumn::of(title(InvoiceListModel::Status)), XlsxColumn::of(title(InvoiceListModel::Source)),
        XlsxColumn::of(CsvExporter::tr("Buyer name"))};
    const InvoiceListModel *model = rows.invoiceModel();
    for (const int row : model ? rows.sourceRows() : QList<int>()) {
        const CachedInvoiceRow &invoice = model->invoiceAt(row);
        const QString number = InvoiceTexts::number(invoice.invoiceNumber);
        table.append({invoice.referenceCode, number, invoice.invoiceSeries, invoice.issuedDate,
            InvoiceListModel::printedBuyer(invoice), invoice.buyerTaxCode, invoice.totalBeforeTax,
            invoice.taxAmount, invoice.totalAmount, InvoiceTexts::badge(model->badgeAt(row)),
            InvoiceTexts::source(invoice.source), invoice.buyerName});
    }
    for (const qsizetype amount : {6, 7, 8})
        table.showAllDecimals(amount);
    return table;
}

} // namespace einvoice
