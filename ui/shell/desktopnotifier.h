#pragma once

#include "invoices/notificationsink.h"

#include <QIcon>
#include <QObject>
#include <QString>

#include <functional>

class QSystemTrayIcon;

namespace einvoice {

// Desktop notifications through the system tray: a job finished or failed, the quota is low.
// Shown only while the app is not the active one (in front the user sees the page itself).
// Without a system tray the message goes to the log instead. Clicking a message emits
// activationRequested() so that the main window can come to the front. As a NotificationSink
// (the tax authority's answers, ProviderStatusNotifier) it shows in the tray while the app is in
// the background, and in the status bar when the app is in front or there is no tray.
class DesktopNotifier : public QObject, public NotificationSink
{
    Q_OBJECT

public:
    enum class Kind { JobFinished, JobFailed, QuotaLow, TaxAuthorityAnswer, TaxAuthorityProblem };
    Q_ENUM(Kind)

    struct Notification
    {
        Kind kind = Kind::JobFinished;
        QString title;
        QString message;
    };

    // Seams for tests; the defaults ask QGuiApplication and QSystemTrayIcon.
    using ActiveCheck = std::function<bool()>;
    using TrayCheck = std::function<bool()>;
    using StatusMessage = std::function<void(const QString &text)>;

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void setActiveCheck(ActiveCheck check) { m_isActive = std::move(check); }
    void setTrayCheck(TrayCheck check) { m_trayAvailable = std::move(check); }
    void setIcon(const QIcon &icon) { m_icon = icon; }
    // Where a sink notification goes in front or without a tray (the main window's status bar).
    void setStatusMessage(StatusMessage show) { m_statusMessage = std::move(show); }

    void showNotification(const QString &title, const QString &message, bool warning) override;
    QSystemTrayIcon *trayIcon() const { return m_tray; }

public Q_SLOTS:
    void notifyJobFinished(const QString &message);
    void notifyJobFailed(const QString &message);
    // An invoice create or issue job ended (InvoiceEditorPage::jobEnded): ok with the number of
    // the issued invoice, or with none for a draft saved on the server; failed with the reason.
    void notifyInvoiceJob(bool ok, const QString &invoiceNumber, const QString &message);
    // A batch run ended with done invoices, invoices not sent yet (waiting for the next run, or
    // for Continue or Discard after an interrupted run: not a failure) and the rest not done
    // (failed, unknown, cancelled or skipped): a failure only when there are any of those.
    void notifyBatchFinished(int done, int notSent, int notDone);
    // An interrupted batch run was taken up on start (PageComposer::batchResumed).
    void notifyBatchResumed(const QString &message);
    void notifyQuotaLow(qint64 remaining, int threshold);

Q_SIGNALS:
    // Every notification that was due (the app was not active), shown in the tray or logged.
    void notified(const einvoice::DesktopNotifier::Notification &notification, bool inTray);
    void activationRequested();

private:
    void notify(const Notification &notification);
    bool showInTray(const Notification &notification);

    ActiveCheck m_isActive;
    TrayCheck m_trayAvailable;
    StatusMessage m_statusMessage;
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace einvoice
