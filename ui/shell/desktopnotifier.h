#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

#include <functional>

class QSystemTrayIcon;

namespace einvoice {

// Desktop notifications through the system tray: a job finished or failed, the quota is low.
// Shown only while the app is not the active one (in front the user sees the page itself).
// Without a system tray the message goes to the log instead. Clicking a message emits
// activationRequested() so that the main window can come to the front.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind { JobFinished, JobFailed, QuotaLow };
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

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void setActiveCheck(ActiveCheck check) { m_isActive = std::move(check); }
    void setTrayCheck(TrayCheck check) { m_trayAvailable = std::move(check); }
    void setIcon(const QIcon &icon) { m_icon = icon; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

public Q_SLOTS:
    void notifyJobFinished(const QString &message);
    void notifyJobFailed(const QString &message);
    // An invoice create or issue job ended (InvoiceEditorPage::jobEnded): ok with the number of
    // the issued invoice, or with none for a draft saved on the server; failed with the reason.
    void notifyInvoiceJob(bool ok, const QString &invoiceNumber, const QString &message);
    // A batch run ended with done invoices and failed ones (failed, unknown or cancelled).
    void notifyBatchFinished(int done, int failed);
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
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace einvoice
