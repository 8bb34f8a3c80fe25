// InvoiceLinesModel: adding, removing, duplicating, moving and filling lines.

#include "core/blanklines.h"
#include "invoicelinesmodel.h"
#include "linecolumns.h"

namespace einvoice {

bool InvoiceLinesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_lines.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_lines.insert(row, InvoiceLine());
    endInsertRows();
    clearRowState([row, count](int r) { return r >= row ? r + count : r; });
    Q_EMIT linesChanged();
    return true;
}

bool InvoiceLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_lines.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_lines.remove(row, count);
    endRemoveRows();
    clearRowState([row, count](int r) { return r < row ? r : (r >= row + count ? r - count : -1); });
    Q_EMIT linesChanged();
    return true;
}

bool InvoiceLinesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_lines.size() || destinationChild < 0 || destinationChild > m_lines.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild))
        return false;
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_lines.move(sourceRow, target);
    endMoveRows();
    clearRowState([sourceRow, target](int r) {
        if (r == sourceRow)
            return target;
        if (sourceRow < target && r > sourceRow && r <= target)
            return r - 1;
        if (target < sourceRow && r >= target && r < sourceRow)
            return r + 1;
        return r;
    });
    Q_EMIT linesChanged();
    return true;
}

QList<InvoiceLine> InvoiceLinesModel::lines() const
{
    QList<InvoiceLine> result = withoutTrailingBlankLines(m_lines);
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].lineNumber = int(i + 1);
    return result;
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_removed.clear();
    clearRowState(nullptr);
    endResetModel();
    Q_EMIT linesChanged();
}

int InvoiceLinesModel::appendLine()
{
    const int row = int(m_lines.size());
    insertRows(row, 1);
    return row;
}

bool InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    const InvoiceLine line = m_lines.at(row);
    if (!removeRows(row, 1))
        return false;
    m_removed.append({row, line});
    return true;
}

int InvoiceLinesModel::restoreRemovedLine()
{
    if (m_removed.isEmpty())
        return -1;
    const auto [wanted, line] = m_removed.takeLast();
    const int row = std::min(wanted, int(m_lines.size()));
    insertRows(row, 1);
    m_lines[row] = line;
    emitRowChanged(row);
    Q_EMIT linesChanged();
    return row;
}

bool InvoiceLinesModel::duplicateLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    beginInsertRows(QModelIndex(), row + 1, row + 1);
    m_lines.insert(row + 1, m_lines.at(row));
    endInsertRows();
    clearRowState([row](int r) { return r > row ? r + 1 : r; });
    Q_EMIT linesChanged();
    return true;
}

bool InvoiceLinesModel::moveLine(int from, int to)
{
    if (to < 0 || to >= m_lines.size())
        return false;
    return moveRows(QModelIndex(), from, 1, QModelIndex(), to > from ? to + 1 : to);
}

void InvoiceLinesModel::fillLine(int row, const InvoiceLine &values)
{
    if (row < 0 || row >= m_lines.size())
        return;
    InvoiceLine &line = m_lines[row];
    line.itemCode = values.itemCode.isEmpty() ? line.itemCode : values.itemCode;
    line.itemName = values.itemName.isEmpty() ? line.itemName : values.itemName;
    line.unit = values.unit.isEmpty() ? line.unit : values.unit;
    line.unitPrice = values.unitPrice ? values.unitPrice : line.unitPrice;
    line.taxRate = values.taxRate && m_vatInvoice ? values.taxRate : line.taxRate;
    emitRowChanged(row);
    Q_EMIT linesChanged();
}

} // namespace einvoice
