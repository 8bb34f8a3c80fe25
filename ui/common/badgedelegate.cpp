#include "badgedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace einvoice {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalMargin = 3;

} // namespace

void BadgeDelegate::paint(
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
    painter->fillPath(path, badgeColor(index));
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 4));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int width
        = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * horizontalPadding + 8;
    return QSize(qMax(base.width(), width), qMax(base.height(), metrics.height() + 2 * verticalMargin + 4));
}

} // namespace einvoice
