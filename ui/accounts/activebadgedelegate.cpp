#include "activebadgedelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QPainter>

namespace einvoice {

namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 3;
} // namespace

void ActiveBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool active = index.data(roles::ActiveRole).toBool();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const QSize textSize(metrics.horizontalAdvance(text), metrics.height());
    QRect badge(QPoint(0, 0), textSize + QSize(2 * horizontalPadding, 2 * verticalPadding));
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + 4);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(active ? QColor(0x2e, 0x7d, 0x32) : QColor(0x61, 0x61, 0x61));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize ActiveBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return base + QSize(2 * horizontalPadding + 8, 2 * verticalPadding);
}

} // namespace einvoice
