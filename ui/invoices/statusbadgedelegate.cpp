#include "statusbadgedelegate.h"

#include "invoicelist/invoicebadge.h"
#include "invoicelist/invoicelistroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace einvoice {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalMargin = 3;

} // namespace

QColor StatusBadgeDelegate::colorOf(int badge)
{
    switch (badgeFromInt(badge).value_or(InvoiceBadge::Draft)) {
    case InvoiceBadge::Draft:
        return QColor(0x61, 0x61, 0x61);
    case InvoiceBadge::Pending:
        return QColor(0x1e, 0x6f, 0xd9);
    case InvoiceBadge::Issued:
        return QColor(0x2e, 0x7d, 0x32);
    case InvoiceBadge::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case InvoiceBadge::Cancelled:
        return QColor(0x5d, 0x40, 0x37);
    case InvoiceBadge::Replaced:
    case InvoiceBadge::Adjusted:
        return QColor(0xa3, 0x52, 0x00); // dark orange: white text at 5.6:1
    }
    return Qt::gray;
}

void StatusBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 2 * horizontalPadding;
    QRect badge(option.rect.x() + 4, option.rect.y() + verticalMargin, width,
        option.rect.height() - 2 * verticalMargin);
    badge.setWidth(qMin(badge.width(), option.rect.width() - 8));
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(path, colorOf(index.data(invoicelistroles::BadgeRole).toInt()));
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 4));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int width
        = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * horizontalPadding + 8;
    return QSize(qMax(base.width(), width), qMax(base.height(), metrics.height() + 2 * verticalMargin + 4));
}

} // namespace einvoice
