#pragma once

#include <QStyledItemDelegate>

namespace einvoice {

// Paints a cell as a rounded badge in the colour badgeColor() gives, white text on it (the colours
// are chosen dark enough for 4.5:1), the display text as its label, elided when the column is narrow.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    virtual QColor badgeColor(const QModelIndex &index) const = 0;
};

} // namespace einvoice
