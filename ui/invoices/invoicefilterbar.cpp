#include "invoicefilterbar.h"

#include "core/clock.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicetexts.h"
#include "invoices/searchkey.h"
#include "store/invoicesearchindex.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace einvoice {

namespace {

constexpr int anyValue = -1;

// The provider statuses the filter offers (sepay-api.md 4.6), "" for "not checked yet".
const char *const s_providerStatuses[] = {"4", "3", "5", "2", "6", ""};

const QString StatusKey = QStringLiteral("invoiceFilter/status");
const QString DatesKey = QStringLiteral("invoiceFilter/dates");
const QString FromKey = QStringLiteral("invoiceFilter/from");
const QString ToKey = QStringLiteral("invoiceFilter/to");
const QString SourceKey = QStringLiteral("invoiceFilter/source");
const QString ProviderStatusKey = QStringLiteral("invoiceFilter/providerStatus");
const QString SeriesKey = QStringLiteral("invoiceFilter/series");

// Selects the item whose data is value; false (and nothing changed) when none has it.
// Wide enough for "All …" whole in either language (longer choices show whole in the popup).
void fitFirstChoice(QComboBox *combo)
{
    const QFontMetrics metrics = combo->fontMetrics();
    const double perCharacter = metrics.horizontalAdvance(QLatin1Char('X'));
    combo->setMinimumContentsLength(
        int(std::ceil(metrics.horizontalAdvance(combo->itemText(0)) / perCharacter)));
}

bool selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

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
      m_providerStatus(new QComboBox(this)),
      m_series(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_searchTimer(new QTimer(this)),
      m_seriesTimer(new QTimer(this))
{
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->addItem(QString(), anyValue);
    for (int badge = 0; badge < invoiceStatusBadgeCount; ++badge)
        m_status->addItem(QString(), badge);
    m_dates->setObjectName(QStringLiteral("filterDates"));
    for (auto preset : {DateRange::Preset::AnyTime, DateRange::Preset::ThisMonth,
             DateRange::Preset::LastMonth, DateRange::Preset::Custom})
        m_dates->addItem(QString(), int(preset));
    m_source->setObjectName(QStringLiteral("filterSource"));
    for (int source : {anyValue, int(InvoiceSource::Api), int(InvoiceSource::Manual)})
        m_source->addItem(QString(), source);
    m_providerStatus->setObjectName(QStringLiteral("filterProviderStatus"));
    // The statuses' words are long: the closed box stays narrow (the list shows them whole).
    m_providerStatus->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_providerStatus->addItem(QString(), QVariant());
    for (const char *code : s_providerStatuses)
        m_providerStatus->addItem(QString(), QString::fromLatin1(code));
    m_series->setObjectName(QStringLiteral("filterSeries"));
    m_series->addItem(QString(), QVariant());
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setClearButtonEnabled(true);
    const QDate today = m_clock->nowInVietnam().date();
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_searchTimer->setSingleShot(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_dates);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_source);
    layout->addWidget(m_providerStatus);
    layout->addWidget(m_series);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::emitFilter);
    for (QComboBox *combo : {m_source, m_providerStatus, m_series})
        connect(combo, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_dates, &QComboBox::currentIndexChanged, this, &InvoiceFilterBar::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoiceFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, this, &InvoiceFilterBar::onSearchEdited);
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
    for (int badge = 0; badge < invoiceStatusBadgeCount; ++badge)
        m_status->setItemText(badge + 1, InvoiceTexts::badge(InvoiceBadge(badge)));
    const QString presets[] = {tr("Any time"), tr("This month"), tr("Last month"), tr("Custom range")};
    for (int i = 0; i < m_dates->count(); ++i)
        m_dates->setItemText(i, presets[i]);
    m_source->setItemText(0, tr("All sources"));
    m_source->setItemText(1, InvoiceTexts::source(InvoiceSource::Api));
    m_source->setItemText(2, InvoiceTexts::source(InvoiceSource::Manual));
    m_providerStatus->setItemText(0, tr("All tax authority statuses"));
    for (int i = 0; i < int(std::size(s_providerStatuses)); ++i) {
        const QString code = QString::fromLatin1(s_providerStatuses[i]);
        m_providerStatus->setItemText(
            i + 1, code.isEmpty() ? tr("Not checked yet") : InvoiceTexts::providerStatus(code));
    }
    fitFirstChoice(m_providerStatus);
    m_providerStatus->setToolTip(tr("What the tax authority made of an issued invoice"));
    m_providerStatus->setAccessibleName(tr("Tax authority status"));
    m_series->setItemText(0, tr("All series"));
    m_series->setToolTip(tr("Invoice series (ký hiệu)"));
    m_series->setAccessibleName(tr("Series"));
    m_search->setPlaceholderText(tr("Search number, buyer, tax code or reference"));
}

void InvoiceFilterBar::setKnownSeries(const QStringList &series)
{
    const QVariant chosen = m_series->currentData();
    QStringList offered = series;
    if (chosen.isValid() && !offered.contains(chosen.toString()))
        offered.append(chosen.toString());
    offered.sort();
    const QSignalBlocker block(m_series);
    while (m_series->count() > 1)
        m_series->removeItem(1);
    for (const QString &one : offered)
        m_series->addItem(one, one);
    selectData(m_series, chosen);
}

void InvoiceFilterBar::followSeriesOf(const InvoiceListModel *model)
{
    m_seriesTimer->setSingleShot(true);
    m_seriesTimer->setInterval(200); // one query per burst of changes
    connect(m_seriesTimer, &QTimer::timeout, this, [this, model] { setKnownSeries(model->knownSeries()); });
    connect(model, &InvoiceListModel::cacheChanged, this, [this] { m_seriesTimer->start(); });
    setKnownSeries(model->knownSeries());
}

void InvoiceFilterBar::setSettings(QSettings *settings)
{
    m_settings = settings;
    restore();
    emitFilter();
}

void InvoiceFilterBar::restore()
{
    if (!m_settings)
        return;
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockDates(m_dates);
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockProvider(m_providerStatus);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    selectData(m_status, m_settings->value(StatusKey, anyValue).toInt());
    selectData(m_dates, m_settings->value(DatesKey, int(DateRange::Preset::AnyTime)).toInt());
    selectData(m_source, m_settings->value(SourceKey, anyValue).toInt());
    if (m_settings->contains(ProviderStatusKey))
        selectData(m_providerStatus, m_settings->value(ProviderStatusKey).toString());
    if (const QDate from = m_settings->value(FromKey).toDate(); from.isValid())
        m_from->setDate(from);
    if (const QDate to = m_settings->value(ToKey).toDate(); to.isValid())
        m_to->setDate(to);
    const bool custom = m_dates->currentData().toInt() == int(DateRange::Preset::Custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (const QString series = m_settings->value(SeriesKey).toString(); !series.isEmpty()) {
        const QSignalBlocker blockSeries(m_series);
        if (!selectData(m_series, series)) {
            m_series->addItem(series, series);
            selectData(m_series, series);
        }
    }
}

void InvoiceFilterBar::save() const
{
    if (!m_settings)
        return;
    m_settings->setValue(StatusKey, m_status->currentData().toInt());
    m_settings->setValue(DatesKey, m_dates->currentData().toInt());
    m_settings->setValue(FromKey, m_from->date());
    m_settings->setValue(ToKey, m_to->date());
    m_settings->setValue(SourceKey, m_source->currentData().toInt());
    if (const QVariant provider = m_providerStatus->currentData(); provider.isValid())
        m_settings->setValue(ProviderStatusKey, provider.toString());
    else
        m_settings->remove(ProviderStatusKey);
    m_settings->setValue(SeriesKey, m_series->currentData().toString());
}

void InvoiceFilterBar::setSearchDelayMs(int ms)
{
    m_searchDelayMs = ms;
}

// Terms of one or two letters alone cannot use the search index: at a million invoices a rare pair
// reads every row's text (about 150 ms), so they wait for the typist to pause rather than run on
// the way to "ngu".
void InvoiceFilterBar::onSearchEdited(const QString &text)
{
    const QStringList terms = SearchKey::terms(text);
    const bool unindexed = !terms.isEmpty()
        && std::none_of(terms.cbegin(), terms.cend(),
            [](const QString &term) { return term.size() >= InvoiceSearchIndex::shortestIndexedTerm; });
    m_searchTimer->start(unindexed ? m_searchDelayMs * ShortTermDelayFactor : m_searchDelayMs);
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
    if (const QVariant provider = m_providerStatus->currentData(); provider.isValid())
        filter.providerStatus = provider.toString();
    if (const QVariant series = m_series->currentData(); series.isValid())
        filter.series = series.toString();
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
    const QSignalBlocker blockProvider(m_providerStatus);
    const QSignalBlocker blockSeries(m_series);
    m_providerStatus->setCurrentIndex(0);
    m_series->setCurrentIndex(0);
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
    save();
    Q_EMIT filterChanged(filter());
}

} // namespace einvoice
