#pragma once

#include "spreadsheeterror.h"
#include "spreadsheetlimits.h"
#include "spreadsheettable.h"
#include "xlsxcellref.h"

#include <QHash>

#include <optional>

namespace einvoice {

// Collects the cells of one sheet as they stream in (sparse, in any order), enforces the row and
// cell limits while doing so, and turns them into a SpreadsheetTable: merged ranges filled from
// their first cell, empty rows and trailing empty cells dropped.
class SheetTableBuilder
{
public:
    SheetTableBuilder(const QString &sheetName, const SpreadsheetLimits &limits);

    // False once a limit is passed; error() then says which.
    bool addCell(qint64 rowNumber, qsizetype column, const SpreadsheetCell &cell);
    void addMerge(const XlsxCellRange &range);
    std::optional<SpreadsheetTable> finish();
    const SpreadsheetError &error() const { return m_error; }

private:
    struct Row
    {
        SpreadsheetRow row;
        bool hasContent = false; // a non-blank cell of its own (merged copies do not count)
    };

    Row *find(qint64 rowNumber);
    bool place(Row &row, qsizetype column, const SpreadsheetCell &cell);
    bool fillMerge(const XlsxCellRange &range);
    bool fillMergeRow(Row &row, const XlsxCellRange &range, const SpreadsheetCell &value);
    bool spendWork(qint64 steps);

    QString m_sheetName;
    SpreadsheetLimits m_limits;
    SpreadsheetError m_error;
    QList<Row> m_rows;
    QHash<qint64, qsizetype> m_index; // row number -> position in m_rows
    QList<XlsxCellRange> m_merges;
    qint64 m_cells = 0;
    qint64 m_contentRows = 0;
    qint64 m_mergeWork = 0;
    bool m_sorted = true;
};

} // namespace einvoice
