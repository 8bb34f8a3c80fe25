#include "reportmonthchart.h"

#include "usage/axisscale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>

namespace einvoice {

ReportMonthChart::ReportMonthChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

void ReportMonthChart::setMonths(const QList<MonthRow> &months)
{
    m_months = months;
    rebuild();
}

void ReportMonthChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

// Amounts go to the chart rounded to whole units: the chart shows sizes, the table the exact figures.
void ReportMonthChart::rebuild()
{
    QStringList categories;
    QMap<QString, QMap<QDate, qint64>> byCurrency;
    QList<QDate> months;
    for (const MonthRow &row : std::as_const(m_months)) {
        if (!months.contains(row.month))
            months.append(row.month);
        byCurrency[row.currency][row.month] = row.money.beforeTax.toRoundedInteger();
    }
    std::sort(months.begin(), months.end());
    for (const QDate &month : std::as_const(months))
        categories.append(month.toString(QStringLiteral("MM/yyyy")));
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setTitle(tr("Revenue before tax by month"));
    auto *series = new QBarSeries;
    qint64 largest = 0;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        auto *set = new QBarSet(it.key());
        for (const QDate &month : std::as_const(months)) {
            const qint64 value = it.value().value(month);
            largest = qMax(largest, value);
            *set << qreal(value);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    const AxisScale scale = AxisScale::covering(largest);
    axisY->setRange(0, qreal(scale.max));
    axisY->setTickCount(scale.tickCount());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(byCurrency.size() > 1);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace einvoice
