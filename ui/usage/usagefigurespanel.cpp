#include "usagefigurespanel.h"

#include "ui/common/formrows.h"
#include "usage/numberformat.h"
#include "usagetexts.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace einvoice {

UsageFiguresPanel::UsageFiguresPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_thisMonth = addFigure(QStringLiteral("issuedThisMonth"));
    m_lastMonth = addFigure(QStringLiteral("issuedLastMonth"));
    m_drafts = addFigure(QStringLiteral("draftsWaiting"));
    m_running = addFigure(QStringLiteral("jobsRunning"));
    m_failed = addFigure(QStringLiteral("jobsFailed"));
    m_rate = addFigure(QStringLiteral("issuedPerWorkingDay"));
    m_forecast = addFigure(QStringLiteral("quotaForecast"));
    m_failed->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_failed, &QLabel::linkActivated, this, &UsageFiguresPanel::failedJobsRequested);
    retranslateUi();
}

QLabel *UsageFiguresPanel::addFigure(const QString &objectName)
{
    auto *value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(objectName);
    addRow(static_cast<QFormLayout *>(layout()), value);
    return value;
}

void UsageFiguresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setFigures(m_figures, m_runningNow);
    }
    QWidget::changeEvent(event);
}

void UsageFiguresPanel::retranslateUi()
{
    auto *form = static_cast<QFormLayout *>(layout());
    setRowLabel(form, m_thisMonth, tr("Issued this month:"));
    setRowLabel(form, m_lastMonth, tr("Issued last month:"));
    setRowLabel(form, m_drafts, tr("Drafts waiting:"));
    setRowLabel(form, m_running, tr("Jobs running:"));
    setRowLabel(form, m_failed, tr("Jobs failed:"));
    setRowLabel(form, m_rate, tr("Average per working day:"));
    setRowLabel(form, m_forecast, tr("Quota runs out:"));
}

void UsageFiguresPanel::setFigures(const UsageFigures &figures, int running)
{
    m_figures = figures;
    m_runningNow = running;
    m_thisMonth->setText(NumberFormat::count(figures.issuedThisMonth));
    m_lastMonth->setText(NumberFormat::count(figures.issuedLastMonth));
    m_drafts->setText(NumberFormat::count(figures.draftsWaiting));
    const int waiting = std::max(0, figures.jobs.running - running);
    m_running->setText(waiting == 0 ? NumberFormat::count(running)
                                    : NumberFormat::count(running) + u' '
                + tr("(%n more unfinished: followed up at the next start or run of their file)", nullptr,
                    waiting));
    const QString failed = NumberFormat::count(figures.jobs.failed);
    m_failed->setText(figures.jobs.failed > 0
            ? QStringLiteral("<a href=\"failed\">%1</a> — %2").arg(failed, tr("show them in the list"))
            : failed);
    m_rate->setText(figures.rate.isKnown()
            ? tr("%1 (%2 issued over %3 working days)")
                  .arg(NumberFormat::decimal(figures.rate.perDay()), NumberFormat::count(figures.rate.issued),
                      NumberFormat::count(figures.rate.workingDays))
            : QStringLiteral("—"));
    m_forecast->setText(UsageTexts::forecast(figures.forecast));
}

} // namespace einvoice
