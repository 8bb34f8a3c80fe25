#pragma once

// What a usage chart shows, read from the chart itself: bar values, the value axis and the texts
// on the scene. Shared by the usage page and chart tests.

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QValueAxis>

#include <cmath>

namespace einvoice::usagetest {

inline QList<int> barValues(QChartView *view)
{
    QList<int> values;
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.size() != 1)
        return values;
    const QBarSet *set = static_cast<QBarSeries *>(series.first())->barSets().value(0);
    for (int i = 0; set && i < set->count(); ++i)
        values.append(int(set->at(i)));
    return values;
}

// The chart's value axis: attached to its only series, from 0 in whole steps ("%.0f" labels) up to
// a round maximum that covers the largest value without leaving more than one step empty.
inline QString axisProblem(QChartView *view, qreal largest)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    if (series.size() != 1 || axes.size() != 1)
        return QStringLiteral("expected one series and one value axis");
    auto *axis = qobject_cast<QValueAxis *>(axes.first());
    if (!axis || !series.first()->attachedAxes().contains(axis))
        return QStringLiteral("the value axis is not the series' axis");
    const qreal step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    const QString range
        = QStringLiteral("%1..%2 step %3 for %4").arg(axis->min()).arg(axis->max()).arg(step).arg(largest);
    if (axis->min() != 0 || axis->max() < largest || axis->max() < 1)
        return QStringLiteral("range does not cover the bars: ") + range;
    if (step < 1 || step != std::floor(step) || axis->max() - largest >= step || axis->tickCount() > 6)
        return QStringLiteral("not a few whole steps: ") + range;
    if (axis->labelFormat() != QStringLiteral("%.0f"))
        return QStringLiteral("labels are not whole numbers: ") + axis->labelFormat();
    return QString();
}

// The texts the chart's scene shows now (axis labels and title), without waiting for any event.
inline QStringList shownTexts(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

} // namespace einvoice::usagetest
