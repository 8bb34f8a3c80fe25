#pragma once

#include "core/environmentid.h"
#include "session/connectiontester.h"
#include "session/credentialsbackend.h"

#include <QMap>
#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace einvoice {

class Questions;
class AppSettings;

// The connection part of the settings: environment (asking before Production), custom URL, the
// client ID and secret of each environment, and "Test connection".
class ConnectionSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    ConnectionSettingsWidget(AppSettings *settings, Questions *questions, CredentialsBackend *credentials,
        ConnectionTester *tester, QWidget *parent = nullptr);

    EnvironmentKind environment() const { return m_current; }
    QString customUrl() const;
    // Credentials the user edited, per environment, to be written on OK.
    QMap<EnvironmentKind, Credentials> editedCredentials() const;
    // Non-empty when the input cannot be saved (e.g. a custom URL that is not http(s), or Sandbox
    // without a client ID), naming the field.
    QString validationError() const;

Q_SIGNALS:
    // The user chose another environment (Production once confirmed).
    void environmentChosen(EnvironmentKind environment);

protected:
    void changeEvent(QEvent *event) override;

private Q_SLOTS:
    void onEnvironmentActivated(int index);
    void onCredentialsRead(EnvironmentKind environment, const Credentials &credentials);
    void onCredentialsEdited();
    void onTestClicked();
    void onTestFinished(const ConnectionTestResult &result);

private:
    QWidget *buildEnvironmentGroup();
    QWidget *buildCredentialsGroup();
    void retranslateUi();
    bool confirmProduction();
    void selectEnvironment(EnvironmentKind choice);
    void showCredentialsOf(EnvironmentKind choice);
    void updateEnabledState();
    QString describe(const ConnectionTestResult &result) const;
    QString credentialsError() const;

    AppSettings *m_settings;
    Questions *m_questions;
    CredentialsBackend *m_credentials;
    ConnectionTester *m_tester;

    EnvironmentKind m_current = EnvironmentKind::Demo;
    QMap<EnvironmentKind, Credentials> m_cache;
    QSet<int> m_loaded;
    QSet<int> m_edited;
    bool m_filling = false;
    bool m_testRunning = false;
    std::optional<ConnectionTestResult> m_lastResult; // described again in another language

    QGroupBox *m_environmentGroup = nullptr;
    QFormLayout *m_environmentForm = nullptr;
    QGroupBox *m_credentialsGroup = nullptr;
    QFormLayout *m_credentialsForm = nullptr;
    QComboBox *m_environmentCombo = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLabel *m_environmentHint = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_credentialsNote = nullptr;
    QLabel *m_sessionOnlyNote = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace einvoice
