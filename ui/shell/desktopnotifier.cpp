#include "desktopnotifier.h"

#include "appidentity.h"
#include "shelllog.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace einvoice {

namespace {
constexpr int messageTimeoutMs = 8000;
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent),
      m_isActive([] { return QGuiApplication::applicationState() == Qt::ApplicationActive; }),
      m_trayAvailable([] { return QSystemTrayIcon::isSystemTrayAvailable(); }),
      m_icon(applicationIcon())
{
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notifyJobFinished(const QString &message)
{
    notify({Kind::JobFinished, tr("SePay eInvoice: job finished"), message});
}

void DesktopNotifier::notifyJobFailed(const QString &message)
{
    notify({Kind::JobFailed, tr("SePay eInvoice: job failed"), message});
}

void DesktopNotifier::notifyInvoiceJob(bool ok, const QString &invoiceNumber, const QString &message)
{
    if (!ok)
        notifyJobFailed(message.isEmpty() ? tr("The invoice could not be sent.") : message);
    else if (invoiceNumber.isEmpty())
        notifyJobFinished(tr("The draft invoice has been saved on the server."));
    else
        notifyJobFinished(tr("Invoice %1 has been issued.").arg(invoiceNumber));
}

void DesktopNotifier::notifyBatchFinished(int done, int notSent, int notDone)
{
    const QString text = notSent > 0
        ? tr("Batch finished: %1 invoice(s) done, %2 not sent yet, %3 not done.")
              .arg(done)
              .arg(notSent)
              .arg(notDone)
        : tr("Batch finished: %1 invoice(s) done, %2 not done.").arg(done).arg(notDone);
    if (notDone > 0)
        notifyJobFailed(text);
    else
        notifyJobFinished(text);
}

void DesktopNotifier::notifyBatchResumed(const QString &message)
{
    notify({Kind::JobFinished, tr("SePay eInvoice: batch run resumed"), message});
}

void DesktopNotifier::notifyQuotaLow(qint64 remaining, int threshold)
{
    notify({Kind::QuotaLow, tr("SePay eInvoice: quota low"),
        tr("Only %1 invoices are left in the quota (warning below %2).").arg(remaining).arg(threshold)});
}

void DesktopNotifier::showNotification(const QString &title, const QString &message, bool warning)
{
    const Notification notification {
        warning ? Kind::TaxAuthorityProblem : Kind::TaxAuthorityAnswer, title, message};
    const bool inFront = m_isActive && m_isActive();
    const bool inTray = !inFront && m_trayAvailable && m_trayAvailable() && showInTray(notification);
    if (!inTray && m_statusMessage)
        m_statusMessage(QString(message).replace(QLatin1Char('\n'), QLatin1String("; ")));
    else if (!inTray)
        qCInfo(lcShell).noquote() << "notification:" << title << "-" << message;
    Q_EMIT notified(notification, inTray);
}

void DesktopNotifier::notify(const Notification &notification)
{
    if (m_isActive && m_isActive())
        return; // in front: the page itself shows it
    const bool inTray = m_trayAvailable && m_trayAvailable() && showInTray(notification);
    if (!inTray)
        qCInfo(lcShell).noquote() << "no system tray; notification:" << notification.title << "-"
                                  << notification.message;
    Q_EMIT notified(notification, inTray);
}

bool DesktopNotifier::showInTray(const Notification &notification)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setToolTip(tr("SePay eInvoice"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::activationRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activationRequested();
        });
    }
    m_tray->show();
    const bool warning = notification.kind == Kind::JobFailed || notification.kind == Kind::QuotaLow
        || notification.kind == Kind::TaxAuthorityProblem;
    const auto icon = warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
    m_tray->showMessage(notification.title, notification.message, icon, messageTimeoutMs);
    return true;
}

} // namespace einvoice
