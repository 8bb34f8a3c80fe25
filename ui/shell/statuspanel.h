#pragma once

#include "core/environmentid.h"
#include "session/connectionstate.h"

#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;

namespace einvoice {

class AppSettings;
class Connection;
class EnvironmentBadge;

// The permanent widgets of the main window's status bar: environment badge, connection state,
// remaining quota and running jobs. Setters are what the connection wiring calls.
class StatusPanel : public QObject
{
    Q_OBJECT

public:
    explicit StatusPanel(QStatusBar *statusBar);

    void setEnvironment(EnvironmentKind choice);
    void setConnectionState(ConnectionState state, const QString &detail = {});
    // nullopt: not known yet. A quota below the threshold is shown as a warning.
    void setQuota(std::optional<qint64> remaining, int lowThreshold);
    void setRunningJobs(int count);
    // The background detail fill's pass: "Fetching invoice details: done of total"; total 0 hides it.
    void setDetailFill(int done, int total);
    // Shows the connection's state, quota (against the settings' low-quota threshold), running
    // jobs and retry waits, now and whenever they change.
    void follow(Connection *connection, AppSettings *settings);
    // A request waits before it is tried again (the server is busy, or did not answer): said in
    // the status bar for as long as the wait lasts.
    void showRetryWait(int delayMs, bool serverBusy);

    ConnectionState connectionState() const { return m_state; }
    // Every text again in the current language (the window calls it on a language change).
    void retranslate();

protected:
    // Re-picks the warning colour when the system palette changes (light ↔ dark).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStatusBar *m_bar;
    EnvironmentBadge *m_badge;
    QLabel *m_connection;
    QLabel *m_quota;
    QLabel *m_jobs;
    QLabel *m_details;
    ConnectionState m_state = ConnectionState::NotConnected;
    QString m_detail;
    std::optional<qint64> m_remaining;
    int m_lowThreshold = 0;
    int m_jobCount = 0;
    int m_detailsDone = 0;
    int m_detailsTotal = 0;
};

} // namespace einvoice
