#include "invoiceexporttable.h"

#include "csvexporter.h"
#include "invoicelistmodel.h"
#include "invoiceslog.h"
#include "invoicetexts.h"

namespace einvoice {

using Kind = XlsxColumn::Kind;

ExportTable InvoiceExportTable::of(const InvoiceListModel &rows)
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
    const StoreStatus read = rows.forEachRow([&table](const CachedInvoiceRow &invoice) {
        const QString number = InvoiceTexts::number(invoice.invoiceNumber);
        table.append({invoice.referenceCode, number, invoice.invoiceSeries, invoice.issuedDate,
            InvoiceListModel::printedBuyer(invoice), invoice.buyerTaxCode, invoice.totalBeforeTax,
            invoice.taxAmount, invoice.totalAmount, InvoiceTexts::badge(badgeOf(invoice)),
            InvoiceTexts::source(invoice.source), invoice.buyerName});
        return true;
    });
    if (!read) // the model told the page (readFailed); the rows read so far are exported
        qCWarning(lcInvoices) << "could not read the list to export:" << read.error().toString();
    for (const qsizetype amount : {6, 7, 8})
        table.showAllDecimals(amount);
    return table;
}

} // namespace einvoice
