#include "sheettablebuilder.h"

#include <algorithm>

namespace einvoice {

using Code = SpreadsheetError::Code;

SheetTableBuilder::SheetTableBuilder(const QString &sheetName, const SpreadsheetLimits &limits)
    : m_sheetName(sheetName), m_limits(limits)
{
}

SheetTableBuilder::Row *SheetTableBuilder::find(qint64 rowNumber)
{
    const auto found = m_index.constFind(rowNumber);
    return found == m_index.constEnd() ? nullptr : &m_rows[found.value()];
}

bool SheetTableBuilder::addCell(qint64 rowNumber, qsizetype column, const SpreadsheetCell &cell)
{
    if (!m_error.isOk())
        return false;
    if (cell.type() == SpreadsheetCell::Type::Empty)
        return true;
    Row *row = find(rowNumber);
    if (!row) {
        m_sorted = m_sorted && (m_rows.isEmpty() || m_rows.constLast().row.number < rowNumber);
        m_index.insert(rowNumber, m_rows.size());
        m_rows.append(Row {SpreadsheetRow {rowNumber, {}}, false});
        row = &m_rows.last();
    }
    if (!cell.isBlank() && !row->hasContent) {
        row->hasContent = true;
        if (++m_contentRows > m_limits.maxRows) {
            m_error = SpreadsheetError::limited(Code::TooManyRows, m_limits.maxRows, m_sheetName);
            return false;
        }
    }
    return place(*row, column, cell);
}

bool SheetTableBuilder::place(Row &row, qsizetype column, const SpreadsheetCell &cell)
{
    QList<SpreadsheetCell> &cells = row.row.cells;
    if (column >= cells.size()) {
        m_cells += column + 1 - cells.size();
        if (m_cells > m_limits.maxCells) {
            m_error = SpreadsheetError::limited(Code::TooManyCells, m_limits.maxCells, m_sheetName);
            return false;
        }
        cells.resize(column + 1);
    }
    cells[column] = cell;
    return true;
}

void SheetTableBuilder::addMerge(const XlsxCellRange &range)
{
    m_merges.append(range);
}

bool SheetTableBuilder::spendWork(qint64 steps)
{
    // Many huge merged ranges must not turn into a long loop: the work is bounded like the cells.
    m_mergeWork += steps;
    if (m_mergeWork <= 2 * m_limits.maxCells)
        return true;
    m_error = SpreadsheetError::limited(Code::TooManyCells, m_limits.maxCells, m_sheetName);
    return false;
}

bool SheetTableBuilder::fillMerge(const XlsxCellRange &range)
{
    const Row *top = find(range.first.row);
    if (!top || top->row.cell(range.first.column).isBlank())
        return true;
    const SpreadsheetCell value = top->row.cell(range.first.column).mergedCopy();
    const qint64 height = range.last.row - range.first.row + 1;
    if (height <= m_rows.size()) {
        for (qint64 number = range.first.row; number <= range.last.row; ++number) {
            Row *row = find(number);
            if (!spendWork(1) || (row && !fillMergeRow(*row, range, value)))
                return false;
        }
        return true;
    }
    for (Row &row : m_rows) {
        const bool inside = row.row.number >= range.first.row && row.row.number <= range.last.row;
        if (!spendWork(1) || (inside && !fillMergeRow(row, range, value)))
            return false;
    }
    return true;
}

bool SheetTableBuilder::fillMergeRow(Row &row, const XlsxCellRange &range, const SpreadsheetCell &value)
{
    // Only rows with values of their own: a merge alone does not make a row.
    if (!row.hasContent)
        return true;
    if (!spendWork(range.last.column - range.first.column + 1))
        return false;
    for (qsizetype column = range.first.column; column <= range.last.column; ++column) {
        const bool first = row.row.number == range.first.row && column == range.first.column;
        if (!first && row.row.cell(column).isBlank() && !place(row, column, value))
            return false;
    }
    return true;
}

std::optional<SpreadsheetTable> SheetTableBuilder::finish()
{
    for (const XlsxCellRange &range : std::as_const(m_merges)) {
        if (!m_error.isOk() || !fillMerge(range))
            return std::nullopt;
    }
    if (!m_error.isOk())
        return std::nullopt;
    if (!m_sorted) {
        std::sort(m_rows.begin(), m_rows.end(),
            [](const Row &a, const Row &b) { return a.row.number < b.row.number; });
    }
    SpreadsheetTable table;
    table.sheetName = m_sheetName;
    table.rows.reserve(m_contentRows);
    for (Row &row : m_rows) {
        if (!row.hasContent)
            continue;
        QList<SpreadsheetCell> &cells = row.row.cells;
        while (!cells.isEmpty() && cells.constLast().isBlank())
            cells.removeLast();
        table.rows.append(std::move(row.row));
    }
    m_rows.clear();
    m_index.clear();
    return table;
}

} // namespace einvoice
