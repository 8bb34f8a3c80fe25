#include "batchresultsexport.h"

#include "batchresultstable.h"

namespace einvoice {

// The words are the Results tab's own (its translation context), so both say the same.
ExportTable BatchResultsExport::table(const QList<BatchItemResult> &results)
{
    using Kind = XlsxColumn::Kind;
    ExportTable table;
    table.sheetName = tr("Results");
    table.columns = {XlsxColumn::of(tr("Row"), Kind::Number), XlsxColumn::of(tr("Invoice key"), Kind::Code),
        XlsxColumn::of(tr("Reference code"), Kind::Code), XlsxColumn::of(tr("Invoice number"), Kind::Code),
        XlsxColumn::of(tr("Status")), XlsxColumn::of(tr("Message"))};
    for (const BatchItemResult &result : results)
        table.append({qint64(result.row), result.key, result.referenceCode, result.invoiceNumber,
            BatchResultsTable::statusText(result.status), result.message});
    return table;
}

} // namespace einvoice
