#pragma once

#include "usage/usagefigures.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace einvoice {

// The three charts of the dashboard: invoices issued per day (30 days) and per month (12 months)
// from the local cache, and the remaining quota over time from the stored readings. Each chart
// keeps its series and axes; new figures replace the values and rescale the value axis to whole
// numbers that cover the largest value. Times on the quota chart are Vietnam's.
class UsageCharts : public QWidget
{
    Q_OBJECT

public:
    explicit UsageCharts(QWidget *parent = nullptr);

    void setFigures(const UsageFigures &figures);

    QChartView *dailyView() const { return m_dailyView; }
    QChartView *monthlyView() const { return m_monthlyView; }
    QChartView *quotaView() const { return m_quotaView; }

    // Where a time is plotted on the quota chart: its axis shows positions in the machine's time
    // zone, so a reading is placed at the instant whose local reading is its Vietnam wall time.
    static qint64 quotaChartPosition(const QDateTime &when);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QChartView *chartView(const QString &objectName, QChart *chart, QWidget *parent);
    static QChartView *barChart(const QString &objectName, int labelsAngle, QWidget *parent);
    static QChartView *quotaChart(QWidget *parent);
    void retranslateUi();
    static void fillBars(QChartView *view, const QStringList &categories, const QList<int> &values);
    void fillQuota(const QList<UsageReading> &readings);

    QChartView *m_dailyView;
    QChartView *m_monthlyView;
    QChartView *m_quotaView;
};

} // namespace einvoice
