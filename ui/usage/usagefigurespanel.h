#pragma once

#include "usage/usagefigures.h"

#include <QWidget>

class QLabel;

namespace einvoice {

// The dashboard's figures as label pairs: issued this and last month, drafts waiting, jobs
// running and failed (a link to the failed ones in the list), the pace and the forecast.
class UsageFiguresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UsageFiguresPanel(QWidget *parent = nullptr);

    // running: the jobs in progress now (the status bar's number); the figures' own count is what
    // the local records show unfinished, running or not.
    void setFigures(const UsageFigures &figures, int running);

Q_SIGNALS:
    void failedJobsRequested();

private:
    QLabel *addRow(const QString &objectName, const QString &caption);

    QLabel *m_thisMonth;
    QLabel *m_lastMonth;
    QLabel *m_drafts;
    QLabel *m_running;
    QLabel *m_failed;
    QLabel *m_rate;
    QLabel *m_forecast;
};

} // namespace einvoice
