// The real sepay-einvoice-cli batch, killed with SIGKILL at deterministic pseudo-random points
// and restarted: in the end every invoice of the file exists exactly once on the server, issued.

#include "../api/sandboxfixture.h"
#include "../cli/clitestsupport.h"
#include "api/invoicedetailjob.h"
#include "api/invoicelistjob.h"
#include "batchfixture.h"
#include "identityfixture.h"

#include <QHash>
#include <QRandomGenerator>

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int InvoiceCount = 40;

} // namespace

class TstBatchKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kill_restartsEndWithEveryInvoiceOnceIssued()
    {
        const SandboxConfig config = jobsEnding(1, 30);
        SandboxFixture sandbox(config);
        IsolatedHome home;
        const QString csvPath = home.filePath(QStringLiteral("batch.csv"));
        {
            QFile file(csvPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(todayBatchCsv(InvoiceCount));
        }
        const QProcessEnvironment env = home.environment(config.clientId, config.clientSecret);
        const QStringList arguments {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
            QStringLiteral("--json"), QStringLiteral("batch"), csvPath, QStringLiteral("--yes"),
            QStringLiteral("--concurrency"), QStringLiteral("4")};

        QRandomGenerator random(20260109);
        for (int kill = 0; kill < 3; ++kill) {
            // Progress lines (one per count change) before the kill; a few dozen happen per run.
            const int afterLines = int(random.bounded(3, 25));
            QVERIFY2(runCliAndKill(arguments, env, afterLines), qPrintable(QString::number(kill)));
        }
        const CliRun last = runCli(arguments, env, 120000);
        QVERIFY2(!last.crashed && last.exitCode == 0, last.err.constData());
        QCOMPARE(last.json().value(QLatin1String("done")).toInt(), InvoiceCount);

        auto client = sandbox.client();
        const QHash<QString, QList<InvoiceStatus>> server = serverInvoiceStatuses(*client);
        for (int i = 0; i < InvoiceCount; ++i) {
            const QString reference = QStringLiteral("K") + QString::number(i) + QStringLiteral("-REF");
            const QList<InvoiceStatus> found = server.value(reference);
            QVERIFY2(found.size() == 1, qPrintable(reference + u' ' + QString::number(found.size())));
            QCOMPARE(found.first(), InvoiceStatus::Issued);
        }
        QCOMPARE(server.size(), InvoiceCount);
    }

    // Issue 14: between the kills the file changes as people change it: a row of an invoice not
    // sent yet is edited, invoices are added, the line ends and the separator change. The
    // reference codes come from the file name and the keys. In the end every invoice exists
    // exactly once, with the content the file has last.
    void kill_editAndResaveBetweenRuns_everyInvoiceOnce()
    {
        const SandboxConfig config = jobsEnding(1, 30);
        SandboxFixture sandbox(config);
        IsolatedHome home;
        const QString csvPath = home.filePath(QStringLiteral("HoaDon-T12.csv"));
        QList<IdentityRow> rows = identityRows(InvoiceCount);
        const QProcessEnvironment env = home.environment(config.clientId, config.clientSecret);
        const QStringList arguments {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
            QStringLiteral("--json"), QStringLiteral("batch"), csvPath, QStringLiteral("--yes"),
            QStringLiteral("--concurrency"), QStringLiteral("4")};
        const int last = int(rows.size()) - 2; // the head row of the last invoice (two lines): sent last
        QRandomGenerator random(20261204);
        for (int kill = 0; kill < 3; ++kill) {
            CsvStyle style;
            style.lineEnd = kill % 2 == 0 ? QStringLiteral("\r\n") : QStringLiteral("\n");
            style.separator = kill == 1 ? u';' : u',';
            writeFile(csvPath, identityCsv(rows, style));
            const int afterLines = kill == 0 ? 3 : int(random.bounded(3, 12));
            QVERIFY2(runCliAndKill(arguments, env, afterLines), qPrintable(QString::number(kill)));
            if (kill == 0)
                rows[last].quantity = QStringLiteral("9"); // not sent yet: its new content is sent
            rows.append({QStringLiteral("MOI-%1").arg(kill), QStringLiteral("Khách mới %1").arg(kill),
                QStringLiteral("Chuột"), QStringLiteral("1"), QStringLiteral("90000")});
        }
        writeFile(csvPath, identityCsv(rows));
        const CliRun done = runCli(arguments, env, 120000);
        QVERIFY2(!done.crashed && done.exitCode == 0, done.err.constData());
        QVERIFY2(done.err.contains("Resuming the interrupted run of HoaDon-T12.csv"), done.err.constData());
        const int expected = InvoiceCount + 3;
        QCOMPARE(done.json().value(QLatin1String("done")).toInt(), expected);

        auto client = sandbox.client();
        const QHash<QString, QList<InvoiceStatus>> server = serverInvoiceStatuses(*client);
        QCOMPARE(server.size(), expected);
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            QVERIFY2(it.value() == QList<InvoiceStatus> {InvoiceStatus::Issued}, qPrintable(it.key()));
        const QJsonArray invoices = done.json().value(QLatin1String("invoices")).toArray();
        QString lastReference;
        for (const QJsonValue &invoice : invoices) {
            if (invoice.toObject().value(QLatin1String("key")).toString() == rows.at(last).key)
                lastReference = invoice.toObject().value(QLatin1String("reference_code")).toString();
        }
        QVERIFY(!lastReference.isEmpty());
        // 9 x 150,000 at 10 % and 1 x 50,000 at 8 %: the content the file had when it was sent.
        QCOMPARE(totalOf(*client, lastReference), Decimal::fromInteger(1485000 + 54000));
    }

    // A run of another file says which file an interrupted run left unfinished, and leaves it:
    // running that file again finishes it.
    void kill_otherFilesUnfinishedAreNamed()
    {
        const SandboxConfig config = jobsEnding(1, 30);
        SandboxFixture sandbox(config);
        IsolatedHome home;
        const QProcessEnvironment env = home.environment(config.clientId, config.clientSecret);
        const auto arguments = [&](const QString &file) {
            return QStringList {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
                QStringLiteral("batch"), home.filePath(file), QStringLiteral("--yes"),
                QStringLiteral("--concurrency"), QStringLiteral("2")};
        };
        writeFile(home.filePath(QStringLiteral("A.csv")),
            identityCsv(identityRows(InvoiceCount, QStringLiteral("A"))));
        writeFile(home.filePath(QStringLiteral("B.csv")), identityCsv(identityRows(2, QStringLiteral("B"))));
        QVERIFY(runCliAndKill(arguments(QStringLiteral("A.csv")), env, 4));
        const CliRun other = runCli(arguments(QStringLiteral("B.csv")), env);
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QVERIFY2(other.err.contains("of an interrupted run of A.csv are unfinished"), other.err.constData());
        const CliRun finished = runCli(arguments(QStringLiteral("A.csv")), env, 120000);
        QVERIFY2(finished.exitCode == 0, finished.err.constData());
        auto client = sandbox.client();
        const QHash<QString, QList<InvoiceStatus>> server = serverInvoiceStatuses(*client);
        QCOMPARE(server.size(), InvoiceCount + 2);
        for (const QList<InvoiceStatus> &statuses : server)
            QCOMPARE(statuses.size(), 1);
    }

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qWarning() << "cannot write" << path;
        file.write(bytes);
    }

    static Decimal totalOf(SepayClient &client, const QString &referenceCode)
    {
        Decimal total;
        auto *job = client.invoice(referenceCode);
        if (!finish(job, [&] { total = job->invoice().summary.totalAmount; }))
            qWarning() << "no detail for" << referenceCode;
        return total;
    }
};

QTEST_GUILESS_MAIN(TstBatchKill)
#include "tst_batchkill.moc"
