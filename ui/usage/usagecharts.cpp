#include "usagecharts.h"

#include "core/vietnamtime.h"
#include "usage/axisscale.h"
#include "usage/numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace einvoice {

namespace {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    return chart;
}

void scale(QValueAxis *axis, qint64 largest)
{
    const AxisScale scale = AxisScale::covering(largest);
    axis->setRange(0, qreal(scale.max));
    axis->setTickCount(scale.tickCount());
}

// The value axis on the left, from 0, in whole localized numbers (1.500.000): with localized
// numbers Qt Charts only understands "%.<precision><type>" and leaves a plain "%d" empty.
void attachCountAxis(QChart *chart, QAbstractSeries *series)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    scale(axis, 0);
}

template<typename Axis> Axis *firstAxis(QChart *chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<Axis *>(axes.first());
}

// New days or months get a new category axis: one whose categories change after it was laid out
// keeps the label height of the old ones and elides the rotated day labels to "...".
void replaceCategories(QChart *chart, const QStringList &categories)
{
    auto *old = firstAxis<QBarCategoryAxis>(chart, Qt::Horizontal);
    if (old->categories() == categories)
        return;
    auto *axis = new QBarCategoryAxis;
    axis->setLabelsAngle(old->labelsAngle());
    axis->append(categories);
    chart->removeAxis(old);
    delete old;
    chart->addAxis(axis, Qt::AlignBottom);
    chart->series().constFirst()->attachAxis(axis);
}

} // namespace

UsageCharts::UsageCharts(QWidget *parent)
    : QWidget(parent),
      m_dailyView(barChart(QStringLiteral("dailyChart"), -90, this)),
      m_monthlyView(barChart(QStringLiteral("monthlyChart"), 0, this)),
      m_quotaView(quotaChart(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dailyView, 0, 0, 1, 2);
    layout->addWidget(m_monthlyView, 1, 0, 1, 2);
    layout->addWidget(m_quotaView, 2, 0, 1, 2);
    retranslateUi();
}

void UsageCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsageCharts::retranslateUi()
{
    m_dailyView->chart()->setTitle(tr("Invoices issued per day (last 30 days)"));
    m_monthlyView->chart()->setTitle(tr("Invoices issued per month (last 12 months)"));
    m_quotaView->chart()->setTitle(tr("Remaining quota over time"));
    for (QChartView *view : {m_dailyView, m_monthlyView}) {
        auto *series = static_cast<QBarSeries *>(view->chart()->series().constFirst());
        series->barSets().constFirst()->setLabel(tr("Issued"));
    }
    m_quotaView->chart()->series().constFirst()->setName(tr("Remaining quota"));
    for (QChartView *view : {m_dailyView, m_monthlyView, m_quotaView})
        view->chart()->setLocale(NumberFormat::locale());
}

QChartView *UsageCharts::chartView(const QString &objectName, QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

QChartView *UsageCharts::barChart(const QString &objectName, int labelsAngle, QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QBarSeries;
    series->append(new QBarSet(QString()));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setLabelsAngle(labelsAngle);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    attachCountAxis(chart, series);
    return chartView(objectName, chart, parent);
}

QChartView *UsageCharts::quotaChart(QWidget *parent)
{
    QChart *chart = newChart();
    auto *series = new QLineSeries;
    series->setPointsVisible(true);
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM HH:mm"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    attachCountAxis(chart, series);
    return chartView(QStringLiteral("quotaChart"), chart, parent);
}

qint64 UsageCharts::quotaChartPosition(const QDateTime &when)
{
    const QDateTime wall = VietnamTime::toVietnam(when);
    return QDateTime(wall.date(), wall.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

void UsageCharts::setFigures(const UsageFigures &figures)
{
    QStringList days;
    QList<int> daily;
    for (const DayCount &day : figures.daily) {
        days.append(day.day.toString(QStringLiteral("dd/MM")));
        daily.append(day.issued);
    }
    fillBars(m_dailyView, days, daily);
    QStringList months;
    QList<int> monthly;
    for (const MonthCount &month : figures.monthly) {
        months.append(month.month.toString(QStringLiteral("MM/yy")));
        monthly.append(month.issued);
    }
    fillBars(m_monthlyView, months, monthly);
    fillQuota(figures.readings);
    // Lay the axes out now rather than on the next layout request, so that a picture taken at
    // once (or a view painted before that request) shows the new labels with the new bars.
    for (QChartView *view : {m_dailyView, m_monthlyView, m_quotaView})
        view->chart()->layout()->activate();
}

void UsageCharts::fillBars(QChartView *view, const QStringList &categories, const QList<int> &values)
{
    QChart *chart = view->chart();
    QBarSet *set = static_cast<QBarSeries *>(chart->series().constFirst())->barSets().constFirst();
    set->remove(0, set->count());
    int largest = 0;
    for (int value : values) {
        set->append(value);
        largest = qMax(largest, value);
    }
    replaceCategories(chart, categories);
    scale(firstAxis<QValueAxis>(chart, Qt::Vertical), largest);
}

void UsageCharts::fillQuota(const QList<UsageReading> &readings)
{
    QChart *chart = m_quotaView->chart();
    QList<QPointF> points;
    qint64 largest = 0;
    for (const UsageReading &reading : readings) {
        points.append(QPointF(qreal(quotaChartPosition(reading.readAt)), qreal(reading.remaining)));
        largest = qMax(largest, reading.remaining);
    }
    static_cast<QLineSeries *>(chart->series().constFirst())->replace(points);
    if (!readings.isEmpty()) {
        const QDateTime first = readings.constFirst().readAt;
        const QDateTime last = readings.constLast().readAt;
        firstAxis<QDateTimeAxis>(chart, Qt::Horizontal)
            ->setRange(QDateTime::fromMSecsSinceEpoch(quotaChartPosition(first.addSecs(-1800))),
                QDateTime::fromMSecsSinceEpoch(quotaChartPosition(last.addSecs(1800))));
    }
    scale(firstAxis<QValueAxis>(chart, Qt::Vertical), largest);
}

} // namespace einvoice
