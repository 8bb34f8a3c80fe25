#include "statuspanel.h"

#include "contrast.h"
#include "environmentbadge.h"
#include "session/connection.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace einvoice {

namespace {

QLabel *addLabel(QStatusBar *bar, const QString &objectName)
{
    auto *label = new QLabel(bar);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

// Red bold text for a warning, the normal look otherwise; palette and font, no style sheet. The red
// is made lighter on a dark theme so that it stays readable (4.5:1).
void setWarning(QLabel *label, bool warning)
{
    QPalette palette; // empty: inherit from the status bar
    if (warning) {
        const QColor background = label->parentWidget()
            ? label->parentWidget()->palette().color(QPalette::Window)
            : QApplication::palette().color(QPalette::Window);
        palette.setColor(QPalette::WindowText, Contrast::readableOn(QColor(0xc6, 0x28, 0x28), background));
    }
    label->setPalette(palette);
    QFont font = label->font();
    font.setBold(warning);
    label->setFont(font);
}

} // namespace

StatusPanel::StatusPanel(QStatusBar *statusBar) : QObject(statusBar), m_bar(statusBar)
{
    m_details = addLabel(statusBar, QStringLiteral("detailFillLabel"));
    m_details->hide();
    m_jobs = addLabel(statusBar, QStringLiteral("jobsLabel"));
    m_quota = addLabel(statusBar, QStringLiteral("quotaLabel"));
    m_connection = addLabel(statusBar, QStringLiteral("connectionLabel"));
    m_badge = new EnvironmentBadge(statusBar);
    statusBar->addPermanentWidget(m_badge);
    setConnectionState(ConnectionState::NotConnected);
    setQuota(std::nullopt, 0);
    setRunningJobs(0);
    statusBar->installEventFilter(this);
}

bool StatusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange) {
        // After the palettes of the bar and its labels have followed the change.
        QTimer::singleShot(0, m_quota, [this] { setWarning(m_quota, m_quota->property("low").toBool()); });
    }
    return QObject::eventFilter(watched, event);
}

void StatusPanel::setEnvironment(EnvironmentKind choice)
{
    m_badge->setEnvironment(choice);
}

void StatusPanel::retranslate()
{
    setConnectionState(m_state, m_detail);
    setQuota(m_remaining, m_lowThreshold);
    setRunningJobs(m_jobCount);
    setDetailFill(m_detailsDone, m_detailsTotal);
}

void StatusPanel::setDetailFill(int done, int total)
{
    m_detailsDone = done;
    m_detailsTotal = total;
    m_details->setVisible(total > 0);
    if (total <= 0)
        return;
    const QLocale locale;
    m_details->setText(
        tr("Fetching invoice details: %1 of %2").arg(locale.toString(done), locale.toString(total)));
    m_details->setMinimumWidth(m_details->sizeHint().width()); // never clipped (issue 16.13)
    m_details->setToolTip(tr("Series, lines and provider status of the invoices in the list are fetched in "
                             "the background; your own requests go first."));
}

void StatusPanel::setConnectionState(ConnectionState state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    QString text;
    switch (state) {
    case ConnectionState::NotConnected:
        text = tr("Not connected");
        break;
    case ConnectionState::Connecting:
        text = tr("Connecting…");
        break;
    case ConnectionState::Connected:
        text = tr("● Connected");
        break;
    case ConnectionState::Offline:
        text = tr("Offline");
        break;
    case ConnectionState::SignInFailed:
        text = tr("Sign-in failed");
        break;
    case ConnectionState::ServerError:
        text = tr("Server error");
        break;
    }
    m_connection->setText(text);
    m_connection->setToolTip(detail);
    m_connection->setProperty("state", int(state));
}

void StatusPanel::setQuota(std::optional<qint64> remaining, int lowThreshold)
{
    m_remaining = remaining;
    m_lowThreshold = lowThreshold;
    if (!remaining) {
        m_quota->setText(tr("Quota: —"));
        setWarning(m_quota, false);
        m_quota->setProperty("low", false);
        return;
    }
    const bool low = lowThreshold > 0 && *remaining < lowThreshold;
    m_quota->setText(tr("Quota: %1 invoices left").arg(QLocale().toString(*remaining)));
    setWarning(m_quota, low);
    m_quota->setToolTip(
        low ? tr("Fewer than %1 invoices are left in the package.").arg(lowThreshold) : QString());
    m_quota->setProperty("low", low);
    m_quota->setMinimumWidth(m_quota->sizeHint().width()); // never clipped (issue 16.13)
}

void StatusPanel::follow(Connection *connection, AppSettings *settings)
{
    const auto showQuota = [this, connection, settings] {
        setQuota(connection->quotaRemaining(), settings->lowQuotaThreshold());
    };
    connect(connection, &Connection::stateChanged, this, &StatusPanel::setConnectionState);
    connect(connection, &Connection::quotaChanged, this, showQuota);
    connect(settings, &AppSettings::changed, this, showQuota);
    connect(connection, &Connection::runningJobsChanged, this, &StatusPanel::setRunningJobs);
    connect(connection, &Connection::retryWaiting, this, &StatusPanel::showRetryWait);
    setConnectionState(connection->state(), connection->detail());
    showQuota();
    setRunningJobs(connection->runningJobs());
}

void StatusPanel::setRunningJobs(int count)
{
    m_jobCount = count;
    m_jobs->setText(count == 0 ? tr("No running jobs") : tr("%n running job(s)", nullptr, count));
    m_jobs->setMinimumWidth(m_jobs->sizeHint().width()); // never clipped (issue 16.13)
    m_jobs->setProperty("count", count);
}

void StatusPanel::showRetryWait(int delayMs, bool serverBusy)
{
    if (delayMs < 1000)
        return; // a short backoff is not worth a word
    const int seconds = (delayMs + 999) / 1000;
    m_bar->showMessage(serverBusy ? tr("Server busy: trying again in %n s", nullptr, seconds)
                                  : tr("No answer from the server: trying again in %n s", nullptr, seconds),
        delayMs);
}

} // namespace einvoice
