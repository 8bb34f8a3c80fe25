#include "invoicelinesexporttable.h"

#include "core/enums.h"
#include "invoicetexts.h"

namespace einvoice {

using Kind = XlsxColumn::Kind;

namespace {

// A draft has no number yet: the API's "0" would read as invoice number 0.
QString numberOf(const InvoiceDetail &detail)
{
    const QString &number = detail.summary.invoiceNumber;
    return number == QLatin1String("0") ? QString() : number;
}

} // namespace

ExportTable InvoiceLinesExportTable::of(const InvoiceDetail &detail)
{
    ExportTable table;
    table.sheetName = tr("Lines");
    table.columns = {XlsxColumn::of(tr("#"), Kind::Number), XlsxColumn::of(tr("Item code"), Kind::Code),
        XlsxColumn::of(tr("Item")), XlsxColumn::of(tr("Unit")), XlsxColumn::of(tr("Quantity"), Kind::Number),
        XlsxColumn::of(tr("Unit price"), Kind::Number), XlsxColumn::of(tr("Amount"), Kind::Number),
        XlsxColumn::of(tr("VAT rate")), XlsxColumn::of(tr("VAT"), Kind::Number)};
    for (const RemoteInvoiceLine &line : detail.lines)
        table.append({qint64(line.lineNumber), line.itemCode, line.itemName, line.unit, line.quantity,
            line.unitPrice, line.totalAmount, InvoiceTexts::taxRate(line.taxRate), line.taxAmount});
    for (const qsizetype column : {4, 5, 6, 8})
        table.showAllDecimals(column);
    const QString number = numberOf(detail);
    table.pageHeader = number.isEmpty() ? tr("Draft %1").arg(detail.summary.referenceCode)
                                        : tr("Invoice %1, series %2").arg(number, detail.invoiceSeries);
    return table;
}

QString InvoiceLinesExportTable::suggestedFileName(const InvoiceDetail &detail)
{
    const QString number = numberOf(detail);
    const QString name = number.isEmpty() ? detail.summary.referenceCode : number;
    return tr("invoice-%1-lines.xlsx").arg(name);
}

} // namespace einvoice
