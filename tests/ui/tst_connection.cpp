// The main window against real servers: the embedded Demo server and a SandboxServer on loopback,
// credentials in a fake secret store.
#include "accounts/provideraccountsmodel.h"
#include "accounts/templatesmodel.h"
#include "desktoptestsupport.h"
#include "sandbox/sandboxserver.h"
#include "session/connection.h"
#include "support/fakesecretstore.h"
#include "ui/accounts/provideraccountspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"
#include "ui/shell/mainwindow.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int netTimeoutMs = 15000;

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, EnvironmentKind choice)
{
    const int index = combo->findData(int(choice));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestConnection : public DesktopTest
{
    Q_OBJECT

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    void startApp() { startDesktop(desktopOptions()); }
    QLabel *label(QWidget *parent, const char *name) const
    {
        return parent->findChild<QLabel *>(QLatin1String(name));
    }

private Q_SLOTS:
    void init() { resetDesktop(); }
    void cleanup() { stopDesktop(); }

    void firstRun_connectsToDemo_andShowsLiveData()
    {
        startApp();
        QVERIFY(window()->isDemoBannerShown());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        QVERIFY(m_app->connection()->quotaRemaining().has_value());
        QVERIFY(label(window(), "quotaLabel")
                    ->text()
                    .contains(QString::number(*m_app->connection()->quotaRemaining())));
        QVERIFY(m_questions.asked.isEmpty());
        QCOMPARE(m_secrets->readCount(), 0); // Demo asks for no credentials

        window()->setCurrentPage(Page::ProviderAccounts);
        ProviderAccountsPage *page = window()->providerAccountsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->accountsModel()->rowCount() > 0, netTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->templatesModel()->rowCount() > 0, netTimeoutMs);
        QVERIFY(!page->templatesModel()->index(0, TemplatesModel::SeriesColumn).data().toString().isEmpty());
    }

    void testConnection_demo_succeeds()
    {
        startApp();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        SettingsDialog *dialog = window()->openSettings();
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        QLabel *result = label(dialog, "testResultLabel");
        QTRY_COMPARE_WITH_TIMEOUT(
            result->property("outcome").toInt(), int(ConnectionTestResult::Outcome::Success), netTimeoutMs);
    }

    void credentials_andTestConnection_againstSandboxServer()
    {
        SandboxConfig config;
        SandboxServer server(config);
        QVERIFY(server.listen());
        startApp();
        SettingsDialog *dialog = window()->openSettings();
        choose(dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo")), EnvironmentKind::Custom);
        typeInto(
            dialog->findChild<QLineEdit *>(QStringLiteral("customUrlEdit")), server.baseUrl().toString());
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
        auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QLabel *result = label(dialog, "testResultLabel");

        typeInto(clientId, config.clientId);
        typeInto(secret, QStringLiteral("wrong-secret"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(result->property("outcome").toInt(),
            int(ConnectionTestResult::Outcome::WrongCredentials), netTimeoutMs);
        QVERIFY(!result->text().contains(QLatin1String("wrong-secret")));

        typeInto(secret, config.clientSecret);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            result->property("outcome").toInt(), int(ConnectionTestResult::Outcome::Success), netTimeoutMs);
        QVERIFY2(result->text().contains(QString::number(config.initialQuota)), qPrintable(result->text()));

        dialog->accept();
        QTRY_COMPARE(m_app->settings()->environment(), EnvironmentKind::Custom);
        QVERIFY(m_secrets->writeCount() >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        QVERIFY(!window()->isDemoBannerShown());
        // Issue 16.14: a custom server is named in a banner.
        auto *banner = window()->findChild<QWidget *>(QStringLiteral("demoBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(window()
                    ->findChild<QLabel *>(QStringLiteral("demoBannerText"))
                    ->text()
                    .contains(m_app->settings()->customUrl().toHtmlEscaped()));

        m_qsettings->sync();
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(config.clientSecret.toUtf8()));
    }

    void testConnection_unreachableServer_saysNetwork()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        startApp();
        SettingsDialog *dialog = window()->openSettings();
        choose(dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo")), EnvironmentKind::Custom);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("customUrlEdit")),
            QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), QStringLiteral("id"));
        typeInto(
            dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit")), QStringLiteral("secret"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(label(dialog, "testResultLabel")->property("outcome").toInt(),
            int(ConnectionTestResult::Outcome::NoNetwork), netTimeoutMs);
    }

    void sandboxWithoutCredentials_isNotConnected()
    {
        startApp();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionState::Connected, netTimeoutMs);
        QSignalSpy clients(m_app->connection(), &Connection::clientChanged);
        window()->requestEnvironment(EnvironmentKind::Sandbox);
        QTRY_COMPARE(m_app->connection()->state(), ConnectionState::NotConnected);
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().at(0).value<SepayClient *>(), nullptr);
        QVERIFY(m_app->connection()->client() == nullptr);
        QVERIFY(!m_app->connection()->quotaRemaining().has_value());
    }

    void noKeychain_dialogSaysSessionOnly()
    {
        m_secrets->setUnavailable(true);
        startApp();
        SettingsDialog *dialog = window()->openSettings();
        QVERIFY(label(dialog, "sessionOnlyNote")->isVisible());
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
