#pragma once

#include "usage/quotaalert.h"
#include "usage/usagefigures.h"
#include "usagepageservices.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace einvoice {

class QuotaBanner;
class QuotaReader;
class SepayClient;
class UsageCharts;
class UsageFiguresPanel;

// The usage dashboard (issue 8): the remaining quota with the time it was read, the charts, the
// figures and the forecast, and the low-quota warning. Refreshes on demand and on a timer; without
// a client or when a refresh fails it shows what is stored locally and says how old it is.
class UsagePage : public QWidget
{
    Q_OBJECT

public:
    explicit UsagePage(const UsagePageServices &services, QWidget *parent = nullptr);
    ~UsagePage() override;

    // The client to read the quota with and the environment key of the cache and the readings;
    // a null client means offline. Reloads and refreshes.
    void setClient(SepayClient *client, const QString &environment);
    QString environment() const { return m_environment; }
    int threshold() const { return m_alert.threshold(); }
    void setThreshold(int threshold);

    const UsageFigures &figures() const { return m_figures; }
    // The running jobs shown: the client's invoices in progress, the number the status bar shows.
    int runningJobs() const;
    std::optional<qint64> remaining() const;
    bool isWarningShown() const;
    bool isOffline() const { return m_offline; }
    UsageCharts *charts() const { return m_charts; }

public Q_SLOTS:
    // Reads the quota from the server (when there is a client) and recomputes everything.
    void refresh();
    // Recomputes from the local cache only (e.g. after the invoice list synchronised).
    void reloadFromCache();

Q_SIGNALS:
    // For the status bar: StatusPanel::setQuota(remaining, threshold).
    void quotaChanged(std::optional<qint64> remaining, int threshold);
    // A fresh reading went under the threshold: once per crossing, for a desktop notification.
    void lowQuotaCrossed(qint64 remaining, int threshold);
    void failedJobsRequested(); // the "show them in the list" link
    void refreshed(); // every refresh ends here, online or not

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    void onReadingStored(const UsageReading &reading);
    void onReadingFailed(const QString &message);
    void showFigures();
    QString cacheAgeText() const;
    QDateTime now() const;

    UsagePageServices m_services;
    QPointer<SepayClient> m_client;
    QuotaReader *m_reader;
    QuotaAlert m_alert;
    UsageFigures m_figures;
    QString m_environment;
    QString m_lastError;
    bool m_offline = true;
    QTimer m_timer;

    QLabel *m_remaining = nullptr;
    QLabel *m_readAt = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QuotaBanner *m_banner = nullptr;
    UsageFiguresPanel *m_panel = nullptr;
    UsageCharts *m_charts = nullptr;
};

} // namespace einvoice
