// invoice replace and invoice adjust of sepay-einvoice-cli: the real binary over loopback against
// a SandboxServer in this process. Every refusal exits 2 and leaves nothing in the request log.

#include "../api/sandboxfixture.h"
#include "clitestsupport.h"

using namespace einvoice;
using namespace einvoice::test;

class TestCliCorrections : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_home->environment();
        e.insert(QStringLiteral("SEPAY_CLIENT_ID"), QStringLiteral("sandbox-client-id"));
        e.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), QStringLiteral("sandbox-client-secret"));
        return e;
    }

    CliRun cli(const QStringList &arguments, const QStringList &global = {})
    {
        return runCli(QStringList {QStringLiteral("--base-url"),
                          m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash)}
                + global + arguments,
            env());
    }

    // A create payload file: one line of quantity x 150,000 at 10 % (a note line for info).
    QString file(const QString &name, const QString &reference, int quantity = 2, bool note = false)
    {
        QJsonObject payload = examplePayload(reference);
        payload.insert(QStringLiteral("is_draft"), false);
        QJsonObject line = payload.value(QLatin1String("items")).toArray().first().toObject();
        line.insert(QStringLiteral("quantity"), quantity);
        if (note)
            line = QJsonObject {{QStringLiteral("line_number"), 1}, {QStringLiteral("line_type"), 4},
                {QStringLiteral("item_name"), QStringLiteral("Sửa địa chỉ người mua")}};
        payload.insert(QStringLiteral("items"), QJsonArray {line});
        return writeJsonFile(m_home->filePath(name + QStringLiteral(".json")), payload);
    }

    void issueOrigin(const QString &reference)
    {
        const CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("create"),
            file(reference, reference), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    int corrections()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/replace")).size()
            + m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size());
    }

    QJsonObject state(const QString &reference)
    {
        return m_sandbox->admin(QStringLiteral("/_sandbox/invoices/") + reference, {}, false);
    }

    static QStringList replace(const QString &origin, const QString &path)
    {
        return {QStringLiteral("invoice"), QStringLiteral("replace"), origin, path, QStringLiteral("--wait")};
    }

    static QStringList adjust(const QString &origin, const QString &path, const QString &type)
    {
        return {QStringLiteral("invoice"), QStringLiteral("adjust"), origin, path, QStringLiteral("--type"),
            type, QStringLiteral("--wait")};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_home = std::make_unique<IsolatedHome>();
        issueOrigin(QStringLiteral("O-1"));
        m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear"));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_home.reset();
    }

    void replace_printsTheShapeOfCreate()
    {
        const CliRun run
            = cli(replace(QStringLiteral("O-1"), file(QStringLiteral("r"), QStringLiteral("R-1"))),
                {QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.isOneJsonDocument());
        const QJsonObject json = run.json();
        for (const char *key : {"reference_code", "tracking_code", "status", "message", "adopted",
                 "invoice_number", "invoice_status"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QLatin1String("reference_code")).toString(), QStringLiteral("R-1"));
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        QCOMPARE(json.value(QLatin1String("invoice_status")).toString(), QStringLiteral("issued"));
        QCOMPARE(
            json.value(QLatin1String("original_invoice_reference_code")).toString(), QStringLiteral("O-1"));
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(), 5);
        QCOMPARE(state(QStringLiteral("R-1")).value(QLatin1String("document_type")).toInt(), 4);
        QCOMPARE(corrections(), 1);
    }

    void replace_generatesAndPrintsAMissingReferenceCode()
    {
        const CliRun run = cli(replace(QStringLiteral("O-1"), file(QStringLiteral("r"), QString())));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("Generated reference code: ")), run.out.constData());
        const QString code
            = out.section(QStringLiteral("Generated reference code: "), 1).section(u'\n', 0, 0).trimmed();
        QCOMPARE(
            state(QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray(), QJsonArray {code});
    }

    // A replacement that says what its origin says is almost always a forgotten correction: the
    // command warns on stderr and otherwise does what it always did; a changed one is not warned
    // about.
    void replace_identicalToTheOrigin_warnsOnStderr()
    {
        const CliRun same
            = cli(replace(QStringLiteral("O-1"), file(QStringLiteral("r"), QStringLiteral("R-1"))));
        QVERIFY2(same.exitCode == 0, same.err.constData());
        QVERIFY2(
            same.err.contains("warning: The replacement is identical to the original invoice O-1: nothing "
                              "was changed"),
            same.err.constData());
        QVERIFY(!same.out.contains("identical"));
        QCOMPARE(corrections(), 1);

        issueOrigin(QStringLiteral("O-2"));
        const CliRun changed
            = cli(replace(QStringLiteral("O-2"), file(QStringLiteral("r2"), QStringLiteral("R-2"), 3)));
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QVERIFY2(!changed.err.contains("identical"), changed.err.constData());
        QCOMPARE(corrections(), 2);
    }

    void adjust_eachType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("documentType");
        QTest::newRow("increase") << QStringLiteral("increase") << 1 << 6;
        QTest::newRow("decrease") << QStringLiteral("decrease") << -1 << 7;
        QTest::newRow("combined") << QStringLiteral("combined") << -1 << 9;
        QTest::newRow("info") << QStringLiteral("info") << 0 << 8;
    }

    void adjust_eachType()
    {
        QFETCH(QString, type);
        QFETCH(int, quantity);
        QFETCH(int, documentType);
        const QString path
            = file(QStringLiteral("a"), QStringLiteral("A-1"), quantity, type == QLatin1String("info"));
        const CliRun run = cli(adjust(QStringLiteral("O-1"), path, type));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("A-1"));
        QCOMPARE(state(QStringLiteral("A-1")).value(QLatin1String("document_type")).toInt(), documentType);
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(), 10);
        const QJsonObject sent
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust"))
                  .first()
                  .toObject()
                  .value(QLatin1String("body"))
                  .toObject();
        QCOMPARE(sent.value(QLatin1String("adjustment_type")).toString(), type);
        QCOMPARE(
            sent.value(QLatin1String("original_invoice_reference_code")).toString(), QStringLiteral("O-1"));
    }

    void refusals_exit2AndSendNothing_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("message"); // part of standard error: says why
        const std::pair<const char *, const char *> rows[] = {
            {"adjust without --type", "--type increase, decrease, combined or info"},
            {"adjust --type bogus", "--type increase, decrease, combined or info"},
            {"replace --type", "--type is for invoice adjust only"},
            {"replace --draft", "cannot be saved as a draft"},
            {"file names another origin", "original_invoice_reference_code O-2"},
            {"file names another type", "adjustment_type decrease"},
            {"decrease that raises", "negative"},
            {"info with an amount", "note lines"},
            {"unknown origin", "No invoice has the reference code NOPE"},
            {"draft origin", "is a draft"},
            {"cancelled origin", "has been cancelled"},
            {"provider status 5", "not been accepted by the tax authority"},
            {"second replacement", "only once"},
            {"adjustment as origin", "itself an adjustment"},
            {"production without --yes", "--yes"},
            {"three arguments", "takes 2 argument"},
            {"the origin's own reference code", "reference code of its own"},
        };
        for (const auto &[scenario, message] : rows)
            QTest::newRow(scenario) << QString::fromLatin1(scenario) << QString::fromLatin1(message);
    }

    void refusals_exit2AndSendNothing()
    {
        QFETCH(QString, scenario);
        const QString o = QStringLiteral("O-1");
        const QString plain = file(QStringLiteral("c"), QStringLiteral("C-1"));
        const QString decrease = file(QStringLiteral("d"), QStringLiteral("C-1"), -1);
        QStringList arguments = replace(o, plain);
        QStringList global;
        if (scenario == QLatin1String("adjust without --type")) {
            arguments = {QStringLiteral("invoice"), QStringLiteral("adjust"), o, plain};
        } else if (scenario == QLatin1String("adjust --type bogus")) {
            arguments = adjust(o, plain, QStringLiteral("bogus"));
        } else if (scenario == QLatin1String("replace --type")) {
            arguments << QStringLiteral("--type") << QStringLiteral("increase");
        } else if (scenario == QLatin1String("replace --draft")) {
            arguments << QStringLiteral("--draft");
        } else if (scenario == QLatin1String("file names another origin")) {
            QJsonObject payload = examplePayload(QStringLiteral("C-1"));
            payload.insert(QStringLiteral("original_invoice_reference_code"), QStringLiteral("O-2"));
            arguments = replace(o, writeJsonFile(m_home->filePath(QStringLiteral("x.json")), payload));
        } else if (scenario == QLatin1String("file names another type")) {
            QJsonObject payload = examplePayload(QStringLiteral("C-1"));
            payload.insert(QStringLiteral("adjustment_type"), QStringLiteral("decrease"));
            arguments = adjust(o, writeJsonFile(m_home->filePath(QStringLiteral("x.json")), payload),
                QStringLiteral("increase"));
        } else if (scenario == QLatin1String("decrease that raises")) {
            arguments = adjust(o, plain, QStringLiteral("decrease"));
        } else if (scenario == QLatin1String("info with an amount")) {
            arguments = adjust(o, plain, QStringLiteral("info"));
        } else if (scenario == QLatin1String("unknown origin")) {
            arguments = replace(QStringLiteral("NOPE"), plain);
        } else if (scenario == QLatin1String("draft origin")) {
            QJsonObject draft = examplePayload(QStringLiteral("D-1"));
            const CliRun created = cli({QStringLiteral("invoice"), QStringLiteral("create"),
                writeJsonFile(m_home->filePath(QStringLiteral("draft.json")), draft),
                QStringLiteral("--wait")});
            QCOMPARE(created.exitCode, 0);
            arguments = adjust(QStringLiteral("D-1"), decrease, QStringLiteral("decrease"));
        } else if (scenario == QLatin1String("cancelled origin")) {
            m_sandbox->admin(QStringLiteral("/_sandbox/invoices/O-1"), {{QStringLiteral("cancelled"), true}});
        } else if (scenario == QLatin1String("provider status 5")) {
            m_sandbox->admin(QStringLiteral("/_sandbox/invoices/O-1"),
                {{QStringLiteral("provider_status"), QStringLiteral("5")}});
            arguments = adjust(o, decrease, QStringLiteral("decrease"));
        } else if (scenario == QLatin1String("second replacement")) {
            QCOMPARE(cli(replace(o, file(QStringLiteral("r"), QStringLiteral("R-1")))).exitCode, 0);
        } else if (scenario == QLatin1String("adjustment as origin")) {
            QCOMPARE(cli(adjust(o, decrease, QStringLiteral("decrease"))).exitCode, 0);
            arguments = replace(QStringLiteral("C-1"), file(QStringLiteral("r"), QStringLiteral("R-9")));
        } else if (scenario == QLatin1String("production without --yes")) {
            global = {QStringLiteral("--env"), QStringLiteral("production")};
        } else if (scenario == QLatin1String("the origin's own reference code")) {
            arguments = replace(o, file(QStringLiteral("same"), o));
        } else if (scenario == QLatin1String("three arguments")) {
            arguments.insert(3, QStringLiteral("extra"));
        }
        const int before = corrections();
        const CliRun run = cli(arguments, global);
        QVERIFY2(
            run.exitCode == 2, qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
        QFETCH(QString, message);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(corrections(), before);
    }

    void secondReplacement_saysWhy()
    {
        QCOMPARE(
            cli(replace(QStringLiteral("O-1"), file(QStringLiteral("r"), QStringLiteral("R-1")))).exitCode,
            0);
        m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear"));
        const CliRun run
            = cli(replace(QStringLiteral("O-1"), file(QStringLiteral("r2"), QStringLiteral("R-2"))),
                {QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.isOneJsonDocument());
        QCOMPARE(run.json().value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("validation"));
        QVERIFY2(run.err.contains("only once"), run.err.constData());
        QVERIFY2(run.err.contains("Nothing was sent"), run.err.constData());
        // Only the origin's detail was read: no POST at all.
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices")).size(), 0);
    }

    void unrefusedExitCodes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("job failed") << QStringLiteral("fail") << 5;
        QTest::newRow("quota exceeded") << QStringLiteral("quota") << 4;
        QTest::newRow("wrong secret") << QStringLiteral("auth") << 3;
        QTest::newRow("production with --yes") << QStringLiteral("production") << 0;
    }

    void unrefusedExitCodes()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QStringList global;
        QProcessEnvironment e = env();
        QString path = file(QStringLiteral("r"), QStringLiteral("R-1"));
        if (scenario == QLatin1String("fail")) {
            QJsonObject payload = examplePayload(QStringLiteral("R-1"), QStringLiteral("Công ty [FAIL]"));
            path = writeJsonFile(m_home->filePath(QStringLiteral("fail.json")), payload);
        } else if (scenario == QLatin1String("quota")) {
            m_sandbox->admin(QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 0}});
        } else if (scenario == QLatin1String("auth")) {
            e.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), QStringLiteral("wrong"));
        } else if (scenario == QLatin1String("production")) {
            global = {QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--yes")};
        }
        const CliRun run = runCli(QStringList {QStringLiteral("--base-url"),
                                      m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash)}
                + global + replace(QStringLiteral("O-1"), path),
            e);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(),
            exitCode == 0 ? 5 : 2);
    }

    void sameFileAgain_isAdoptedAndAnEditedOneRefused()
    {
        const QStringList first = adjust(QStringLiteral("O-1"),
            file(QStringLiteral("a"), QStringLiteral("A-1"), 1), QStringLiteral("increase"));
        QVERIFY2(cli(first).exitCode == 0, "first run");
        const CliRun again = cli(first, {QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().value(QLatin1String("adopted")).toBool(), true);
        // The file edited (3 instead of 1) and run under the same reference code.
        const CliRun edited = cli(adjust(QStringLiteral("O-1"),
            file(QStringLiteral("a"), QStringLiteral("A-1"), 3), QStringLiteral("increase")));
        QCOMPARE(edited.exitCode, 1);
        QVERIFY2(edited.err.contains("A-1") && edited.err.contains("quantity"), edited.err.constData());
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray(),
            QJsonArray {QStringLiteral("A-1")});
        QCOMPARE(state(QStringLiteral("A-1")).value(QLatin1String("document_type")).toInt(), 6);
    }

    void droppedConnection_endsAsExactlyOneCorrection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("replace") << QStringLiteral("/v1/invoices/replace");
        QTest::newRow("adjust") << QStringLiteral("/v1/invoices/adjust");
    }

    void droppedConnection_endsAsExactlyOneCorrection()
    {
        QFETCH(QString, path);
        m_sandbox->faults({{QStringLiteral("drop_next"), 1}, {QStringLiteral("next_path"), path}});
        const bool replacing = path.endsWith(QLatin1String("replace"));
        const CliRun run = cli(replacing
                ? replace(QStringLiteral("O-1"), file(QStringLiteral("r"), QStringLiteral("C-1")))
                : adjust(QStringLiteral("O-1"), file(QStringLiteral("d"), QStringLiteral("C-1"), -1),
                    QStringLiteral("decrease")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The dropped one, and the one after proof that it never arrived: the same reference code.
        const QStringList posted = m_sandbox->postedReferenceCodes(path);
        QVERIFY(posted.size() >= 2);
        QCOMPARE(posted.count(QStringLiteral("C-1")), posted.size());
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray(),
            QJsonArray {QStringLiteral("C-1")});
        QCOMPARE(m_sandbox->admin(QStringLiteral("/_sandbox/faults"), {}, false)
                     .value(QLatin1String("drop_next"))
                     .toInt(),
            0);
    }

    void killedRun_isFollowedUpByRunningItAgain()
    {
        // The job stays pending while the first run waits; it is killed once its POST has arrived.
        m_sandbox->settings({{QStringLiteral("job_pending_polls"), 1000}});
        const QString path = file(QStringLiteral("d"), QString(), -1);
        const QStringList arguments = QStringList {QStringLiteral("--base-url"),
                                          m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash)}
            + adjust(QStringLiteral("O-1"), path, QStringLiteral("decrease"));
        QProcess first;
        first.setProcessEnvironment(env());
        first.setStandardInputFile(QProcess::nullDevice());
        first.start(QStringLiteral(CLI_PATH), arguments);
        QVERIFY(first.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/adjust/check/")).size()
                >= 2,
            20000);
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(
            state(QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(), 2); // not settled yet
        m_sandbox->settings({{QStringLiteral("job_pending_polls"), 1}});
        // The same command again (the file has no reference code, so a new one is generated), but
        // the earlier request of this origin is followed up instead of sending a second adjustment.
        const CliRun again = runCli(QStringList {QStringLiteral("--json")} + arguments, env());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().value(QLatin1String("resumed")).toBool(), true);
        QCOMPARE(
            m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size(), 1);
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray().size(), 1);
        QCOMPARE(state(QStringLiteral("O-1")).value(QLatin1String("document_type")).toInt(), 10);
    }
    // Two adjustments of one origin at once, each without a reference code (two terminals, or the
    // app and a script): the second is refused while the first is under way; one is sent.
    void adjust_whileAnotherRunCorrectsTheOrigin_isRefusedAndSendsNothing()
    {
        m_sandbox->settings({{QStringLiteral("job_pending_polls"), 60}});
        QProcess first;
        first.setProcessEnvironment(env());
        first.setProgram(QStringLiteral(CLI_PATH));
        first.setArguments(QStringList {QStringLiteral("--base-url"),
                               m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash)}
            + adjust(
                QStringLiteral("O-1"), file(QStringLiteral("a1"), QString()), QStringLiteral("increase")));
        first.setStandardInputFile(QProcess::nullDevice());
        first.start();
        QVERIFY(first.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(corrections(), 1, 20000); // the first is now waiting for its job
        const CliRun second = cli(
            adjust(QStringLiteral("O-1"), file(QStringLiteral("a2"), QString()), QStringLiteral("increase")));
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains("being sent right now"), second.err.constData());
        QCOMPARE(corrections(), 1);
        QVERIFY(QTest::qWaitFor([&first] { return first.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(first.exitCode(), 0);
        // Once it has ended the origin may be adjusted again (A5).
        m_sandbox->settings({{QStringLiteral("job_pending_polls"), 0}});
        const CliRun third = cli(
            adjust(QStringLiteral("O-1"), file(QStringLiteral("a3"), QString()), QStringLiteral("increase")));
        QVERIFY2(third.exitCode == 0, third.err.constData());
        QCOMPARE(corrections(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_clicorrections.moc"
