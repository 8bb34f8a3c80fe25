// The sepay-sandbox program: its first line names the URL, then the credentials; it serves them.

#include "sandboxprocess.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class SandboxProgramTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void program_printsListeningLineThenCredentialsAndServes()
    {
        QProcess process;
        process.start(QStringLiteral(SEPAY_SANDBOX_PATH),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--client-id"),
                QStringLiteral("cli-id"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY(process.waitForStarted());
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        while (process.bytesAvailable() == 0 || !process.canReadLine())
            QVERIFY(output.wait(10000));
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression pattern(QStringLiteral("^Listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const QRegularExpressionMatch match = pattern.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        while (!process.canReadLine() || process.peek(4096).count('\n') < 2)
            QVERIFY(output.wait(10000));
        QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(), QStringLiteral("client_id: cli-id"));
        QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(),
            QStringLiteral("client_secret: sandbox-client-secret"));

        SandboxTestClient client(QUrl(match.captured(1)));
        const auto token = client.call("POST", QStringLiteral("/v1/token"), QByteArray(),
            client.basic(QStringLiteral("cli-id"), QStringLiteral("sandbox-client-secret")));
        QCOMPARE(token.status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }

    void program_limitOptions_areApplied()
    {
        QProcess process;
        const QUrl url = startSandboxProgram(process,
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--max-body-bytes"),
                QStringLiteral("1000"), QStringLiteral("--log-entries"), QStringLiteral("2")});
        QVERIFY(url.isValid());
        SandboxTestClient client(url);
        QCOMPARE(client.call("POST", QStringLiteral("/v1/token"), QByteArray(1000, 'x')).status, 400);
        const auto tooLarge = client.call("POST", QStringLiteral("/v1/token"), QByteArray(1001, 'x'));
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.errorCode(), QStringLiteral("PAYLOAD_TOO_LARGE"));
        for (int i = 0; i < 4; ++i)
            client.call("GET", QStringLiteral("/v1/usage"));
        const auto log = client.admin("GET", QStringLiteral("/_sandbox/requests"));
        QCOMPARE(log.json.value(QLatin1String("requests")).toArray().size(), 2);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }

    void program_badLimit_isRefusedNamingTheOption()
    {
        QProcess process;
        process.start(
            QStringLiteral(SEPAY_SANDBOX_PATH), {QStringLiteral("--max-connections"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(
            QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("--max-connections")));
    }

    void program_providerStatusOptions_areAppliedAndCheckedNamingTheOption()
    {
        QProcess process;
        const QUrl url = startSandboxProgram(process,
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--provider-delay-ms"),
                QStringLiteral("5000"), QStringLiteral("--provider-outcome"),
                QStringLiteral("not_eligible")});
        QVERIFY(url.isValid());
        SandboxTestClient client(url);
        const QJsonObject settings = client.admin("GET", QStringLiteral("/_sandbox/settings")).json;
        QCOMPARE(settings.value(QLatin1String("provider_status_delay_ms")).toInt(), 5000);
        QCOMPARE(settings.value(QLatin1String("provider_status_outcome")).toString(),
            QStringLiteral("not_eligible"));
        process.terminate();
        QVERIFY(process.waitForFinished(5000));

        QProcess refused;
        refused.start(
            QStringLiteral(SEPAY_SANDBOX_PATH), {QStringLiteral("--provider-outcome"), QStringLiteral("4")});
        QVERIFY(refused.waitForFinished(10000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(
            QString::fromUtf8(refused.readAllStandardError()).contains(QLatin1String("--provider-outcome")));
    }
};

QTEST_MAIN(SandboxProgramTest)
#include "tst_sandboxprogram.moc"
