#include "usagepage.h"

#include "api/sepayclient.h"

#include "core/clock.h"
#include "quotabanner.h"
#include "settings/appsettings.h"
#include "store/invoicecacherepository.h"
#include "store/outboxrepository.h"
#include "store/usagereadingrepository.h"
#include "usage/numberformat.h"
#include "usage/quotareader.h"
#include "usage/usagecalculator.h"
#include "usage/usagelog.h"
#include "usagecharts.h"
#include "usagefigurespanel.h"
#include "usagetexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace einvoice {

namespace {

constexpr int historyDays = 90;

const Clock &clockOf(const UsagePageServices &services)
{
    return services.clock ? *services.clock : SystemClock::instance();
}

} // namespace

UsagePage::UsagePage(const UsagePageServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_reader(new QuotaReader(*services.readings, clockOf(services), this)),
      m_alert(services.settings ? services.settings->lowQuotaThreshold() : services.lowQuotaThreshold)
{
    Q_ASSERT(services.invoices && services.readings);
    setObjectName(QStringLiteral("usagePage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildHeader());
    m_banner = new QuotaBanner(content);
    layout->addWidget(m_banner);
    m_panel = new UsageFiguresPanel(content);
    layout->addWidget(m_panel);
    m_charts = new UsageCharts(content);
    layout->addWidget(m_charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_reader, &QuotaReader::readingStored, this, &UsagePage::onReadingStored);
    connect(m_reader, &QuotaReader::failed, this, &UsagePage::onReadingFailed);
    connect(m_panel, &UsageFiguresPanel::failedJobsRequested, this, &UsagePage::failedJobsRequested);
    connect(m_refresh, &QPushButton::clicked, this, &UsagePage::refresh);
    if (services.settings) {
        connect(services.settings, &AppSettings::changed, this,
            [this] { setThreshold(m_services.settings->lowQuotaThreshold()); });
    }
    connect(&m_timer, &QTimer::timeout, this, &UsagePage::refresh);
    if (services.refreshIntervalMs > 0) {
        m_timer.setInterval(services.refreshIntervalMs);
        m_timer.start();
    }
}

UsagePage::~UsagePage() = default;

QWidget *UsagePage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    m_remaining = new QLabel(header);
    m_remaining->setObjectName(QStringLiteral("remainingQuota"));
    QFont font = m_remaining->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_remaining->setFont(font);
    m_readAt = new QLabel(header);
    m_readAt->setObjectName(QStringLiteral("quotaReadAt"));
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("usageStatus"));
    m_status->setWordWrap(true);
    texts->addWidget(m_remaining);
    texts->addWidget(m_readAt);
    texts->addWidget(m_status);
    layout->addLayout(texts, 1);
    m_refresh = new QPushButton(tr("Refresh"), header);
    m_refresh->setObjectName(QStringLiteral("refreshUsageButton"));
    m_refresh->setToolTip(tr("Read the remaining quota from the server again"));
    layout->addWidget(m_refresh, 0, Qt::AlignTop);
    return header;
}

void UsagePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadFromCache(); // the list may have synchronised while the page was hidden
}

void UsagePage::setClient(SepayClient *client, const QString &environment)
{
    if (environment != m_environment)
        m_alert.reset();
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (client) {
        // Running jobs follow the client as the status bar does; once none runs, the unfinished
        // entries left in the outbox are read again.
        connect(client, &SepayClient::invoiceOperationsChanged, this, [this](int running) {
            if (running == 0)
                reloadFromCache();
            else
                showFigures();
        });
    }
    m_environment = environment;
    m_reader->setClient(client, environment);
    m_offline = client == nullptr;
    m_lastError.clear();
    reloadFromCache();
    refresh();
}

void UsagePage::setThreshold(int threshold)
{
    if (threshold == m_alert.threshold())
        return;
    m_alert.setThreshold(threshold);
    showFigures();
}

int UsagePage::runningJobs() const
{
    return m_client ? m_client->runningInvoiceOperations() : 0;
}

std::optional<qint64> UsagePage::remaining() const
{
    if (!m_figures.latestReading)
        return std::nullopt;
    return m_figures.latestReading->remaining;
}

bool UsagePage::isWarningShown() const
{
    return !m_banner->isHidden();
}

void UsagePage::refresh()
{
    if (m_reader->refresh()) {
        m_status->setText(tr("Reading the remaining quota…"));
        return;
    }
    if (!m_reader->hasClient()) {
        m_offline = true;
        reloadFromCache();
        Q_EMIT refreshed();
    }
}

void UsagePage::onReadingStored(const UsageReading &reading)
{
    m_offline = false;
    m_lastError.clear();
    reloadFromCache();
    if (m_alert.update(reading.remaining)) {
        qCInfo(lcUsage) << "quota under the threshold:" << reading.remaining << "<" << m_alert.threshold();
        Q_EMIT lowQuotaCrossed(reading.remaining, m_alert.threshold());
    }
    Q_EMIT refreshed();
}

void UsagePage::onReadingFailed(const QString &message)
{
    m_offline = true;
    m_lastError = message;
    reloadFromCache();
    Q_EMIT refreshed();
}

void UsagePage::reloadFromCache()
{
    UsageInput input;
    if (!m_environment.isEmpty()) {
        if (auto rows = m_services.invoices->loadRows(m_environment))
            input.invoices = std::move(rows).value();
        if (m_services.outbox) {
            if (auto jobs = m_services.outbox->unfinished(m_environment))
                input.unfinishedJobs = std::move(jobs).value();
        }
        const QDateTime from = now().addDays(-historyDays);
        if (auto history = m_services.readings->history(m_environment, from))
            input.readings = std::move(history).value();
        if (input.readings.isEmpty()) {
            auto latest = m_services.readings->latest(m_environment);
            if (latest && latest.value())
                input.readings.append(*latest.value());
        }
    }
    m_figures = UsageCalculator(clockOf(m_services), m_services.calendar).compute(input);
    showFigures();
}

void UsagePage::showFigures()
{
    const std::optional<qint64> left = remaining();
    if (left) {
        m_remaining->setText(UsageTexts::remaining(*left));
        m_readAt->setText(UsageTexts::readAt(m_figures.latestReading->readAt, now()));
        m_banner->showFor(*left, m_alert.threshold());
    } else {
        m_remaining->setText(tr("Remaining quota: not read yet"));
        m_readAt->clear();
        m_banner->hide();
    }
    QString status = cacheAgeText();
    if (m_offline) {
        const QString why = m_lastError.isEmpty() ? tr("not connected") : m_lastError;
        status = tr("Offline (%1): showing the figures saved on this computer.").arg(why) + QLatin1Char(' ')
            + status;
    }
    m_status->setText(status);
    m_panel->setFigures(m_figures, runningJobs());
    m_charts->setFigures(m_figures);
    Q_EMIT quotaChanged(left, m_alert.threshold());
}

QString UsagePage::cacheAgeText() const
{
    if (m_environment.isEmpty())
        return QString();
    auto synced = m_services.invoices->lastSync(m_environment);
    if (!synced || !synced.value())
        return tr("The invoice list has not been synchronised yet.");
    const QDateTime when = *synced.value();
    return tr("Invoices as of %1 (%2).")
        .arg(NumberFormat::dateTime(when), UsageTexts::age(qMax<qint64>(0, when.secsTo(now()))));
}

QDateTime UsagePage::now() const
{
    return clockOf(m_services).nowUtc();
}

} // namespace einvoice
