#pragma once

#include "core/environmentid.h"
#include "settings/sellerprofile.h"

#include <QDialog>
#include <QSet>

#include <functional>

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

    // What the app learned of the user's company in an environment (key), offered on the "Your
    // company" tab while none is set for the environment chosen.
    void offerLearnedSeller(const std::function<SellerProfile(const QString &environment)> &learned);

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
