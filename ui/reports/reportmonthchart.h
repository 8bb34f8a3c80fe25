#pragma once

#include "reports/reportfigures.h"

#include <QWidget>

class QChartView;

namespace einvoice {

// Month by month as bars: the revenue before tax of each month, one bar set per currency (never
// added together), on a value axis in whole localized numbers.
class ReportMonthChart : public QWidget
{
    Q_OBJECT

public:
    explicit ReportMonthChart(QWidget *parent = nullptr);

    void setMonths(const QList<MonthRow> &months);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<MonthRow> m_months;
    QChartView *m_view = nullptr;
};

} // namespace einvoice
