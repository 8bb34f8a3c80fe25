#pragma once

#include <QStyledItemDelegate>

namespace einvoice {

class CatalogueRepository;

// Editors of the lines table: a combo box for the line type and the VAT rate (typing "8"
// picks 8 %), right-aligned line edits for numbers (read with NumberInput), and the item name
// with product autocomplete that fills the rest of the row.
class LineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LineDelegate(QObject *parent = nullptr);

    void setCatalogue(CatalogueRepository *catalogue, const QString &environment);

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    // Alt+Down and Alt+Up open an open drop-down's list, as everywhere: they move the line only
    // when no drop-down is being edited.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QWidget *createNameEditor(QWidget *parent, const QModelIndex &index) const;

    CatalogueRepository *m_catalogue = nullptr;
    QString m_environment;
};

} // namespace einvoice
