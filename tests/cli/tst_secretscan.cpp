// Proves that the client secret leaks nowhere: not in any file the CLI wrote under its HOME and
// XDG folders, not in its standard output or error (with every einvoice log category on), and
// not in any log line or error text of an in-process SepayClient run.

#include "../api/keyringrequirement.h"
#include "../api/sandboxfixture.h"
#include "api/createinvoiceoperation.h"
#include "api/invoicelistjob.h"
#include "api/issueinvoiceoperation.h"
#include "clitestsupport.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QUuid>

using namespace einvoice;
using namespace einvoice::test;

namespace {

const QString ClientId = QStringLiteral("scan-client-id");
const QString Secret = QStringLiteral("Zq7-SECRET-") + QUuid::createUuid().toString(QUuid::Id128);

// Every form in which the secret could leak.
QList<QByteArray> needles()
{
    const QByteArray secret = Secret.toUtf8();
    const QByteArray basic = QByteArray(ClientId.toUtf8() + ':' + secret).toBase64();
    return {secret, secret.toBase64(), basic, QByteArray("Basic ") + basic, secret.toPercentEncoding()};
}

QString leakIn(const QByteArray &haystack)
{
    for (const QByteArray &needle : needles()) {
        if (haystack.contains(needle))
            return QString::fromLatin1(needle);
    }
    return QString();
}

QMutex logMutex;
QStringList captured;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    captured.append(
        QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

SandboxConfig scanConfig()
{
    SandboxConfig config;
    config.clientId = ClientId;
    config.clientSecret = Secret;
    return config;
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cli_fullFlowLeavesTheSecretNowhere()
    {
        EINVOICE_REQUIRE_KEYRING();
        SandboxFixture sandbox(scanConfig());
        IsolatedHome home;
        const QString base = sandbox.baseUrl().toString(QUrl::StripTrailingSlash);
        QProcessEnvironment quiet = home.environment();
        quiet.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("einvoice.*=true"));
        QProcessEnvironment withSecret = quiet;
        withSecret.insert(QStringLiteral("SEPAY_CLIENT_ID"), ClientId);
        withSecret.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), Secret);

        const QString file = writeJsonFile(
            home.filePath(QStringLiteral("invoice.json")), examplePayload(QStringLiteral("SCAN-1")));
        const QString pdf = home.filePath(QStringLiteral("data/SCAN-1.pdf"));
        const QList<QPair<QStringList, QProcessEnvironment>> steps {
            {{QStringLiteral("login")}, withSecret},
            {{QStringLiteral("invoice"), QStringLiteral("create"), file, QStringLiteral("--wait")}, quiet},
            {{QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("issue"),
                 QStringLiteral("SCAN-1"), QStringLiteral("--wait")},
                quiet},
            {{QStringLiteral("invoice"), QStringLiteral("download"), QStringLiteral("SCAN-1"),
                 QStringLiteral("--type"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                quiet},
            {{QStringLiteral("invoice"), QStringLiteral("list")}, withSecret},
            {{QStringLiteral("logout")}, quiet},
        };
        for (const auto &[arguments, env] : steps) {
            const CliRun run = runCli(QStringList {QStringLiteral("--base-url"), base} + arguments, env);
            QVERIFY2(run.exitCode == 0,
                qPrintable(
                    arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(leakIn(run.out).isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(leakIn(run.err).isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY(!run.err.isEmpty() || !run.out.isEmpty());
        }
        QVERIFY(QFileInfo::exists(pdf));

        int files = 0;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QString leak = leakIn(f.readAll());
            QVERIFY2(leak.isEmpty(), qPrintable(f.fileName() + QLatin1String(" contains the secret")));
            ++files;
        }
        QVERIFY(files >= 2); // at least the invoice file and the downloaded PDF
    }

    void cli_wrongSecretErrorDoesNotEchoIt()
    {
        SandboxFixture sandbox(scanConfig());
        IsolatedHome home;
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("einvoice.*=true"));
        env.insert(QStringLiteral("SEPAY_CLIENT_ID"), ClientId);
        env.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), Secret + QStringLiteral("-wrong"));
        const CliRun run
            = runCli({QStringLiteral("--base-url"), sandbox.baseUrl().toString(QUrl::StripTrailingSlash),
                         QStringLiteral("--json"), QStringLiteral("usage")},
                env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(leakIn(run.out).isEmpty());
        QVERIFY(leakIn(run.err).isEmpty());
    }

    void client_logLinesAndErrorsNeverCarryTheSecret()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("einvoice.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        {
            SandboxFixture sandbox(scanConfig());
            auto client = sandbox.client();
            Invoice invoice = sampleInvoice(QStringLiteral("SCAN-INPROC-1"));
            invoice.invoiceSeries = QStringLiteral("C") + seriesYear() + QStringLiteral("TAA");
            invoice.issuedAt = QDateTime(QDate::currentDate(), QTime(0, 0, 1));
            auto *create = client->createInvoice(invoice, true);
            bool created = false;
            QVERIFY(finish(create, [&] { created = create->succeeded(); }));
            QVERIFY(created);
            sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
            sandbox.faults({{QStringLiteral("error_next"), 1}});
            auto *issue = client->issueInvoice(QStringLiteral("SCAN-INPROC-1"), true);
            QVERIFY(finish(issue, [] {}));

            client->setCredentials(Credentials {ClientId, Secret + QStringLiteral("-wrong")});
            auto *refused = client->listInvoices();
            QString errorText;
            QVERIFY(finish(refused, [&] { errorText = refused->error().text(); }));
            QVERIFY(!errorText.isEmpty());
            QVERIFY2(leakIn(errorText.toUtf8()).isEmpty(), qPrintable(errorText));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&logMutex);
        QVERIFY2(captured.size() > 3, "einvoice logging produced nothing to scan");
        bool sawApi = false;
        for (const QString &line : std::as_const(captured)) {
            QVERIFY2(leakIn(line.toUtf8()).isEmpty(), qPrintable(line.left(80)));
            sawApi = sawApi || line.startsWith(QLatin1String("einvoice.api"));
        }
        QVERIFY(sawApi);
    }
};

QTEST_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
