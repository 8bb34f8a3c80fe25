#include "invoicefilterbar.h"

#include "core/clock.h"
#include "invoices/invoicetexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace einvoice {

namespace {

constexpr int anyValue = -1;

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setVisible(false);
    return edit;
}

} // namespace

InvoiceFilterBar::InvoiceFilterBar(const Clock *clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_status(new QComboBox(this)),
      m_dates(new QComboBox(this)),
      m_from(dateEdit(QStringLiteral("filterFrom"), this)),
      m_to(dateEdit(QStringLiteral("filterTo"), this)),
      m_source(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_searchTimer(new QTimer(this))
{
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->addItem(QString(), anyValue);
    for (int badge = 0; badge < invoiceBadgeCount; ++badge)
        m_status->addItem(QString(), badge);
    m_dates->setObjectName(QStringLiteral("filterDates"));
    for (auto preset : {DateRange::Preset::AnyTime, DateRange::Preset::ThisMonth,
             DateRange::Preset::LastMonth, DateRange::Preset::Custom})
        m_dates->addItem(QString(), int(preset));
    m_source->setObjectName(QStringLiteral("filterSource"));
    for (int source : {anyValue, int(InvoiceSource::Api), int(InvoiceSource::Manual)})
        m_source->addItem(QString(), source);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setClearButtonEnabled(true);
    const QDate today = m_clock->nowInVietnam().date();
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_dates);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_source);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_dates, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InvoiceFilterBar::emitFilter);
    retranslateUi();
}

void InvoiceFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvoiceFilterBar::retranslateUi()
{
    m_status->setItemText(0, tr("All statuses"));
    for (int badge = 0; badge < invoiceBadgeCount; ++badge)
        m_status->setItemText(badge + 1, InvoiceTexts::badge(InvoiceBadge(badge)));
    const QString presets[] = {tr("Any time"), tr("This month"), tr("Last month"), tr("Custom range")};
    for (int i = 0; i < m_dates->count(); ++i)
        m_dates->setItemText(i, presets[i]);
    m_source->setItemText(0, tr("All sources"));
    m_source->setItemText(1, InvoiceTexts::source(InvoiceSource::Api));
    m_source->setItemText(2, InvoiceTexts::source(InvoiceSource::Manual));
    m_search->setPlaceholderText(tr("Search number, buyer, tax code or reference"));
}

void InvoiceFilterBar::setSearchDelayMs(int ms)
{
    m_searchTimer->setInterval(ms);
}

void InvoiceFilterBar::onPresetChanged()
{
    const bool custom = m_dates->currentData().toInt() == int(DateRange::Preset::Custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    emitFilter();
}

InvoiceFilter InvoiceFilterBar::filter() const
{
    InvoiceFilter filter;
    if (const int badge = m_status->currentData().toInt(); badge != anyValue)
        filter.badge = badgeFromInt(badge);
    if (const int source = m_source->currentData().toInt(); source != anyValue)
        filter.source = InvoiceSource(source);
    const auto preset = DateRange::Preset(m_dates->currentData().toInt());
    filter.dates = DateRange::of(preset, m_clock->nowInVietnam().date(), m_from->date(), m_to->date());
    filter.search = m_search->text();
    return filter;
}

void InvoiceFilterBar::reset()
{
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockDates(m_dates);
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockSearch(m_search);
    m_status->setCurrentIndex(0);
    m_dates->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_search->clear();
    m_from->setVisible(false);
    m_to->setVisible(false);
    emitFilter();
}

void InvoiceFilterBar::emitFilter()
{
    m_searchTimer->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace einvoice
