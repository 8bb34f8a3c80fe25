#pragma once

#include "usage/usagefigures.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QLineSeries;

namespace einvoice {

// The three charts of the dashboard: invoices issued per day (30 days) and per month (12 months)
// from the local cache, and the remaining quota over time from the stored readings.
class UsageCharts : public QWidget
{
    Q_OBJECT

public:
    explicit UsageCharts(QWidget *parent = nullptr);

    void setFigures(const UsageFigures &figures);

    QChartView *dailyView() const { return m_dailyView; }
    QChartView *monthlyView() const { return m_monthlyView; }
    QChartView *quotaView() const { return m_quotaView; }

private:
    static QChartView *barChart(const QString &objectName, const QString &title, QWidget *parent);
    void fillBars(QChartView *view, const QStringList &categories, const QList<int> &values);
    void fillQuota(const QList<UsageReading> &readings);

    QChartView *m_dailyView;
    QChartView *m_monthlyView;
    QChartView *m_quotaView;
};

} // namespace einvoice
