#pragma once

#include <QTableView>

namespace einvoice {

class InvoiceLinesModel;

// The lines table, driven like a spreadsheet: Tab and Enter commit the cell and move to the next
// editable cell; past the last cell they add a line and continue in its code cell. Enter on a
// cell that is not being edited starts editing it. The item name takes the width the other
// columns leave; when the table is narrow they give up width down to their headers' so that the
// name stays wide enough to read.
class LinesTable : public QTableView
{
    Q_OBJECT

public:
    explicit LinesTable(InvoiceLinesModel *model, QWidget *parent = nullptr);

    static constexpr int minimumItemNameWidth = 220;
    // A figure the price and amount columns show whole however narrow the table ("1.500.000,5").
    static QString typicalFigure(int column);

    // The first editable cell after `from` in reading order; a new line when there is none.
    QModelIndex nextEditable(const QModelIndex &from);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool isEnterable(int row, int column) const;
    void fitColumns();

    InvoiceLinesModel *m_model;
};

} // namespace einvoice
