#include "excelexport.h"

#include "questions.h"

namespace einvoice {

QString ExcelExport::save(
    QWidget *parent, Questions &questions, const QList<ExportTable> &tables, const QString &suggestedName)
{
    QString path
        = questions.saveFile(parent, {tr("Export to Excel"), suggestedName, tr("Excel workbooks (*.xlsx)")});
    if (path.isEmpty())
        return QString();
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    SpreadsheetError error;
    if (!ExportTableWriter::writeXlsx(tables, path, &error)) {
        questions.warn(parent, tr("Export to Excel"), error.message());
        return QString();
    }
    return path;
}

} // namespace einvoice
