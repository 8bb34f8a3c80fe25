// Issue 20: a workbook's sheets are batch sources of their own. Two monthly sheets that reuse the
// same invoice keys are both issued, each invoice once; the real sepay-einvoice-cli against a
// sandbox in this process does what an accountant does with the workbook: runs a sheet again,
// re-saves it in LibreOffice, renames a sheet, adds one, is interrupted and runs again. The rules
// of which source a sheet has are checked on a real store as well.

#include "../api/sandboxfixture.h"
#include "../cli/clitestsupport.h"
#include "batch/batchsheetsource.h"
#include "batchfixture.h"
#include "identityfixture.h"
#include "store/batchidentityrepository.h"

using namespace einvoice;
using namespace einvoice::test;

namespace {

// Opened in LibreOffice and saved again as .xlsx, in place.
bool libreOfficeResave(const QString &book, const QString &home)
{
    const QString out = home + QStringLiteral("/resaved");
    QDir().mkpath(out);
    QProcess soffice;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // its own profile
    soffice.setProcessEnvironment(env);
    soffice.start(QStringLiteral("soffice"),
        {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
            QStringLiteral("--outdir"), out, book});
    if (!soffice.waitForFinished(120000) || soffice.exitCode() != 0)
        return false;
    const QString resaved = out + u'/' + QFileInfo(book).fileName();
    return QFile::remove(book) && QFile::rename(resaved, book);
}

} // namespace

class TstBatchSheets : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;

    QStringList arguments(const QString &book, const QString &sheet) const
    {
        QStringList list {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(),
            QStringLiteral("batch"), book, QStringLiteral("--yes")};
        if (!sheet.isEmpty())
            list << QStringLiteral("--sheet") << sheet;
        return list;
    }
    QProcessEnvironment env() const
    {
        return m_home->environment(
            QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret"));
    }
    CliRun batch(const QString &book, const QString &sheet = QString())
    {
        return runCli(arguments(book, sheet), env(), 120000, m_home->path());
    }
    int creates()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size());
    }
    QString csv(const QString &name, const QList<IdentityRow> &rows)
    {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(identityCsv(rows)) < 0)
            qWarning() << "cannot write" << path;
        return path;
    }
    // Every invoice on the server exactly once, `count` in all.
    bool eachOnce(int count)
    {
        auto client = m_sandbox->client();
        const QHash<QString, int> server = serverInvoiceCounts(*client);
        bool once = server.size() == count;
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            once = once && it.value() == 1;
        if (!once)
            qWarning() << "server holds" << server;
        return once;
    }

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

    void twoMonths_eachSheetOnce_whateverIsDoneToTheWorkbook()
    {
        const QString book = m_home->filePath(QStringLiteral("HoaDon-2026.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("sheets"), book,
            QStringLiteral("Tháng 11=")
                + csv(QStringLiteral("t11.csv"), identityRows(3, QStringLiteral("N"))),
            QStringLiteral("Tháng 12=")
                + csv(QStringLiteral("t12.csv"), identityRows(3, QStringLiteral("D")))}));

        CliRun run = batch(book, QStringLiteral("Tháng 11"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(creates(), 3);
        run = batch(book, QStringLiteral("Tháng 12")); // the same keys HD0..HD2: no conflict
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(creates(), 6);
        QVERIFY(eachOnce(6));

        run = batch(book, QStringLiteral("Tháng 11")); // again: nothing sent
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = batch(book); // no --sheet: the first sheet, the same source
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(creates(), 6);

        QVERIFY(libreOfficeResave(book, m_home->path()));
        for (const QString &sheet : {QStringLiteral("Tháng 11"), QStringLiteral("tháng 12")}) {
            run = batch(book, sheet);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        QCOMPARE(creates(), 6);

        // A renamed sheet is a new source: its invoices match what was sent by content and are
        // refused until someone decides; nothing is sent twice.
        QVERIFY(
            xlsxTool({QStringLiteral("rename"), book, QStringLiteral("Tháng 12"), QStringLiteral("T12")}));
        run = batch(book, QStringLiteral("T12"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("HoaDon-2026.xlsx") && run.err.contains("HD2"), run.err.constData());
        QCOMPARE(creates(), 6);
        QVERIFY(eachOnce(6));
    }

    // A workbook of one sheet keeps the file's identity (runs before sheets used it), also when
    // its sheet is renamed or a second month is added to it later.
    void oneSheetThenASecond_firstKeepsItsInvoices()
    {
        const QString november = csv(QStringLiteral("t11.csv"), identityRows(3, QStringLiteral("N")));
        const QString book = m_home->filePath(QStringLiteral("So-ban-hang.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("sheets"), book, QStringLiteral("Tháng 11=") + november}));
        QCOMPARE(batch(book).exitCode, 0);
        QCOMPARE(creates(), 3);
        QVERIFY(
            xlsxTool({QStringLiteral("rename"), book, QStringLiteral("Tháng 11"), QStringLiteral("T11")}));
        QCOMPARE(batch(book).exitCode, 0);
        QCOMPARE(creates(), 3);

        QVERIFY(xlsxTool({QStringLiteral("sheets"), book, QStringLiteral("T11=") + november,
            QStringLiteral("Tháng 12=")
                + csv(QStringLiteral("t12.csv"), identityRows(2, QStringLiteral("D")))}));
        CliRun run = batch(book, QStringLiteral("T11"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(creates(), 3);
        run = batch(book, QStringLiteral("Tháng 12"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(creates(), 5);
        QVERIFY(eachOnce(5));
    }

    // The second sheet's run killed mid-way, then run again: every invoice of both sheets once.
    void interruptedSecondSheet_resumed()
    {
        m_sandbox = std::make_unique<SandboxFixture>(jobsEnding(1, 30));
        const QString book = m_home->filePath(QStringLiteral("Quy4.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("sheets"), book,
            QStringLiteral("Tháng 11=")
                + csv(QStringLiteral("t11.csv"), identityRows(2, QStringLiteral("N"))),
            QStringLiteral("Tháng 12=")
                + csv(QStringLiteral("t12.csv"), identityRows(16, QStringLiteral("D")))}));
        QCOMPARE(batch(book, QStringLiteral("Tháng 11")).exitCode, 0);
        QVERIFY(runCliAndKill(arguments(book, QStringLiteral("Tháng 12")), env(), 4));
        QVERIFY(creates() < 18);
        const CliRun run = batch(book, QStringLiteral("Tháng 12"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(eachOnce(18));
        QCOMPARE(batch(book, QStringLiteral("Tháng 11")).exitCode, 0);
        QVERIFY(eachOnce(18));
    }

    // Which source a sheet has, from what the file's runs recorded.
    void sheetSource_rules()
    {
        BatchStoreFixture store;
        BatchIdentityRepository &identities = *store.stores().identities;
        const QString env = QStringLiteral("demo");
        const QString path = QStringLiteral("/tmp/Sổ 2026.xlsx");
        const QStringList two {QStringLiteral("Tháng 11"), QStringLiteral("Tháng 12")};
        const auto keyOf = [&](const QString &sheet, const QStringList &sheets) {
            const StoreResult<BatchSource> source
                = BatchSheetSource::resolve(identities, env, path, sheet, sheets);
            return source ? source.value().key : QStringLiteral("error");
        };
        const QString file = BatchSource::fromPath(path).key;
        QCOMPARE(file, QStringLiteral("sổ 2026"));
        QCOMPARE(keyOf(QString(), {}), file); // CSV
        QCOMPARE(keyOf(QStringLiteral("Tháng 11"), {QStringLiteral("Tháng 11")}), file);
        QCOMPARE(keyOf(QStringLiteral("Tháng 12"), two), file + QStringLiteral("/tháng 12"));
        QCOMPARE(keyOf(QStringLiteral("Tháng 11"), two), file + QStringLiteral("/tháng 11"));

        BatchRunRecord before; // a run recorded before sheets: the first sheet's
        before.environment = env;
        before.source = file;
        QVERIFY(identities.startRun(before));
        QCOMPARE(keyOf(QStringLiteral("THÁNG 11"), two), file);
        QCOMPARE(keyOf(QStringLiteral("Tháng 12"), two), file + QStringLiteral("/tháng 12"));

        BatchRunRecord named = before; // the file's key used by a named sheet is that sheet's
        named.sheetName = QStringLiteral("Tháng 12");
        QVERIFY(identities.startRun(named));
        QCOMPARE(keyOf(QStringLiteral("Tháng 12"), two), file);
        QCOMPARE(keyOf(QStringLiteral("Tháng 11"), two), file + QStringLiteral("/tháng 11"));
        QCOMPARE(
            identities.runSheets(env, file).value(), (QStringList {QString(), QStringLiteral("Tháng 12")}));
    }
};

QTEST_GUILESS_MAIN(TstBatchSheets)
#include "tst_batchsheets.moc"
