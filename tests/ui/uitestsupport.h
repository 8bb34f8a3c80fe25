#pragma once

// Test seams shared by the GUI tests: a connection tester and an accounts source that answer what
// the test scripts, and settings in a temporary file. Questions are answered by ScriptedQuestions.

#include "accounts/accountssource.h"
#include "session/connectiontester.h"
#include "settings/appsettings.h"
#include "support/scriptedquestions.h"
#include "ui/shell/shellservices.h"

#include <QList>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace einvoice::test {

class ScriptedConnectionTester : public ConnectionTester
{
public:
    ConnectionTestResult nextResult;
    QList<ConnectionTestRequest> requests;

    void test(const ConnectionTestRequest &request) override
    {
        requests.append(request);
        const ConnectionTestResult result = nextResult;
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
    }
};

class ScriptedAccountsSource : public AccountsSource
{
public:
    QList<ProviderAccount> accounts; // full records, templates included
    int listCalls = 0;
    QStringList detailCalls;
    QString failWith;

    void fetchAccounts() override
    {
        ++listCalls;
        QTimer::singleShot(0, this, [this] {
            if (!failWith.isEmpty()) {
                Q_EMIT failed(failWith);
                return;
            }
            QList<ProviderAccount> list = accounts;
            for (ProviderAccount &account : list)
                account.templates.clear(); // the list endpoint has no templates
            Q_EMIT accountsFetched(list);
        });
    }
    void fetchAccount(const QString &id) override
    {
        detailCalls.append(id);
        QTimer::singleShot(0, this, [this, id] {
            for (const ProviderAccount &account : std::as_const(accounts)) {
                if (account.id == id) {
                    Q_EMIT accountFetched(account);
                    return;
                }
            }
            Q_EMIT accountFailed(id, QStringLiteral("not found"));
        });
    }
};

// Settings in a file of a private temporary directory; reopen() reads the file afresh.
class TempSettings
{
public:
    TempSettings() { reopen(); }

    AppSettings *settings() const { return m_app.get(); }
    QString fileName() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    void reopen()
    {
        m_app.reset();
        m_qsettings = std::make_unique<QSettings>(fileName(), QSettings::IniFormat);
        m_app = std::make_unique<AppSettings>(m_qsettings.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_app;
};

inline QList<ProviderAccount> sampleAccounts()
{
    ProviderAccount matbao;
    matbao.id = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
    matbao.provider = QStringLiteral("matbao");
    matbao.active = true;
    matbao.templates = {{QStringLiteral("1"), QStringLiteral("C26TAA"),
                            QStringLiteral("1 - C26TAA - Hóa đơn giá trị gia tăng")},
        {QStringLiteral("2"), QStringLiteral("C26TBB"), QStringLiteral("2 - C26TBB - Hóa đơn bán hàng")}};
    ProviderAccount bkav;
    bkav.id = QStringLiteral("7f3e9a10-1a2b-11f1-9c3d-0242ac120002");
    bkav.provider = QStringLiteral("bkav");
    bkav.active = false;
    bkav.taxAuthorityApprovedDate = QDate(2026, 3, 1);
    bkav.templates = {{QStringLiteral("1"), QStringLiteral("C26TCC"),
        QStringLiteral("1 - C26TCC - Hóa đơn giá trị gia tăng")}};
    return {matbao, bkav};
}

// The services of most shell tests: their temporary settings, scripted questions and credentials.
inline ShellServices shellServices(
    const TempSettings &settings, ScriptedQuestions &questions, CredentialsBackend *credentials = nullptr)
{
    ShellServices services;
    services.settings = settings.settings();
    services.questions = &questions;
    services.credentials = credentials;
    return services;
}

} // namespace einvoice::test
