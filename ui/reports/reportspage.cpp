#include "reportspage.h"

#include "core/clock.h"
#include "core/vietnamtime.h"
#include "exporttablemodel.h"
#include "reportcomputer.h"
#include "reportmonthchart.h"
#include "reportperiodpicker.h"
#include "reports/reportfetcher.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace einvoice {

namespace {

const Clock &clockOf(const ReportsPageServices &services)
{
    return services.clock ? *services.clock : SystemClock::instance();
}

QTableView *tableView(const QString &name, ExportTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ReportsPage::ReportsPage(const ReportsPageServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_computer(new ReportComputer(services.store->filePath(), services.environment, this))
{
    Q_ASSERT(services.store);
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(buildCompleteness());
    m_currencies = new QLabel(this);
    m_currencies->setObjectName(QStringLiteral("currencyLabel"));
    m_currencies->setWordWrap(true);
    layout->addWidget(m_currencies);
    layout->addWidget(buildTabs(), 1);
    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("reportHelpLabel"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    layout->addWidget(m_help);
    setFocusProxy(m_period);
    retranslateUi();
    connect(m_computer, &ReportComputer::computed, this, &ReportsPage::onComputed);
    connect(m_period, &ReportPeriodPicker::periodChanged, this, &ReportsPage::recompute);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::recompute);
    connect(m_fetch, &QPushButton::clicked, this, &ReportsPage::fetchNow);
    connect(m_xlsx, &QPushButton::clicked, this, &ReportsPage::exportXlsx);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    recompute();
}

ReportsPage::~ReportsPage() = default;

QWidget *ReportsPage::buildControls()
{
    auto *controls = new QWidget(this);
    auto *layout = new QHBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    m_period = new ReportPeriodPicker(VietnamTime::today(clockOf(m_services)), controls);
    m_period->setObjectName(QStringLiteral("reportPeriodPicker"));
    m_kindLabel = new QLabel(controls);
    m_kind = new QComboBox(controls);
    m_kind->setObjectName(QStringLiteral("reportKindCombo"));
    m_kindLabel->setBuddy(m_kind);
    m_xlsx = new QPushButton(controls);
    m_xlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_csv = new QPushButton(controls);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_print = new QPushButton(controls);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    layout->addWidget(m_period);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_kind);
    layout->addStretch(1);
    layout->addWidget(m_xlsx);
    layout->addWidget(m_csv);
    layout->addWidget(m_print);
    return controls;
}

QWidget *ReportsPage::buildCompleteness()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_computing = new QLabel(row);
    m_computing->setObjectName(QStringLiteral("computingLabel"));
    m_completeness = new QLabel(row);
    m_completeness->setObjectName(QStringLiteral("completenessLabel"));
    m_completeness->setWordWrap(true);
    m_fetch = new QPushButton(row);
    m_fetch->setObjectName(QStringLiteral("fetchNowButton"));
    layout->addWidget(m_computing);
    layout->addWidget(m_completeness, 1);
    layout->addWidget(m_fetch);
    return row;
}

QWidget *ReportsPage::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_model = new ExportTableModel(this);
    m_table = tableView(QStringLiteral("reportTable"), m_model, m_tabs);
    m_vatModel = new ExportTableModel(this);
    m_vatTable = tableView(QStringLiteral("vatReturnTable"), m_vatModel, m_tabs);
    m_chart = new ReportMonthChart(m_tabs);
    m_chart->setObjectName(QStringLiteral("monthChart"));
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_vatTable, QString());
    m_tabs->addTab(m_chart, QString());
    return m_tabs;
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        recompute(); // the tables' headers and rate words are in the UI language
    }
    QWidget::changeEvent(event);
}

void ReportsPage::retranslateUi()
{
    m_kindLabel->setText(tr("&Report"));
    fillKinds();
    m_xlsx->setText(tr("E&xport to Excel…"));
    m_csv->setText(tr("Export &CSV…"));
    m_print->setText(tr("&Print…"));
    m_fetch->setText(tr("Fetch &now"));
    m_fetch->setToolTip(tr("Fetch the details and XML the period's invoices still lack from the server"));
    m_computing->setText(tr("Computing…"));
    m_tabs->setTabText(0, tr("Table"));
    m_tabs->setTabText(1, tr("VAT return"));
    m_tabs->setTabText(2, tr("Chart"));
    m_help->setText(
        tr("Counted: issued invoices by their issued date. Left out: drafts, cancelled invoices and "
           "replaced invoices (their replacement counts). Adjustments count in the period of their own "
           "date with the sign of their effect; an information adjustment changes no money. Sales "
           "invoices have no VAT rate and are shown beside the rates. Amounts in different currencies "
           "are never added together; invoices this computer did not create count as VND."));
    showCompleteness();
    showCurrencies();
}

void ReportsPage::fillKinds()
{
    const QSignalBlocker blocker(m_kind);
    const int index = qMax(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("Sales by VAT rate"), int(ReportKind::ByRate));
    m_kind->addItem(tr("Invoice listing by rate"), int(ReportKind::Listing));
    m_kind->addItem(tr("By buyer"), int(ReportKind::ByBuyer));
    m_kind->addItem(tr("By item"), int(ReportKind::ByItem));
    m_kind->addItem(tr("Month by month (12 months)"), int(ReportKind::ByMonth));
    m_kind->setCurrentIndex(index);
}

ReportKind ReportsPage::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

void ReportsPage::setClient(SepayClient *client)
{
    m_services.client = client;
    delete m_fetcher;
    m_fetcher = nullptr;
    updateButtons();
}

void ReportsPage::storeChanged()
{
    if (isVisible())
        recompute();
    else
        m_stale = true;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        recompute();
    QWidget::showEvent(event);
}

bool ReportsPage::isComputing() const
{
    return m_computer->isComputing();
}

// Month by month covers the twelve months that end with the chosen period's last month.
void ReportsPage::recompute()
{
    ReportPeriod period = m_period->period();
    if (kind() == ReportKind::ByMonth && period.isValid())
        period = ReportPeriod::twelveMonthsTo(period.to);
    m_stale = false;
    m_computing->setVisible(true);
    if (!period.isValid()) {
        m_computing->setVisible(false);
        m_completeness->setText(tr("The period's first day is after its last day: choose the dates again."));
        return;
    }
    m_computer->compute(kind(), period);
    updateButtons();
}

void ReportsPage::onComputed(const SalesReport &report)
{
    m_report = report;
    m_computing->setVisible(m_computer->isComputing());
    m_model->setTable(report.tables.value(0));
    m_vatModel->setTable(report.tables.value(1));
    m_tabs->setTabVisible(1, report.kind == ReportKind::ByRate);
    m_tabs->setTabVisible(2, report.kind == ReportKind::ByMonth);
    m_chart->setMonths(report.months);
    showCompleteness();
    showCurrencies();
    updateButtons();
    Q_EMIT reportShown();
}

void ReportsPage::showCompleteness()
{
    if (!m_report.error.isEmpty()) {
        m_completeness->setText(m_report.error);
        return;
    }
    const Completeness &done = m_report.completeness;
    QString text = tr("%1: %2 of %n invoice(s) have their details; %3 waiting.", nullptr, done.invoices)
                       .arg(m_report.period.text())
                       .arg(done.ready())
                       .arg(done.waitingDetail + done.waitingXml);
    if (!m_fetchMessage.isEmpty())
        text += QLatin1Char(' ') + m_fetchMessage;
    m_completeness->setText(text);
}

void ReportsPage::showCurrencies()
{
    QStringList currencies;
    for (const CurrencyRates &currency : m_report.rates)
        currencies.append(currency.currency);
    QString text;
    if (!currencies.isEmpty())
        text = tr("Currencies, each reported on its own: %1.").arg(currencies.join(QStringLiteral(", ")));
    if (const int assumed = m_report.assumedVnd(); assumed > 0)
        text += QLatin1Char(' ')
            + tr("%n invoice(s) counted as VND: this computer did not create them and the server does not "
                 "say their currency.",
                nullptr, assumed);
    m_currencies->setText(text);
    m_currencies->setVisible(!text.isEmpty());
}

void ReportsPage::updateButtons()
{
    const bool fetching = m_fetcher && m_fetcher->isRunning();
    m_fetch->setEnabled(m_services.client && !fetching);
    const bool shown = !m_report.tables.isEmpty() && m_report.error.isEmpty();
    m_xlsx->setEnabled(shown);
    m_csv->setEnabled(shown);
    m_print->setEnabled(shown);
}

} // namespace einvoice
