#include "reportperiodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace einvoice {

namespace {

constexpr int quartersShown = 8;

QDateEdit *dateEdit(const QString &name, const QString &format, QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(format);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ReportPeriodPicker::ReportPeriodPicker(QDate today, QWidget *parent) : QWidget(parent), m_today(today)
{
    const ReportPeriod last = ReportPeriod::previousMonth(today);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("periodModeCombo"));
    m_month = dateEdit(QStringLiteral("periodMonthEdit"), QStringLiteral("MM/yyyy"), last.from, this);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("periodQuarterCombo"));
    m_fromLabel = new QLabel(this);
    m_from = dateEdit(QStringLiteral("periodFromEdit"), QStringLiteral("dd/MM/yyyy"), last.from, this);
    m_toLabel = new QLabel(this);
    m_to = dateEdit(QStringLiteral("periodToEdit"), QStringLiteral("dd/MM/yyyy"), last.to, this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_month),
             static_cast<QWidget *>(m_quarter), static_cast<QWidget *>(m_fromLabel),
             static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_toLabel), static_cast<QWidget *>(m_to)})
        layout->addWidget(widget);
    setFocusProxy(m_mode);
    retranslateUi();
    showMode();
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        showMode();
        Q_EMIT periodChanged();
    });
    connect(m_month, &QDateEdit::dateChanged, this, &ReportPeriodPicker::periodChanged);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportPeriodPicker::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportPeriodPicker::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportPeriodPicker::periodChanged);
}

ReportPeriod ReportPeriodPicker::period() const
{
    switch (mode()) {
    case Mode::Month:
        return ReportPeriod::month(m_month->date().year(), m_month->date().month());
    case Mode::Quarter: {
        const int code = m_quarter->currentData().toInt(); // year * 10 + quarter
        return ReportPeriod::quarter(code / 10, code % 10);
    }
    case Mode::Custom:
        break;
    }
    return {m_from->date(), m_to->date()};
}

ReportPeriodPicker::Mode ReportPeriodPicker::mode() const
{
    return Mode(qMax(0, m_mode->currentIndex()));
}

void ReportPeriodPicker::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void ReportPeriodPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportPeriodPicker::retranslateUi()
{
    const QSignalBlocker blocker(m_mode);
    const int index = qMax(0, m_mode->currentIndex());
    m_mode->clear();
    m_mode->addItems({tr("Month"), tr("Quarter"), tr("Custom range")});
    m_mode->setCurrentIndex(index);
    m_mode->setToolTip(tr("The period of the report, by the invoices' issued date (Vietnam time)"));
    m_fromLabel->setText(tr("Fro&m"));
    m_toLabel->setText(tr("&To"));
    fillQuarters();
}

// The quarter now and the seven before it; the one of the last month is chosen first.
void ReportPeriodPicker::fillQuarters()
{
    const QSignalBlocker blocker(m_quarter);
    const int chosen = m_quarter->currentIndex();
    m_quarter->clear();
    int year = m_today.year();
    int quarter = (m_today.month() - 1) / 3 + 1;
    for (int i = 0; i < quartersShown; ++i) {
        m_quarter->addItem(tr("Q%1/%2").arg(quarter).arg(year), year * 10 + quarter);
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    const QDate last = ReportPeriod::previousMonth(m_today).from;
    const int lastQuarter = m_quarter->findData(last.year() * 10 + (last.month() - 1) / 3 + 1);
    m_quarter->setCurrentIndex(chosen >= 0 ? chosen : lastQuarter);
}

void ReportPeriodPicker::showMode()
{
    const Mode current = mode();
    m_month->setVisible(current == Mode::Month);
    m_quarter->setVisible(current == Mode::Quarter);
    for (QWidget *widget : {static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_from),
             static_cast<QWidget *>(m_toLabel), static_cast<QWidget *>(m_to)})
        widget->setVisible(current == Mode::Custom);
}

} // namespace einvoice
