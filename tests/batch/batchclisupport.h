#pragma once

// The kill test's view of the real sepay-einvoice-cli (CLI_PATH): a private HOME with XDG folders
// and a run that keeps the event loop turning (the in-process sandbox answers meanwhile).

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace einvoice::test {

struct BatchCliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class BatchCliHome
{
public:
    BatchCliHome()
    {
        for (const char *sub : {"data", "config", "cache"})
            QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
    }

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
        return env;
    }

private:
    QTemporaryDir m_dir;
};

inline BatchCliRun runBatchCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CLI_PATH), arguments);
    BatchCliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace einvoice::test
