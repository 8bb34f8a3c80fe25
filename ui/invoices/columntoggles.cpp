#include "columntoggles.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace einvoice {

void addColumnToggles(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        auto *action = new QAction(table->model()->headerData(column, Qt::Horizontal).toString(), header);
        action->setObjectName(QStringLiteral("toggleColumn") + QString::number(column));
        action->setCheckable(true);
        action->setChecked(!table->isColumnHidden(column));
        QObject::connect(action, &QAction::toggled, table,
            [table, column](bool shown) { table->setColumnHidden(column, !shown); });
        header->addAction(action);
    }
    // New header words (another language): the menu says them too.
    QObject::connect(table->model(), &QAbstractItemModel::headerDataChanged, header, [table, header] {
        const QList<QAction *> actions = header->actions();
        for (int column = 0; column < actions.size(); ++column)
            actions.at(column)->setText(table->model()->headerData(column, Qt::Horizontal).toString());
    });
}

} // namespace einvoice
