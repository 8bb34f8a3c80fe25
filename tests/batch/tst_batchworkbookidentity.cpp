// Issue 20 with issue 14's promise: a batch workbook's invoices are sent once whatever happens to
// the workbook. openpyxl (an independent producer) turns the CSV into a typed .xlsx the way Excel
// does (numbers as numbers, so the tax code loses its zero; dates as dates), re-saves it, fixes a
// row; every run goes against a real sandbox that counts the requests.

#include "batch/batchfilereader.h"
#include "identityfixture.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

class TstBatchWorkbookIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(jobsEnding(0, 0));
        m_client = m_sandbox->client();
        m_store = std::make_unique<BatchStoreFixture>();
    }

    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    // Run, fix the failed row in the workbook, re-save, run again: exactly the fixed invoice is
    // created; a further re-save, and the same sheet as CSV, send nothing.
    void resavedAndFixed_sendsEachInvoiceOnce()
    {
        QTemporaryDir dir;
        QList<IdentityRow> rows = identityRows(4);
        rows[3].buyer = QStringLiteral("Công ty [FAIL]"); // HD2, on sheet row 5
        const QString csvPath = dir.filePath(QStringLiteral("HoaDon-T6.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(identityCsv(rows));
        csv.close();
        const QString book = dir.filePath(QStringLiteral("HoaDon-T6.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("from-csv"), csvPath, book}));

        const BatchImport firstImport = BatchImporter::import(BatchFileReader::read(book));
        QCOMPARE(firstImport.invoices.size(), 4);
        QCOMPARE(firstImport.invoices.first().invoice.buyer.taxCode, QStringLiteral("0312456782"));
        const RunResult first = run(firstImport, book);
        QCOMPARE(first.outcome.doneNow, 3);
        QCOMPARE(first.outcome.failed, 1);

        QVERIFY(xlsxTool({QStringLiteral("set"), book, QStringLiteral("E5=Công ty Đã Sửa")}));
        clearRequests();
        const RunResult fixed = run(BatchImporter::import(BatchFileReader::read(book)), book);
        QCOMPARE(fixed.conflicts, 0);
        QVERIFY2(fixed.outcome.allDone(), qPrintable(fixed.outcome.summary()));
        QCOMPARE(fixed.outcome.doneEarlier, 3);
        QCOMPARE(fixed.outcome.doneNow, 1);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 1);

        QVERIFY(xlsxTool({QStringLiteral("set"), book})); // opened and saved again, nothing changed
        clearRequests();
        const RunResult resaved = run(BatchImporter::import(BatchFileReader::read(book)), book);
        QCOMPARE(resaved.conflicts, 0);
        QCOMPARE(resaved.outcome.doneEarlier, 4);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);

        // The workbook's typed cells make the same invoices as the text of the CSV it came from.
        rows[3].buyer = QStringLiteral("Công ty Đã Sửa");
        const RunResult asCsv
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("HoaDon-T6.csv"), false);
        QCOMPARE(asCsv.conflicts, 0);
        QCOMPARE(asCsv.outcome.doneEarlier, 4);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/issue")), 0);
        const QHash<QString, int> server = serverInvoiceCounts(*m_client);
        for (const BatchItemResult &result : asCsv.results)
            QCOMPARE(server.value(result.referenceCode), 1);
    }

    // A row changed in the workbook after its invoice was issued is asked about, not sent.
    void changedAfterIssue_isAsked()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("t7.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(identityCsv(identityRows(2)));
        csv.close();
        const QString book = dir.filePath(QStringLiteral("T7.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("from-csv"), csvPath, book}));
        QVERIFY(run(BatchImporter::import(BatchFileReader::read(book)), book).outcome.allDone());
        QVERIFY(xlsxTool({QStringLiteral("set"), book, QStringLiteral("J2=#7")})); // HD0's quantity
        clearRequests();
        const RunResult changed = run(BatchImporter::import(BatchFileReader::read(book)), book);
        QCOMPARE(changed.conflicts, 1);
        QCOMPARE(changed.planned.first().invoice.key, QStringLiteral("HD0"));
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
    }

private:
    RunResult run(const BatchImport &batch, const QString &path)
    {
        return runBatch(*m_client, *m_store, batch, QFileInfo(path).fileName(), false);
    }
    int posts(const QString &path) { return int(m_sandbox->requests(QStringLiteral("POST"), path).size()); }
    void clearRequests() { m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear")); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<BatchStoreFixture> m_store;
};

QTEST_GUILESS_MAIN(TstBatchWorkbookIdentity)
#include "tst_batchworkbookidentity.moc"
