#include "invoiceexporttable.h"

#include "csvexporter.h"
#include "invoicefilterproxy.h"
#include "invoicelistmodel.h"
#include "invoicetexts.h"

namespace einvoice {

namespace {

using Kind = XlsxColumn::Kind;

XlsxColumn column(const QString &header, Kind kind = Kind::Text)
{
    XlsxColumn result;
    result.header = header;
    result.kind = kind;
    return result;
}

} // namespace

ExportTable InvoiceExportTable::of(const InvoiceFilterProxy &rows)
{
    ExportTable table;
    table.sheetName = tr("Invoices");
    const auto title = [](int modelColumn) {
        return InvoiceListModel::columnTitle(modelColumn);
    };
    table.columns = {column(CsvExporter::tr("Reference code"), Kind::Code),
        column(title(InvoiceListModel::Number), Kind::Code),
        column(title(InvoiceListModel::Series), Kind::Code),
        column(CsvExporter::tr("Issued date"), Kind::Date), column(title(InvoiceListModel::Buyer)),
        column(title(InvoiceListModel::TaxCode), Kind::Code),
        column(title(InvoiceListModel::TotalBeforeTax), Kind::Number),
        column(title(InvoiceListModel::TaxAmount), Kind::Number),
        column(title(InvoiceListModel::Total), Kind::Number), column(title(InvoiceListModel::Status)),
        column(title(InvoiceListModel::Source)), column(CsvExporter::tr("Buyer name"))};
    const InvoiceListModel *model = rows.invoiceModel();
    for (const int row : model ? rows.sourceRows() : QList<int>()) {
        const CachedInvoiceRow &invoice = model->invoiceAt(row);
        // A draft has no number yet: the API's "0" would read as invoice number 0.
        const QString number
            = invoice.invoiceNumber == QLatin1String("0") ? QString() : invoice.invoiceNumber;
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
