#include "settingsdialog.h"

#include "connectionsettingswidget.h"
#include "generalsettingswidget.h"
#include "sellersettingswidget.h"
#include "session/credentialsbackend.h"
#include "settings/appsettings.h"
#include "ui/common/dialogbuttons.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace einvoice {

SettingsDialog::SettingsDialog(AppSettings *settings, Questions *questions, CredentialsBackend *credentials,
    ConnectionTester *tester, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_connection = new ConnectionSettingsWidget(settings, questions, credentials, tester, m_tabs);
    m_general = new GeneralSettingsWidget(settings, questions, m_tabs);
    m_seller = new SellerSettingsWidget(settings, settings->environmentId().key(), m_tabs);
    m_tabs->addTab(m_connection, QString());
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_seller, QString());
    // "Your company" follows the environment chosen on the Connection tab.
    connect(
        m_connection, &ConnectionSettingsWidget::environmentChosen, m_seller, [this](EnvironmentKind choice) {
            m_seller->showEnvironment(EnvironmentId(choice, QUrl(m_connection->customUrl())).key());
        });
    layout->addWidget(m_tabs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    QPalette errorColours = m_error->palette();
    errorColours.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorColours);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new DialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_credentials, &CredentialsBackend::writeFinished, this, &SettingsDialog::onWriteFinished);
    retranslateUi();
    resize(560, 480);
}

void SettingsDialog::offerLearnedSeller(const std::function<SellerProfile(const QString &)> &learned)
{
    m_seller->setLearnedSeller(learned);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_connection), tr("Connection"));
    m_tabs->setTabText(m_tabs->indexOf(m_general), tr("General"));
    m_tabs->setTabText(m_tabs->indexOf(m_seller), tr("Your company"));
}

void SettingsDialog::accept()
{
    const std::pair<QWidget *, QString> checks[]
        = {{m_connection, m_connection->validationError()}, {m_seller, m_seller->validationError()}};
    for (const auto &[tab, error] : checks) {
        if (!error.isEmpty()) {
            m_tabs->setCurrentWidget(tab); // where the field named is
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    m_error->hide(); // what it said is fixed
    const auto edited = m_connection->editedCredentials();
    if (edited.isEmpty()) {
        applyPlainSettings();
        return;
    }
    // Credentials of a custom server are scoped by its address: store the address first.
    m_settings->setCustomUrl(m_connection->customUrl());
    m_writeFailed = false;
    m_buttons->setEnabled(false);
    for (auto it = edited.cbegin(); it != edited.cend(); ++it)
        m_pendingWrites.insert(int(it.key()));
    for (auto it = edited.cbegin(); it != edited.cend(); ++it)
        m_credentials->write(it.key(), it.value());
}

void SettingsDialog::onWriteFinished(EnvironmentKind environment, bool ok, const QString &error)
{
    if (!m_pendingWrites.remove(int(environment)))
        return;
    if (!ok) {
        m_writeFailed = true;
        m_error->setText(tr("The credentials could not be saved: %1").arg(error));
        m_error->show();
    }
    if (!m_pendingWrites.isEmpty())
        return;
    m_buttons->setEnabled(true);
    if (!m_writeFailed)
        applyPlainSettings();
}

void SettingsDialog::applyPlainSettings()
{
    m_settings->setCustomUrl(m_connection->customUrl());
    m_settings->setEnvironment(m_connection->environment());
    m_general->apply(m_settings);
    m_seller->apply(m_settings, m_settings->environmentId().key());
    m_settings->sync();
    QDialog::accept();
}

} // namespace einvoice
