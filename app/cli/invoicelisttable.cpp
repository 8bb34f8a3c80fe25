#include "invoicelisttable.h"

namespace einvoice {

namespace {

XlsxColumn column(const QString &header, XlsxColumn::Kind kind = XlsxColumn::Kind::Text)
{
    XlsxColumn result;
    result.header = header;
    result.kind = kind;
    return result;
}

} // namespace

ExportTable InvoiceListTable::of(const QList<InvoiceSummary> &invoices)
{
    using Kind = XlsxColumn::Kind;
    ExportTable table;
    table.sheetName = tr("Invoices");
    table.columns = {column(tr("Reference code"), Kind::Code), column(tr("Number"), Kind::Code),
        column(tr("Issued date"), Kind::Date), column(tr("Status")), column(tr("Buyer name")),
        column(tr("Legal name")), column(tr("Tax code"), Kind::Code), column(tr("Before tax"), Kind::Number),
        column(tr("Tax"), Kind::Number), column(tr("Total"), Kind::Number), column(tr("Source"))};
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
