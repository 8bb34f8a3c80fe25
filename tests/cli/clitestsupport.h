#pragma once

// Shared by the command-line tests: runs the real sepay-einvoice-cli binary (CLI_PATH) against a
// SandboxServer in the test process, each run in an isolated HOME / XDG folder tree, without
// blocking the event loop the server needs. Header-only; every test binary includes it once.

#include "sandbox/sandboxseeder.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace einvoice::test {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool isOneJsonDocument() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && document.isObject();
    }
};

// A private HOME with XDG data/config/cache folders inside it.
class IsolatedHome
{
public:
    IsolatedHome()
    {
        for (const char *sub : {"data", "config", "cache"})
            QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
    }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SEPAY_EINVOICE_POLL_INTERVAL_MS"), QStringLiteral("20"));
        env.insert(QStringLiteral("SEPAY_EINVOICE_WAIT_TIMEOUT_MS"), QStringLiteral("20000"));
        env.remove(QStringLiteral("SEPAY_CLIENT_ID"));
        env.remove(QStringLiteral("SEPAY_CLIENT_SECRET"));
        return env;
    }

    // The same with credentials for the server in the environment.
    QProcessEnvironment environment(const QString &clientId, const QString &clientSecret) const
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("SEPAY_CLIENT_ID"), clientId);
        env.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), clientSecret);
        return env;
    }

private:
    QTemporaryDir m_dir;
};

// Runs the CLI with arguments and env; the event loop keeps turning (the sandbox answers).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000,
    const QString &workingDirectory = QString())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.setProgram(QStringLiteral(CLI_PATH));
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000)) {
        qWarning() << "cannot start" << CLI_PATH << process.errorString();
        return run;
    }
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        qWarning() << "CLI timed out:" << arguments;
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QString seriesYear()
{
    return QDate::currentDate().toString(QStringLiteral("yy"));
}

// The create payload of the contract (sepay-api.md §5.4), adapted to the sandbox's seeded active
// account and its VAT template.
inline QJsonObject examplePayload(const QString &referenceCode, const QString &buyerName = QString())
{
    const QDateTime issued(QDate::currentDate(), QTime(0, 0, 1));
    QJsonObject buyer {{QStringLiteral("type"), QStringLiteral("company")},
        {QStringLiteral("name"), buyerName.isEmpty() ? QStringLiteral("Cong ty Mau") : buyerName},
        {QStringLiteral("legal_name"), QStringLiteral("CONG TY TNHH MAU")},
        {QStringLiteral("tax_code"), QStringLiteral("0312456782")},
        {QStringLiteral("address"), QStringLiteral("1 Duong So 1, Quan 1, TP.HCM")},
        {QStringLiteral("email"), QStringLiteral("ketoan@example.com")}};
    QJsonArray items {QJsonObject {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 1},
        {QStringLiteral("item_code"), QStringLiteral("A1")},
        {QStringLiteral("item_name"), QStringLiteral("Widget")},
        {QStringLiteral("unit"), QStringLiteral("cai")}, {QStringLiteral("quantity"), 2},
        {QStringLiteral("unit_price"), 150000}, {QStringLiteral("tax_rate"), 10}}};
    QJsonObject payload {{QStringLiteral("template_code"), QStringLiteral("1")},
        {QStringLiteral("invoice_series"),
            QString(QStringLiteral("C") + seriesYear() + QStringLiteral("TAA"))},
        {QStringLiteral("issued_date"), issued.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("currency"), QStringLiteral("VND")},
        {QStringLiteral("provider_account_id"), SandboxSeeder::ActiveAccountId},
        {QStringLiteral("payment_method"), QStringLiteral("CK")}, {QStringLiteral("is_draft"), true},
        {QStringLiteral("buyer"), buyer}, {QStringLiteral("items"), items},
        {QStringLiteral("notes"), QStringLiteral("Order 123")}};
    if (!referenceCode.isEmpty())
        payload.insert(QStringLiteral("reference_code"), referenceCode);
    return payload;
}

inline QString writeJsonFile(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qWarning() << "cannot write" << path;
    file.write(QJsonDocument(object).toJson());
    return path;
}

// Starts the CLI and SIGKILLs it once its standard error has afterLines progress lines.
// Returns false when the run ended before it could be killed (the kill point was too late).
inline bool runCliAndKill(const QStringList &arguments, const QProcessEnvironment &env, int afterLines)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return false;
    QByteArray err;
    const bool reached = QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            return err.count("queued ") >= afterLines || process.state() == QProcess::NotRunning;
        },
        60000);
    const bool running = process.state() == QProcess::Running;
    process.kill();
    process.waitForFinished(5000);
    if (!reached || !running)
        qWarning() << "not killed mid-run after" << afterLines << "lines:" << err;
    return reached && running;
}

} // namespace einvoice::test
