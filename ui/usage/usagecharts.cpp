#include "usagecharts.h"

#include "usage/numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLineSeries>
#include <QValueAxis>

namespace einvoice {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(NumberFormat::locale());
    return chart;
}

void removeAll(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *countAxis(qreal max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (max <= 8) { // whole-number ticks 0, 1, 2, ...
        axis->setRange(0, max + 1);
        axis->setTickCount(int(max) + 2);
    } else {
        axis->setRange(0, max * 1.1);
        axis->applyNiceNumbers();
    }
    return axis;
}

} // namespace

UsageCharts::UsageCharts(QWidget *parent)
    : QWidget(parent),
      m_dailyView(barChart(QStringLiteral("dailyChart"), tr("Invoices issued per day (last 30 days)"), this)),
      m_monthlyView(
          barChart(QStringLiteral("monthlyChart"), tr("Invoices issued per month (last 12 months)"), this)),
      m_quotaView(barChart(QStringLiteral("quotaChart"), tr("Remaining quota over time"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dailyView, 0, 0, 1, 2);
    layout->addWidget(m_monthlyView, 1, 0, 1, 2);
    layout->addWidget(m_quotaView, 2, 0, 1, 2);
}

QChartView *UsageCharts::barChart(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *view = new QChartView(newChart(title), parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
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
}

void UsageCharts::fillBars(QChartView *view, const QStringList &categories, const QList<int> &values)
{
    QChart *chart = view->chart();
    removeAll(chart);
    auto *set = new QBarSet(tr("Issued"));
    int max = 0;
    for (int value : values) {
        set->append(value);
        max = qMax(max, value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void UsageCharts::fillQuota(const QList<UsageReading> &readings)
{
    QChart *chart = m_quotaView->chart();
    removeAll(chart);
    auto *series = new QLineSeries;
    series->setName(tr("Remaining quota"));
    series->setPointsVisible(true);
    qint64 max = 0;
    for (const UsageReading &reading : readings) {
        series->append(qreal(reading.readAt.toMSecsSinceEpoch()), qreal(reading.remaining));
        max = qMax(max, reading.remaining);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM HH:mm"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (!readings.isEmpty()) {
        const QDateTime first = readings.constFirst().readAt;
        const QDateTime last = readings.constLast().readAt;
        x->setRange(first.addSecs(-1800), last.addSecs(1800));
    }
    QValueAxis *y = countAxis(qreal(max));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace einvoice
