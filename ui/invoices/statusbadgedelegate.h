#pragma once

#include <QStyledItemDelegate>

namespace einvoice {

// Paints an invoice's status as a rounded coloured badge, from invoicelistroles::BadgeRole, with
// the display text as its label.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's fill colour for a badge value (einvoice::InvoiceBadge as int).
    static QColor colorOf(int badge);
};

} // namespace einvoice
