#pragma once

#include "batchcolumns.h"
#include "spreadsheet/spreadsheetvalue.h"
#include "spreadsheet/xlsxcolumn.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace einvoice {

// One column of the batch template: its English header (under the Vietnamese one), how its cells
// are typed in the workbook, what it means (Vietnamese / English) and its drop-down values.
struct BatchTemplateColumn
{
    BatchColumn column;
    QString english;
    XlsxColumn::Kind kind;
    QString explanation;
    QStringList choices;
};

// The columns of the batch template, in order, and its example invoices: the one definition the
// CSV template (BatchTemplate) and the .xlsx template (BatchWorkbookTemplate) are both written
// from, so that they cannot have different columns.
class BatchTemplateColumns
{
public:
    static const QList<BatchTemplateColumn> &all();
    // Two invoices dated issuedDate, the first of two lines; one value per column of all(), typed
    // as the workbook writes them (the CSV writes them as text).
    static QList<QList<SpreadsheetValue>> example(const QDate &issuedDate);
};

} // namespace einvoice
