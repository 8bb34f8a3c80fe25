#include "connectionsettingswidget.h"

#include "api/environment.h"
#include "settings/appsettings.h"
#include "ui/common/environmenttext.h"
#include "ui/common/formrows.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace einvoice {

ConnectionSettingsWidget::ConnectionSettingsWidget(AppSettings *settings, Questions *questions,
    CredentialsBackend *credentials, ConnectionTester *tester, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_questions(questions),
      m_credentials(credentials),
      m_tester(tester)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildEnvironmentGroup());
    layout->addWidget(buildCredentialsGroup());
    layout->addStretch(1);

    connect(
        m_credentials, &CredentialsBackend::readFinished, this, &ConnectionSettingsWidget::onCredentialsRead);
    if (m_tester)
        connect(m_tester, &ConnectionTester::finished, this, &ConnectionSettingsWidget::onTestFinished);

    m_current = m_settings->environment();
    m_customUrl->setText(m_settings->customUrl());
    retranslateUi();
    showCredentialsOf(m_current);
}

void ConnectionSettingsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionSettingsWidget::retranslateUi()
{
    m_environmentGroup->setTitle(tr("Environment"));
    for (int i = 0; i < m_environmentCombo->count(); ++i)
        m_environmentCombo->setItemText(
            i, EnvironmentText::longName(EnvironmentKind(m_environmentCombo->itemData(i).toInt())));
    setRowLabel(m_environmentForm, m_environmentCombo, tr("&Server:"));
    setRowLabel(m_environmentForm, m_customUrl, tr("Custom &URL:"));
    m_credentialsGroup->setTitle(tr("API credentials"));
    setRowLabel(m_credentialsForm, m_clientId, tr("Client &ID:"));
    setRowLabel(m_credentialsForm, m_clientSecret, tr("Client s&ecret:"));
    m_sessionOnlyNote->setText(tr("No keychain is available on this computer: the secret is kept for this "
                                  "session only and has to be entered again after the app restarts."));
    m_testButton->setText(tr("&Test connection"));
    if (m_testRunning)
        m_testResult->setText(tr("Testing the connection…"));
    else if (m_lastResult)
        m_testResult->setText(describe(*m_lastResult));
    selectEnvironment(m_current);
}

QWidget *ConnectionSettingsWidget::buildEnvironmentGroup()
{
    auto *group = new QGroupBox(this);
    m_environmentGroup = group;
    auto *form = new QFormLayout(group);
    m_environmentForm = form;
    m_environmentCombo = new QComboBox(group);
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    for (auto choice : {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Production,
             EnvironmentKind::Custom})
        m_environmentCombo->addItem(QString(), int(choice));
    connect(
        m_environmentCombo, &QComboBox::activated, this, &ConnectionSettingsWidget::onEnvironmentActivated);
    addRow(form, m_environmentCombo);

    m_customUrl = new QLineEdit(group);
    m_customUrl->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://einvoice.example.vn"));
    addRow(form, m_customUrl);

    m_environmentHint = new QLabel(group);
    m_environmentHint->setObjectName(QStringLiteral("environmentHint"));
    m_environmentHint->setWordWrap(true);
    form->addRow(m_environmentHint);
    return group;
}

QWidget *ConnectionSettingsWidget::buildCredentialsGroup()
{
    auto *group = new QGroupBox(this);
    m_credentialsGroup = group;
    auto *form = new QFormLayout(group);
    m_credentialsForm = form;
    m_clientId = new QLineEdit(group);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    addRow(form, m_clientId);
    m_clientSecret = new QLineEdit(group);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    addRow(form, m_clientSecret);
    connect(m_clientId, &QLineEdit::textEdited, this, &ConnectionSettingsWidget::onCredentialsEdited);
    connect(m_clientSecret, &QLineEdit::textEdited, this, &ConnectionSettingsWidget::onCredentialsEdited);

    m_credentialsNote = new QLabel(group);
    m_credentialsNote->setObjectName(QStringLiteral("credentialsNote"));
    m_credentialsNote->setWordWrap(true);
    form->addRow(m_credentialsNote);

    m_sessionOnlyNote = new QLabel(group);
    m_sessionOnlyNote->setObjectName(QStringLiteral("sessionOnlyNote"));
    m_sessionOnlyNote->setWordWrap(true);
    m_sessionOnlyNote->setVisible(!m_credentials->isPersistent());
    form->addRow(m_sessionOnlyNote);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(group);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionSettingsWidget::onTestClicked);
    m_testResult = new QLabel(group);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);
    return group;
}

QString ConnectionSettingsWidget::customUrl() const
{
    return m_customUrl->text().trimmed();
}

QMap<EnvironmentKind, Credentials> ConnectionSettingsWidget::editedCredentials() const
{
    QMap<EnvironmentKind, Credentials> edited;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        if (m_edited.contains(int(it.key())))
            edited.insert(it.key(), it.value());
    }
    return edited;
}

QString ConnectionSettingsWidget::validationError() const
{
    if (m_current == EnvironmentKind::Demo)
        return {};
    if (m_current == EnvironmentKind::Custom) {
        const QUrl url(customUrl());
        if (url.host().isEmpty())
            return tr("Enter the custom server as a full address, for example https://einvoice.example.vn.");
        if (const QString error = Environment::checkBaseUrl(url); !error.isEmpty())
            return error; // https, or plain http to this computer only
    }
    return credentialsError();
}

// Only what is known to be missing: while the keychain has not answered, the fields are not yet
// what it holds.
QString ConnectionSettingsWidget::credentialsError() const
{
    if (!m_loaded.contains(int(m_current)) && !m_edited.contains(int(m_current)))
        return {};
    const Credentials credentials = m_cache.value(m_current);
    const QString environment = EnvironmentText::longName(m_current);
    if (credentials.clientId.trimmed().isEmpty())
        return tr("%1 needs a Client ID: enter the one from your SePay account, or choose Demo.")
            .arg(environment);
    if (credentials.clientSecret.isEmpty())
        return tr("%1 needs a Client secret: enter the one from your SePay account, or choose Demo.")
            .arg(environment);
    return {};
}

void ConnectionSettingsWidget::onEnvironmentActivated(int index)
{
    const auto choice = EnvironmentKind(m_environmentCombo->itemData(index).toInt());
    if (choice == m_current)
        return;
    if (choice == EnvironmentKind::Production && !confirmProduction()) {
        selectEnvironment(m_current);
        return;
    }
    m_current = choice;
    m_testResult->clear();
    m_lastResult.reset();
    selectEnvironment(choice);
    showCredentialsOf(choice);
    Q_EMIT environmentChosen(choice);
}

bool ConnectionSettingsWidget::confirmProduction()
{
    return Questions::orDefault(m_questions).confirm(this, EnvironmentText::productionQuestion());
}

void ConnectionSettingsWidget::selectEnvironment(EnvironmentKind choice)
{
    m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(int(choice)));
    m_environmentHint->setText(EnvironmentText::description(choice));
    updateEnabledState();
}

void ConnectionSettingsWidget::showCredentialsOf(EnvironmentKind choice)
{
    m_filling = true;
    const Credentials credentials = m_cache.value(choice);
    m_clientId->setText(credentials.clientId);
    m_clientSecret->setText(credentials.clientSecret);
    m_filling = false;
    if (choice != EnvironmentKind::Demo && !m_loaded.contains(int(choice)))
        m_credentials->read(choice);
    updateEnabledState();
}

void ConnectionSettingsWidget::onCredentialsRead(EnvironmentKind environment, const Credentials &credentials)
{
    if (m_loaded.contains(int(environment)))
        return;
    m_loaded.insert(int(environment));
    if (m_edited.contains(int(environment)))
        return; // the user typed before the keychain answered: keep what was typed
    m_cache.insert(environment, credentials);
    if (environment == m_current)
        showCredentialsOf(environment);
}

void ConnectionSettingsWidget::onCredentialsEdited()
{
    if (m_filling)
        return;
    m_cache.insert(m_current, Credentials {m_clientId->text().trimmed(), m_clientSecret->text()});
    m_edited.insert(int(m_current));
}

void ConnectionSettingsWidget::updateEnabledState()
{
    const bool demo = m_current == EnvironmentKind::Demo;
    m_customUrl->setEnabled(m_current == EnvironmentKind::Custom);
    m_clientId->setEnabled(!demo);
    m_clientSecret->setEnabled(!demo);
    m_credentialsNote->setText(demo
            ? tr("The Demo environment needs no credentials.")
            : tr("Find the client ID and secret in your SePay account, under eInvoice "
                 "API. Sandbox and Production have separate credentials."));
    m_testButton->setEnabled(m_tester && !m_testRunning);
    if (!m_tester)
        m_testButton->setToolTip(tr("Testing the connection is not available in this build."));
}

void ConnectionSettingsWidget::onTestClicked()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        m_testResult->setText(error);
        return;
    }
    ConnectionTestRequest request;
    request.environment = m_current;
    if (m_current == EnvironmentKind::Custom)
        request.baseUrl = QUrl(customUrl());
    request.credentials = Credentials {m_clientId->text().trimmed(), m_clientSecret->text()};
    m_testRunning = true;
    m_testResult->setProperty("outcome", -1);
    updateEnabledState();
    m_testResult->setText(tr("Testing the connection…"));
    m_tester->test(request);
}

void ConnectionSettingsWidget::onTestFinished(const ConnectionTestResult &result)
{
    if (!m_testRunning)
        return;
    m_testRunning = false;
    m_lastResult = result;
    updateEnabledState();
    m_testResult->setText(describe(result));
    m_testResult->setProperty("outcome", int(result.outcome));
}

QString ConnectionSettingsWidget::describe(const ConnectionTestResult &result) const
{
    using Outcome = ConnectionTestResult::Outcome;
    switch (result.outcome) {
    case Outcome::Success:
        if (result.quotaRemaining)
            return tr("Connected. %1 invoices left in the current package.")
                .arg(QLocale().toString(*result.quotaRemaining));
        return tr("Connected.");
    case Outcome::WrongCredentials:
        return tr("The server rejected the client ID or secret. Check them in your SePay account.");
    case Outcome::NoNetwork:
        return tr("The server cannot be reached. Check the network connection and the server address.");
    case Outcome::ServerError:
        return tr("The server answered with an error: %1").arg(result.detail);
    case Outcome::Other:
        break;
    }
    return tr("The connection test failed: %1").arg(result.detail);
}

} // namespace einvoice
