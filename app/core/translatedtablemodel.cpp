#include "translatedtablemodel.h"

namespace einvoice {

void TranslatedTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace einvoice
