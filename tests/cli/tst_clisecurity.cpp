// The command line against what a hostile or careless server or user hands it (issue 21): file
// names from the server never become dot-files or paths outside the chosen folder, an existing
// file is replaced only with --force, a file that is not what it claims is not written, a base URL
// with credentials is refused before anything is stored, the outbox is owner-only, and a
// reference code that already holds another invoice is reported, not adopted. The real binary.

#include "../api/sandboxfixture.h"
#include "../testfiles.h"
#include "clitestsupport.h"

#include <QDirIterator>

using namespace einvoice;
using namespace einvoice::test;

namespace {

const QByteArray UrlSecret = "S3cr3t-in-the-url";

} // namespace

class TestCliSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;
    QString m_work; // the folder the CLI runs in

    QString url() const { return m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_home->environment();
        e.insert(QStringLiteral("SEPAY_CLIENT_ID"), QStringLiteral("sandbox-client-id"));
        e.insert(QStringLiteral("SEPAY_CLIENT_SECRET"), QStringLiteral("sandbox-client-secret"));
        return e;
    }

    CliRun cli(const QStringList &arguments)
    {
        return runCli(QStringList {QStringLiteral("--base-url"), url()} + arguments, env(), 60000, m_work);
    }

    CliRun create(const QString &reference, const QString &buyer, bool json = false)
    {
        const QString file = writeJsonFile(
            m_home->filePath(reference + buyer + QStringLiteral(".json")), examplePayload(reference, buyer));
        QStringList arguments {QStringLiteral("invoice"), QStringLiteral("create"), file,
            QStringLiteral("--draft"), QStringLiteral("--wait")};
        if (json)
            arguments.prepend(QStringLiteral("--json"));
        return cli(arguments);
    }

    CliRun download(const QString &type, const QStringList &more = {})
    {
        return cli(QStringList {QStringLiteral("invoice"), QStringLiteral("download"),
                       QStringLiteral("SEC-DL-1"), QStringLiteral("--type"), type}
            + more);
    }

    int downloadRequests()
    {
        return int(
            m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/SEC-DL-1/download"))
                .size());
    }

private Q_SLOTS:
    void init()
    {
        SandboxConfig config;
        config.allowDraftDownload = true;
        m_sandbox = std::make_unique<SandboxFixture>(config);
        m_home = std::make_unique<IsolatedHome>();
        m_work = m_home->filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(m_work));
        const CliRun created = create(QStringLiteral("SEC-DL-1"), QStringLiteral("Cong ty A"));
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_home.reset();
    }

    void download_serverFileName_becomesAPlainFileInTheFolder_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QString>("written");
        QTest::newRow("dot-file") << QStringLiteral(".bashrc") << QStringLiteral("bashrc.pdf");
        QTest::newRow("parent folder") << QStringLiteral("../../escape.pdf") << QStringLiteral("escape.pdf");
        QTest::newRow("absolute path") << QStringLiteral("/etc/cron.d/job") << QStringLiteral("job.pdf");
        QTest::newRow("device name") << QStringLiteral("CON") << QStringLiteral("_CON.pdf");
        QTest::newRow("control characters") << QStringLiteral("a\nb\tc.pdf") << QStringLiteral("abc.pdf");
    }

    void download_serverFileName_becomesAPlainFileInTheFolder()
    {
        QFETCH(QString, serverName);
        QFETCH(QString, written);
        const DesktopUmask umask; // the CLI inherits it
        QVERIFY(writeFile(QDir(m_work).filePath(QStringLiteral(".bashrc")), "original"));
        const QStringList homeBefore = QDir(m_home->path()).entryList(QDir::AllEntries | QDir::Hidden);
        m_sandbox->faults({{QStringLiteral("download_file_name"), serverName}});
        const CliRun run = download(QStringLiteral("pdf"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString path = QDir(m_work).filePath(written);
        QVERIFY2(readFile(path).startsWith("%PDF-"),
            qPrintable(QDir(m_work).entryList(QDir::Files | QDir::Hidden).join(u' ')));
        QCOMPARE(modeOf(path), 0600); // the buyer's details
        QCOMPARE(readFile(QDir(m_work).filePath(QStringLiteral(".bashrc"))), QByteArray("original"));
        QCOMPARE(QDir(m_work).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QCOMPARE(QDir(m_home->path()).entryList(QDir::AllEntries | QDir::Hidden), homeBefore);
    }

    void download_existingFile_isReplacedOnlyWithForce()
    {
        m_sandbox->faults({{QStringLiteral("download_file_name"), QStringLiteral("invoice.pdf")}});
        const QString path = QDir(m_work).filePath(QStringLiteral("invoice.pdf"));
        QVERIFY(writeFile(path, "mine"));
        CliRun run = download(QStringLiteral("pdf"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--force"), run.err.constData());
        QCOMPARE(readFile(path), QByteArray("mine"));

        run = download(QStringLiteral("pdf"), {QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readFile(path).startsWith("%PDF-"));
        QCOMPARE(modeOf(path), 0600);
    }

    void download_outputThatExists_isRefusedBeforeDownloading()
    {
        const QString path = QDir(m_work).filePath(QStringLiteral("chosen.xml"));
        QVERIFY(writeFile(path, "mine"));
        CliRun run = download(QStringLiteral("xml"), {QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--force"), run.err.constData());
        QCOMPARE(downloadRequests(), 0);
        QCOMPARE(readFile(path), QByteArray("mine"));
        run = download(QStringLiteral("xml"), {QStringLiteral("-o"), path, QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readFile(path).startsWith("<?xml"));

        run = download(QStringLiteral("xml"), {QStringLiteral("-o"), m_home->path()}); // a folder
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(readFile(m_home->filePath(QStringLiteral("HD_0000000_")
                             + QDate::currentDate().toString(u"yyyyMMdd") + QStringLiteral(".xml")))
                    .startsWith("<?xml"));
    }

    void download_contentOfTheWrongKind_isNotWritten_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("html as pdf") << QStringLiteral("pdf") << QStringLiteral("<html>login</html>")
                                     << QByteArray("not a PDF");
        QTest::newRow("script as pdf")
            << QStringLiteral("pdf") << QStringLiteral("#!/bin/sh\nrm -rf ~") << QByteArray("not a PDF");
        QTest::newRow("broken xml") << QStringLiteral("xml") << QStringLiteral("<a><b></a>")
                                    << QByteArray("not well-formed XML");
        QTest::newRow("text as xml") << QStringLiteral("xml") << QStringLiteral("export PATH=/tmp")
                                     << QByteArray("not well-formed XML");
    }

    void download_contentOfTheWrongKind_isNotWritten()
    {
        QFETCH(QString, type);
        QFETCH(QString, content);
        QFETCH(QByteArray, reason);
        m_sandbox->faults({{QStringLiteral("download_content"), content}});
        const CliRun run = download(type);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QCOMPARE(QDir(m_work).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void baseUrl_withCredentials_isRefusedAndKeptNowhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString url = QStringLiteral("URL");
        QTest::newRow("custom") << QStringList {QStringLiteral("--base-url"), url, QStringLiteral("usage")};
        QTest::newRow("sandbox") << QStringList {QStringLiteral("--env"), QStringLiteral("sandbox"),
            QStringLiteral("--base-url"), url, QStringLiteral("accounts"), QStringLiteral("list")};
        QTest::newRow("batch") << QStringList {QStringLiteral("--base-url"), url, QStringLiteral("batch"),
            QStringLiteral("BATCH"), QStringLiteral("--account"), SandboxSeeder::ActiveAccountId,
            QStringLiteral("--yes")};
    }

    void baseUrl_withCredentials_isRefusedAndKeptNowhere()
    {
        QFETCH(QStringList, arguments);
        arguments.replace(arguments.indexOf(QStringLiteral("URL")),
            QStringLiteral("http://my-client:") + QString::fromLatin1(UrlSecret) + u'@'
                + m_sandbox->baseUrl().authority());
        if (const qsizetype at = arguments.indexOf(QStringLiteral("BATCH")); at >= 0) {
            const QString csv = m_home->filePath(QStringLiteral("mau.csv"));
            QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("-o"), csv}, env()).exitCode, 0);
            arguments.replace(at, csv);
        }
        const int before = int(m_sandbox->requests().size());
        const CliRun run = runCli(arguments, env(), 60000, m_work);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("must not contain"), run.err.constData());
        QVERIFY(!run.err.contains(UrlSecret) && !run.out.contains(UrlSecret));
        QCOMPARE(int(m_sandbox->requests().size()), before);
        QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!file.contains(QLatin1String("outbox")), qPrintable(file));
            QVERIFY2(!readFile(file).contains(UrlSecret), qPrintable(file));
        }
    }

    // The batch outbox is in the local database the app shares (issue 15): it and its folder too.
    void batch_outboxAndItsFolderAreOwnerOnly()
    {
        const DesktopUmask umask;
        const QString csv = m_home->filePath(QStringLiteral("mau.csv"));
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("-o"), csv}, env()).exitCode, 0);
        const CliRun run = cli({QStringLiteral("batch"), csv, QStringLiteral("--account"),
            SandboxSeeder::ActiveAccountId, QStringLiteral("--draft"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QDirIterator databases(m_home->filePath(QStringLiteral("data")), {QStringLiteral("einvoice.sqlite*")},
            QDir::Files, QDirIterator::Subdirectories);
        int found = 0;
        while (databases.hasNext()) {
            const QString file = databases.next();
            QCOMPARE(modeOf(file), 0600);
            QCOMPARE(modeOf(QFileInfo(file).path()), 0700); // the app's data folder, created by the CLI
            ++found;
        }
        QVERIFY(found >= 1);
    }

    void create_takenReferenceWithOtherContent_isReportedNotAdopted()
    {
        CliRun run = create(QStringLiteral("SEC-DL-1"), QStringLiteral("Cong ty B"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("SEC-DL-1") && run.err.contains("Buyer name"), run.err.constData());
        QVERIFY(!run.out.contains("already existed"));

        run = create(QStringLiteral("SEC-DL-1"), QStringLiteral("Cong ty B"), true);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject error = run.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("REFERENCE_CODE_CONFLICT"));

        run = create(QStringLiteral("SEC-DL-1"), QStringLiteral("  cong TY a ")); // the same invoice
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("already existed"), run.out.constData());
        QCOMPARE(
            m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 4);
    }
};

QTEST_MAIN(TestCliSecurity)
#include "tst_clisecurity.moc"
