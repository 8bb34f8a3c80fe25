// Issue 14: two real sepay-einvoice-cli batch processes started together on one outbox, many
// times, on a fresh outbox (both create and migrate the file at once) and on an existing one.
// One run per file at a time: the second waits for the first and then finds every invoice done.
// The request log counts exactly one create per invoice, and both processes tell the truth.

#include "../api/sandboxfixture.h"
#include "../cli/clitestsupport.h"
#include "identityfixture.h"

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int Rounds = 20;
constexpr int Invoices = 8;

} // namespace

class TstBatchProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoProcesses_startedTogether_sendEachInvoiceOnce()
    {
        const SandboxConfig config = jobsEnding(0, 0);
        SandboxFixture sandbox(config);
        std::unique_ptr<IsolatedHome> home;
        for (int round = 0; round < Rounds; ++round) {
            if (round % 5 == 0)
                home = std::make_unique<IsolatedHome>(); // a fresh outbox, then four rounds on it
            const QString csvPath = home->filePath(QStringLiteral("round-%1.csv").arg(round));
            QFile file(csvPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(identityCsv(identityRows(Invoices, QStringLiteral("R%1-").arg(round))));
            file.close();
            const QProcessEnvironment env = home->environment(config.clientId, config.clientSecret);
            sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));

            const QStringList arguments {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                QStringLiteral("--json"), QStringLiteral("batch"), csvPath, QStringLiteral("--yes")};
            QProcess first;
            QProcess second;
            for (QProcess *process : {&first, &second}) {
                process->setProcessEnvironment(env);
                process->setStandardInputFile(QProcess::nullDevice());
                process->start(QStringLiteral(CLI_PATH), arguments);
            }
            QVERIFY(first.waitForStarted(10000) && second.waitForStarted(10000));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning;
                },
                60000));
            int doneNow = 0;
            for (QProcess *process : {&first, &second}) {
                const QByteArray err = process->readAllStandardError();
                const QJsonObject result = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
                const QString where
                    = QStringLiteral("round %1, exit %2: ").arg(round).arg(process->exitCode())
                    + QString::fromUtf8(err).replace(u'\n', QStringLiteral(" | "));
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                    qPrintable(where));
                QVERIFY2(result.value(QLatin1String("all_done")).toBool(), qPrintable(where));
                QCOMPARE(result.value(QLatin1String("done")).toInt(), Invoices);
                doneNow += result.value(QLatin1String("done_now")).toInt();
            }
            QCOMPARE(doneNow, Invoices);
            QCOMPARE(
                int(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size()),
                Invoices);
        }
    }
};

QTEST_GUILESS_MAIN(TstBatchProcesses)
#include "tst_batchprocesses.moc"
