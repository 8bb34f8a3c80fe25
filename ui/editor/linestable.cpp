#include "linestable.h"

#include "editor/invoicelinesmodel.h"
#include "editor/linecolumns.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace einvoice {

LinesTable::LinesTable(InvoiceLinesModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setObjectName(QStringLiteral("linesTable"));
    setTabKeyNavigation(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(LineColumns::ItemName, QHeaderView::Stretch);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setColumnWidth(LineColumns::LineType, 120);
    setColumnWidth(LineColumns::ItemCode, 80);
    setColumnWidth(LineColumns::Unit, 70);
    setColumnWidth(LineColumns::Quantity, 80);
    setColumnWidth(LineColumns::UnitPrice, 110);
    setColumnWidth(LineColumns::DiscountPercent, 100);
    setColumnWidth(LineColumns::DiscountAmount, 100);
    setColumnWidth(LineColumns::TaxRate, 80);
    setColumnWidth(LineColumns::Amount, 120);
}

bool LinesTable::isEnterable(int row, int column) const
{
    return !isColumnHidden(column) && (m_model->flags(m_model->index(row, column)) & Qt::ItemIsEditable);
}

QModelIndex LinesTable::nextEditable(const QModelIndex &from)
{
    int row = from.isValid() ? from.row() : 0;
    int column = from.isValid() ? from.column() + 1 : 0;
    for (; row < m_model->rowCount(); ++row, column = 0) {
        for (; column < LineColumns::Count; ++column) {
            if (isEnterable(row, column))
                return m_model->index(row, column);
        }
    }
    const int added = m_model->appendLine();
    for (column = LineColumns::ItemCode; column < LineColumns::Count; ++column) {
        if (isEnterable(added, column))
            return m_model->index(added, column);
    }
    return m_model->index(added, LineColumns::LineType);
}

QModelIndex LinesTable::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext)
        return nextEditable(currentIndex());
    return QTableView::moveCursor(action, modifiers);
}

void LinesTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits with SubmitModelCache: go on like Tab, as in a spreadsheet.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

void LinesTable::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && event->modifiers() == Qt::NoModifier) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && (current.flags() & Qt::ItemIsEditable))
            edit(current);
        else
            setCurrentIndex(nextEditable(current));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace einvoice
