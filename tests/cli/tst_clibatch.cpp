// Issue 14, the batch command: the real sepay-einvoice-cli against a SandboxServer in this
// process. A changed invoice is refused (exit 2, nothing sent) unless --as-new; exit codes by
// precedence; a busy server's wait is shown, and above the cap the invoices are kept for later.

#include "../api/sandboxfixture.h"
#include "../batch/identityfixture.h"
#include "batch/batchoutcome.h"
#include "cli/batchreport.h"
#include "clitestsupport.h"

#include <QElapsedTimer>

using namespace einvoice;
using namespace einvoice::test;

Q_DECLARE_METATYPE(einvoice::BatchFailure)

class TstCliBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;

    CliRun batch(const QString &file, const QStringList &more = {})
    {
        const QProcessEnvironment env = m_home->environment(
            QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret"));
        return runCli(QStringList {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
                          QStringLiteral("--json"), QStringLiteral("batch"), m_home->filePath(file),
                          QStringLiteral("--yes")}
                + more,
            env, 90000);
    }

    void write(const QString &file, const QByteArray &bytes)
    {
        QFile out(m_home->filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }

    int posts(const QString &path) { return int(m_sandbox->requests(QStringLiteral("POST"), path).size()); }

    void clearRequests() { m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear")); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(jobsEnding(0, 0));
        m_home = std::make_unique<IsolatedHome>();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_home.reset();
    }

    // A row changed after its invoice was issued: refused with exit 2, the row and key named and
    // nothing sent; --as-new issues exactly one new invoice; the run after that sends nothing.
    void changedInvoice_refusedUnlessAsNew()
    {
        QList<IdentityRow> rows = identityRows(3);
        write(QStringLiteral("t5.csv"), identityCsv(rows));
        CliRun run = batch(QStringLiteral("t5.csv"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        rows[0].quantity = QStringLiteral("4"); // HD0, line 2 of the file
        write(
            QStringLiteral("t5.csv"), identityCsv(rows, CsvStyle {u';', true, QStringLiteral("\r\n"), true}));
        clearRequests();
        run = batch(QStringLiteral("t5.csv"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.isOneJsonDocument());
        const QJsonObject error = run.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("conflict"));
        const QString message = error.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("line 2")) && message.contains(QLatin1String("HD0")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("--as-new")), qPrintable(message));
        QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);

        run = batch(QStringLiteral("t5.csv"), {QStringLiteral("--as-new")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 1);
        QCOMPARE(run.json().value(QLatin1String("done_now")).toInt(), 1);
        QCOMPARE(run.json().value(QLatin1String("done_earlier")).toInt(), 2);
        clearRequests();
        run = batch(QStringLiteral("t5.csv"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);
        QVERIFY(run.err.contains("All 3 invoice(s) are done (3 by an earlier run)."));
    }

    // Session 28: the corrected row alone in a copy of an issued file ("cli1-chi-HD2.csv"):
    // refused with exit 2 naming the earlier file and key, nothing sent; --as-new sends exactly
    // that one; the run after that sends nothing.
    void correctedCopy_refusedUnlessAsNew()
    {
        QList<IdentityRow> rows = identityRows(4);
        write(QStringLiteral("cli1.csv"), identityCsv(rows));
        CliRun run = batch(QStringLiteral("cli1.csv"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        rows[3].quantity = QStringLiteral("8"); // HD2, one line
        write(QStringLiteral("cli1-chi-HD2.csv"), identityCsv(rows.mid(3, 1)));
        clearRequests();
        run = batch(QStringLiteral("cli1-chi-HD2.csv"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.isOneJsonDocument());
        const QJsonObject error = run.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("conflict"));
        const QString message = error.value(QLatin1String("message")).toString();
        for (const char *part : {"key HD2", "\"cli1.csv\"", "invoice number", "content has changed"})
            QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
        QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);

        run = batch(QStringLiteral("cli1-chi-HD2.csv"), {QStringLiteral("--as-new")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 1);
        clearRequests();
        run = batch(QStringLiteral("cli1-chi-HD2.csv"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);
    }

    void exitCode_followsTheFailures_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("creates");
        QTest::newRow("all issued") << QString() << 0 << 4;
        QTest::newRow("quota smaller than the file") << QStringLiteral("quota") << 4 << 0;
        QTest::newRow("a job failed") << QStringLiteral("fail") << 5 << 4;
        QTest::newRow("server busy for an hour") << QStringLiteral("busy") << 1 << 0;
    }

    void exitCode_followsTheFailures()
    {
        QFETCH(QString, setup);
        QFETCH(int, exitCode);
        QFETCH(int, creates);
        QList<IdentityRow> rows = identityRows(4);
        if (setup == QLatin1String("fail"))
            rows[1].buyer = QStringLiteral("Công ty [FAIL]");
        write(QStringLiteral("e.csv"), identityCsv(rows));
        if (setup == QLatin1String("quota"))
            m_sandbox->admin(QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 3}});
        if (setup == QLatin1String("busy"))
            m_sandbox->faults(
                {{QStringLiteral("rate_limit_rate"), 1.0}, {QStringLiteral("retry_after_seconds"), 3600}});
        QElapsedTimer timer;
        timer.start();
        const CliRun run = batch(QStringLiteral("e.csv"));
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), creates);
        QVERIFY(run.isOneJsonDocument());
        QCOMPARE(run.json().value(QLatin1String("all_done")).toBool(), exitCode == 0);
        QCOMPARE(run.json().value(QLatin1String("summary")).toString().startsWith(QLatin1String("All")),
            exitCode == 0);
        if (setup == QLatin1String("busy")) {
            QVERIFY2(
                timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed()))); // no hour of silence
            QVERIFY2(run.err.contains("asks to wait 60 minute"), run.err.constData());
            // Said once: the command's own line, not again as a library warning.
            QVERIFY2(run.err.count("asks to wait 60 minute") == 1, run.err.constData());
            // Kept: once the server answers again, the next run sends every invoice once.
            m_sandbox->faults({{QStringLiteral("rate_limit_rate"), 0.0}});
            clearRequests();
            const CliRun later = batch(QStringLiteral("e.csv"));
            QVERIFY2(later.exitCode == 0, later.err.constData());
            QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 4);
        }
    }

    // A short Retry-After is waited, and the wait is said on standard error.
    void serverBusy_waitIsShown()
    {
        write(QStringLiteral("w.csv"), identityCsv(identityRows(2)));
        m_sandbox->faults(
            {{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 2}});
        const CliRun run = batch(QStringLiteral("w.csv"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("server busy, retrying in 2 s"), run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 2);
    }

    // When several failures happen, the exit code follows one order: refused credentials (3),
    // the quota (4), anything to run again (1), failed jobs (5); 0 only when all are done.
    void exitCodePrecedence_data()
    {
        QTest::addColumn<QList<BatchFailure>>("failures");
        QTest::addColumn<int>("exitCode");
        using F = BatchFailure;
        QTest::newRow("all done") << QList<F> {F::None, F::None} << 0;
        QTest::newRow("job") << QList<F> {F::None, F::Job} << 5;
        QTest::newRow("job and no answer") << QList<F> {F::Job, F::Network} << 1;
        QTest::newRow("busy and job") << QList<F> {F::Busy, F::Job} << 1;
        QTest::newRow("job and quota") << QList<F> {F::Job, F::Quota, F::Network} << 4;
        QTest::newRow("quota and credentials") << QList<F> {F::Quota, F::Auth} << 3;
    }

    void exitCodePrecedence()
    {
        QFETCH(QList<BatchFailure>, failures);
        QFETCH(int, exitCode);
        QList<BatchItemResult> results;
        for (const BatchFailure failure : failures) {
            BatchItemResult result;
            result.status = failure == BatchFailure::None ? BatchItemStatus::Done : BatchItemStatus::Failed;
            result.failure = failure;
            results.append(result);
        }
        QCOMPARE(int(BatchReport::exitCode(BatchOutcome::of(results))), exitCode);
        // A skipped invoice is not "all done", even with no failure.
        BatchItemResult skipped;
        skipped.status = BatchItemStatus::Skipped;
        QCOMPARE(int(BatchReport::exitCode(BatchOutcome::of({skipped}))), 1);
    }
};

QTEST_GUILESS_MAIN(TstCliBatch)
#include "tst_clibatch.moc"
