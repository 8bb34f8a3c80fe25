#pragma once

#include "connectionstate.h"
#include "settings/environmentchoice.h"

#include <QObject>

#include <optional>

class QLabel;
class QStatusBar;

namespace einvoice {

class EnvironmentBadge;

// The permanent widgets of the main window's status bar: environment badge, connection state,
// remaining quota and running jobs. Setters are what the connection wiring calls.
class StatusPanel : public QObject
{
    Q_OBJECT

public:
    explicit StatusPanel(QStatusBar *statusBar);

    void setEnvironment(EnvironmentChoice choice);
    void setConnectionState(ConnectionState state, const QString &detail = {});
    // nullopt: not known yet. A quota below the threshold is shown as a warning.
    void setQuota(std::optional<qint64> remaining, int lowThreshold);
    void setRunningJobs(int count);
    // A request waits before it is tried again (the server is busy, or did not answer): said in
    // the status bar for as long as the wait lasts.
    void showRetryWait(int delayMs, bool serverBusy);

    ConnectionState connectionState() const { return m_state; }

protected:
    // Re-picks the warning colour when the system palette changes (light ↔ dark).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStatusBar *m_bar;
    EnvironmentBadge *m_badge;
    QLabel *m_connection;
    QLabel *m_quota;
    QLabel *m_jobs;
    ConnectionState m_state = ConnectionState::NotConnected;
};

} // namespace einvoice
