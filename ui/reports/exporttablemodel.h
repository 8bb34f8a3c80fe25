#pragma once

#include "spreadsheet/exporttable.h"

#include <QAbstractTableModel>

namespace einvoice {

// A report's table on screen: the same ExportTable the .xlsx and CSV get, its numbers grouped the
// UI language's way (UiNumbers) and right-aligned, dates dd/MM/yyyy. Read-only.
class ExportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ExportTableModel(QObject *parent = nullptr);

    void setTable(const ExportTable &table);
    const ExportTable &table() const { return m_table; }
    // The cell as the screen shows it (also what print puts on paper).
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ExportTable m_table;
};

} // namespace einvoice
