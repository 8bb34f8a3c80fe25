#pragma once

#include "spreadsheetcell.h"

#include <QList>
#include <QStringList>

namespace einvoice {

// One non-empty row of a sheet: its cells from column A up to its last non-blank cell.
struct SpreadsheetRow
{
    qint64 number = 0; // the sheet's 1-based row number, for messages ("row 12")
    QList<SpreadsheetCell> cells;

    // The cell in 0-based `column`; an Empty cell past the row's end.
    const SpreadsheetCell &cell(qsizetype column) const;
    // Every cell's text(), for matching a header or handing rows to text-based code.
    QStringList texts() const;
};

// The values of one worksheet, without its empty rows and trailing empty columns.
struct SpreadsheetTable
{
    QString sheetName;
    QList<SpreadsheetRow> rows;

    qsizetype columnCount() const;
    bool isEmpty() const { return rows.isEmpty(); }
};

// "A", "Z", "AA", ... for a 0-based column; "C5" for a 0-based column and 1-based row.
QString spreadsheetColumnName(qsizetype column);
QString spreadsheetCellName(qsizetype column, qint64 rowNumber);

} // namespace einvoice
