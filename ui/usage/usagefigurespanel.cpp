#include "usagefigurespanel.h"

#include "usage/numberformat.h"
#include "usagetexts.h"

#include <QFormLayout>
#include <QLabel>

namespace einvoice {

UsageFiguresPanel::UsageFiguresPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_thisMonth = addRow(QStringLiteral("issuedThisMonth"), tr("Issued this month:"));
    m_lastMonth = addRow(QStringLiteral("issuedLastMonth"), tr("Issued last month:"));
    m_drafts = addRow(QStringLiteral("draftsWaiting"), tr("Drafts waiting:"));
    m_running = addRow(QStringLiteral("jobsRunning"), tr("Jobs running:"));
    m_failed = addRow(QStringLiteral("jobsFailed"), tr("Jobs failed:"));
    m_rate = addRow(QStringLiteral("issuedPerWorkingDay"), tr("Average per working day:"));
    m_forecast = addRow(QStringLiteral("quotaForecast"), tr("Quota runs out:"));
    m_failed->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_failed, &QLabel::linkActivated, this, &UsageFiguresPanel::failedJobsRequested);
}

QLabel *UsageFiguresPanel::addRow(const QString &objectName, const QString &caption)
{
    auto *value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(objectName);
    static_cast<QFormLayout *>(layout())->addRow(caption, value);
    return value;
}

void UsageFiguresPanel::setFigures(const UsageFigures &figures, int running)
{
    m_thisMonth->setText(NumberFormat::count(figures.issuedThisMonth));
    m_lastMonth->setText(NumberFormat::count(figures.issuedLastMonth));
    m_drafts->setText(NumberFormat::count(figures.draftsWaiting));
    const int waiting = std::max(0, figures.jobs.running - running);
    m_running->setText(waiting == 0 ? NumberFormat::count(running)
                                    : NumberFormat::count(running) + u' '
            + tr("(%n more unfinished: followed up at the next start or run of their file)", nullptr, waiting));
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
