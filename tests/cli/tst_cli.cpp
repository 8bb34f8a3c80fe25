// Every command and exit code of sepay-einvoice-cli: the real binary over loopback against a
// SandboxServer in this process, each run with its own HOME and XDG folders.

#include "../api/keyringrequirement.h"
#include "../api/sandboxfixture.h"
#include "clitestsupport.h"

#include <QRegularExpression>

using namespace einvoice;
using namespace einvoice::test;

namespace {

QString url(const SandboxFixture &sandbox)
{
    return sandbox.baseUrl().toString(QUrl::StripTrailingSlash);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;

    QProcessEnvironment env(const QString &secret = QStringLiteral("sandbox-client-secret")) const
    {
        QProcessEnvironment e = m_home->environment();
        e.insert(QStringLiteral("SEPAY_CLIENT_ID"), QStringLiteral("sandbox-client-id"));
        e.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), secret);
        return e;
    }

    // Runs the CLI against the sandbox (--base-url first, then arguments).
    CliRun cli(const QStringList &arguments)
    {
        return runCli(QStringList {QStringLiteral("--base-url"), url(*m_sandbox)} + arguments, env());
    }

    QString invoiceFile(const QString &reference, const QString &buyer = QString(), bool draft = true)
    {
        QJsonObject payload = examplePayload(reference, buyer);
        payload.insert(QStringLiteral("is_draft"), draft);
        return writeJsonFile(m_home->filePath(reference + QStringLiteral(".json")), payload);
    }

    int creates()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size());
    }

    void createDraft(const QString &reference)
    {
        const CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("create"), invoiceFile(reference),
            QStringLiteral("--draft"), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

private Q_SLOTS:
    void init()
    {
        SandboxConfig config;
        config.seedInvoices = 12;
        m_sandbox = std::make_unique<SandboxFixture>(config);
        m_home = std::make_unique<IsolatedHome>();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_home.reset();
    }

    void accounts_listAndShow()
    {
        CliRun run = cli({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.isOneJsonDocument(), run.out.constData());
        QVERIFY(run.out.contains(SandboxSeeder::ActiveAccountId.toLatin1()));
        run = cli({QStringLiteral("accounts"), QStringLiteral("show"), SandboxSeeder::ActiveAccountId});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("matbao"), run.out.constData());
        run = cli({QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("no-such-account")});
        QCOMPARE(run.exitCode, 1);
    }

    void create_withoutReferencePrintsTheGeneratedOne()
    {
        const CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("create"), invoiceFile(QString()),
            QStringLiteral("--draft"), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QRegularExpression generated(QStringLiteral("Generated reference code: ([0-9a-f-]{36})"));
        const auto match = generated.match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        const QJsonArray posts
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        QCOMPARE(posts.size(), 1);
        const CliRun get = cli({QStringLiteral("invoice"), QStringLiteral("get"), match.captured(1)});
        QVERIFY2(get.exitCode == 0, get.err.constData());
    }

    void flow_createIssueGetDownloadDelete()
    {
        const QString ref = QStringLiteral("CLI-FLOW-1");
        CliRun run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("create"),
            invoiceFile(ref), QStringLiteral("--draft"), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.isOneJsonDocument());
        QCOMPARE(run.json().value(QLatin1String("reference_code")).toString(), ref);
        QCOMPARE(run.json().value(QLatin1String("status")).toString(), QStringLiteral("Success"));

        run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("issue"), ref,
            QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.isOneJsonDocument());
        QVERIFY(!run.json().value(QLatin1String("invoice_number")).toString().isEmpty());
        QVERIFY(run.json().value(QLatin1String("invoice_number")).toString() != QLatin1String("0"));

        run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("get"), ref});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.isOneJsonDocument());
        QVERIFY(run.out.contains(ref.toLatin1()));

        const QString pdf = m_home->filePath(QStringLiteral("out.pdf"));
        const QString xml = m_home->filePath(QStringLiteral("out.xml"));
        run = cli({QStringLiteral("invoice"), QStringLiteral("download"), ref, QStringLiteral("--type"),
            QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("invoice"), QStringLiteral("download"), ref, QStringLiteral("--type"),
            QStringLiteral("xml"), QStringLiteral("-o"), xml});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile pdfFile(pdf), xmlFile(xml);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly) && xmlFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(xmlFile.read(5) == "<?xml");
        QCOMPARE(creates(), 1);
    }

    void delete_draftWithYes()
    {
        const QString ref = QStringLiteral("CLI-DELETE-1");
        createDraft(ref);
        CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("delete"), ref, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("invoice"), QStringLiteral("get"), ref});
        QCOMPARE(run.exitCode, 1);
    }

    void status_createAndIssueByTrackingCode()
    {
        const QString ref = QStringLiteral("CLI-STATUS-1");
        CliRun run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("create"),
            invoiceFile(ref), QStringLiteral("--draft")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString tracking = run.json().value(QLatin1String("tracking_code")).toString();
        QVERIFY2(!tracking.isEmpty(), run.out.constData());
        QVERIFY(QTest::qWaitFor(
            [&] {
                const CliRun status = cli({QStringLiteral("--json"), QStringLiteral("invoice"),
                    QStringLiteral("status"), QStringLiteral("create"), tracking});
                return status.exitCode == 0 && status.isOneJsonDocument()
                    && status.json().value(QLatin1String("status")).toString() == QLatin1String("Success");
            },
            20000));
        run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("issue"), ref});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString issueTracking = run.json().value(QLatin1String("tracking_code")).toString();
        QVERIFY2(!issueTracking.isEmpty(), run.out.constData());
        run = cli(
            {QStringLiteral("invoice"), QStringLiteral("status"), QStringLiteral("issue"), issueTracking});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains(ref.toLatin1()));
    }

    void list_allWalksEveryPage()
    {
        CliRun run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
            QStringLiteral("--all"), QStringLiteral("--per-page"), QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.isOneJsonDocument());
        QCOMPARE(run.json().value(QLatin1String("total")).toInt(), 12);
        QCOMPARE(run.json().value(QLatin1String("items")).toArray().size(), 12);
        QCOMPARE(m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices")).size(), 3);

        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--page"),
            QStringLiteral("2"), QStringLiteral("--per-page"), QStringLiteral("5"),
            QStringLiteral("--source"), QStringLiteral("api")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Page 2 of"), run.out.constData());
    }

    void usage_printsQuota()
    {
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("usage")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.isOneJsonDocument(), run.out.constData());
        QVERIFY(run.out.contains("500"));
    }

    void template_writesAFileThatBatchIssues()
    {
        const QString path = m_home->filePath(QStringLiteral("mau.csv"));
        const CliRun written = runCli(
            {QStringLiteral("--json"), QStringLiteral("template"), QStringLiteral("-o"), path}, env());
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QCOMPARE(written.json().value(QLatin1String("path")).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF")); // BOM: Excel opens it as UTF-8

        const CliRun withoutAccount = cli({QStringLiteral("batch"), path, QStringLiteral("--yes")});
        QCOMPARE(withoutAccount.exitCode, 2);
        QVERIFY2(withoutAccount.err.contains("--account"), withoutAccount.err.constData());
        QCOMPARE(creates(), 0);

        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("batch"), path,
            QStringLiteral("--account"), SandboxSeeder::ActiveAccountId, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QLatin1String("done")).toInt(), 2);
        QCOMPARE(creates(), 2);
    }

    void exit1_serverUnreachable()
    {
        const QString gone = url(*m_sandbox);
        m_sandbox.reset();
        const CliRun run = runCli({QStringLiteral("--base-url"), gone, QStringLiteral("--json"),
                                      QStringLiteral("accounts"), QStringLiteral("list")},
            env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.isOneJsonDocument(), run.out.constData());
        QVERIFY(run.json().contains(QLatin1String("error")));
    }

    void exit1_serverErrors()
    {
        m_sandbox->faults({{QStringLiteral("error_rate"), 1.0}});
        const CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
    }

    void exit2_usageOrValidationSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("invoice"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--colour"), QStringLiteral("usage")};
        QTest::newRow("bad type") << QStringList {QStringLiteral("invoice"), QStringLiteral("download"),
            QStringLiteral("X"), QStringLiteral("--type"), QStringLiteral("doc")};
        QTest::newRow("bad page") << QStringList {
            QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--page"), QStringLiteral("0")};
        QTest::newRow("missing file") << QStringList {
            QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("/nonexistent/invoice.json")};
        QTest::newRow("invalid invoice")
            << QStringList {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("INVALID")};
        QTest::newRow("http to a remote host") << QStringList {
            QStringLiteral("--base-url"), QStringLiteral("http://example.com"), QStringLiteral("usage")};
    }

    void exit2_usageOrValidationSendsNothing()
    {
        QFETCH(QStringList, arguments);
        if (arguments.contains(QStringLiteral("INVALID"))) {
            QJsonObject payload = examplePayload(QStringLiteral("CLI-INVALID"));
            payload.insert(QStringLiteral("items"), QJsonArray());
            payload.insert(QStringLiteral("buyer"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("company")},
                    {QStringLiteral("name"), QStringLiteral("X")},
                    {QStringLiteral("tax_code"), QStringLiteral("123")}});
            arguments.replace(arguments.indexOf(QStringLiteral("INVALID")),
                writeJsonFile(m_home->filePath(QStringLiteral("invalid.json")), payload));
        }
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(m_sandbox->requests(QString(), QStringLiteral("/v1/")).size(), 0);
    }

    void exit2_productionWriteWithoutYesRefusesBeforeNetwork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("create") << QStringList {
            QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("FILE")};
        QTest::newRow("issue") << QStringList {
            QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("R1")};
        QTest::newRow("delete") << QStringList {
            QStringLiteral("invoice"), QStringLiteral("delete"), QStringLiteral("R1")};
    }

    void exit2_productionWriteWithoutYesRefusesBeforeNetwork()
    {
        QFETCH(QStringList, arguments);
        if (const qsizetype at = arguments.indexOf(QStringLiteral("FILE")); at >= 0)
            arguments.replace(at, invoiceFile(QStringLiteral("CLI-PROD-1")));
        const CliRun run
            = cli(QStringList {QStringLiteral("--env"), QStringLiteral("production")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--yes"), run.err.constData());
        QCOMPARE(m_sandbox->requests(QString(), QStringLiteral("/v1/")).size(), 0);
    }

    void production_writeWithYesIsSent()
    {
        const CliRun run = cli({QStringLiteral("--env"), QStringLiteral("production"),
            QStringLiteral("invoice"), QStringLiteral("create"), invoiceFile(QStringLiteral("CLI-PROD-2")),
            QStringLiteral("--draft"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(creates(), 1);
    }

    void exit3_wrongSecret()
    {
        const CliRun run = runCli({QStringLiteral("--base-url"), url(*m_sandbox), QStringLiteral("accounts"),
                                      QStringLiteral("list")},
            env(QStringLiteral("wrong-secret")));
        QCOMPARE(run.exitCode, 3);
    }

    void exit4_quotaExceeded()
    {
        createDraft(QStringLiteral("CLI-QUOTA-DRAFT"));
        m_sandbox->admin(QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 0}});
        CliRun run = cli({QStringLiteral("invoice"), QStringLiteral("create"),
            invoiceFile(QStringLiteral("CLI-QUOTA-1"), QString(), false), QStringLiteral("--wait")});
        QCOMPARE(run.exitCode, 4);
        run = cli({QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("CLI-QUOTA-DRAFT"),
            QStringLiteral("--wait")});
        QCOMPARE(run.exitCode, 4);
    }

    void exit5_jobFailed()
    {
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("create"),
            invoiceFile(QStringLiteral("CLI-FAIL-1"), QStringLiteral("Cong ty [FAIL]"), false),
            QStringLiteral("--wait")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.isOneJsonDocument());
        QCOMPARE(run.json().value(QLatin1String("status")).toString(), QStringLiteral("Failed"));
    }

    void login_storesInKeychainAndLogoutRemoves()
    {
        EINVOICE_REQUIRE_KEYRING();
        const QString base = url(*m_sandbox);
        CliRun run = runCli({QStringLiteral("--base-url"), base, QStringLiteral("login")}, env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Without the variables the stored credentials are used.
        run = runCli({QStringLiteral("--base-url"), base, QStringLiteral("accounts"), QStringLiteral("list")},
            m_home->environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("--base-url"), base, QStringLiteral("logout")}, m_home->environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("--base-url"), base, QStringLiteral("accounts"), QStringLiteral("list")},
            m_home->environment());
        QCOMPARE(run.exitCode, 3);
    }

    void login_wrongSecretIsNotStored()
    {
        const CliRun run = runCli({QStringLiteral("--base-url"), url(*m_sandbox), QStringLiteral("login")},
            env(QStringLiteral("wrong-secret")));
        QCOMPARE(run.exitCode, 3);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
