#include "batchresultsexport.h"

#include "batchresultstable.h"

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

// The words are the Results tab's own (its translation context), so both say the same.
ExportTable BatchResultsExport::table(const QList<BatchItemResult> &results)
{
    using Kind = XlsxColumn::Kind;
    ExportTable table;
    table.sheetName = tr("Results");
    table.columns = {column(tr("Row"), Kind::Number), column(tr("Invoice key"), Kind::Code),
        column(tr("Reference code"), Kind::Code), column(tr("Invoice number"), Kind::Code),
        column(tr("Status")), column(tr("Message"))};
    for (const BatchItemResult &result : results)
        table.append({qint64(result.row), result.key, result.referenceCode, result.invoiceNumber,
            BatchResultsTable::statusText(result.status), result.message});
    return table;
}

} // namespace einvoice
