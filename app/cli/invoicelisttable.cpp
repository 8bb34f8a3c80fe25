#include "invoicelisttable.h"

namespace einvoice {

ExportTable InvoiceListTable::of(const QList<InvoiceSummary> &invoices)
{
    using Kind = XlsxColumn::Kind;
    ExportTable table;
    table.sheetName = tr("Invoices");
    table.columns = {XlsxColumn::of(tr("Reference code"), Kind::Code),
        XlsxColumn::of(tr("Number"), Kind::Code), XlsxColumn::of(tr("Issued date"), Kind::Date),
        XlsxColumn::of(tr("Status")), XlsxColumn::of(tr("Buyer name")), XlsxColumn::of(tr("Legal name")),
        XlsxColumn::of(tr("Tax code"), Kind::Code), XlsxColumn::of(tr("Before tax"), Kind::Number),
        XlsxColumn::of(tr("Tax"), Kind::Number), XlsxColumn::of(tr("Total"), Kind::Number),
        XlsxColumn::of(tr("Source"))};
    for (const InvoiceSummary &invoice : invoices) {
        // A draft has no number yet: the API's "0" would read as invoice number 0.
        const QString number
            = invoice.invoiceNumber == QLatin1String("0") ? QString() : invoice.invoiceNumber;
        table.append({invoice.referenceCode, number, invoice.issuedDate, toWire(invoice.status),
            invoice.buyer.name, invoice.buyer.legalName, invoice.buyer.taxCode, invoice.totalBeforeTax,
            invoice.taxAmount, invoice.totalAmount, toWire(invoice.source)});
    }
    for (const qsizetype amount : {7, 8, 9})
        table.showAllDecimals(amount);
    return table;
}

} // namespace einvoice
