#pragma once

#include "core/environmentid.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace einvoice {

class AppSettings;
class ConnectionSettingsWidget;
class ConnectionTester;
class CredentialsBackend;
class GeneralSettingsWidget;
class SellerSettingsWidget;
class Questions;

// The settings dialog. OK writes the credentials through the credentials backend first and
// closes once every write succeeded; the plain settings go to AppSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings *settings, Questions *questions, CredentialsBackend *credentials,
        ConnectionTester *tester, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private Q_SLOTS:
    void onWriteFinished(EnvironmentKind environment, bool ok, const QString &error);

private:
    void applyPlainSettings();
    void retranslateUi();

    AppSettings *m_settings;
    CredentialsBackend *m_credentials;
    QTabWidget *m_tabs = nullptr;
    ConnectionSettingsWidget *m_connection = nullptr;
    GeneralSettingsWidget *m_general = nullptr;
    SellerSettingsWidget *m_seller = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QSet<int> m_pendingWrites;
    bool m_writeFailed = false;
};

} // namespace einvoice
