#pragma once

#include <QStyledItemDelegate>

namespace einvoice {

// Paints the active/inactive state of a provider account as a rounded badge, from roles::ActiveRole,
// with the display text as its label.
class ActiveBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace einvoice
