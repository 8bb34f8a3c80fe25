// A batch row corrected in a copy of the file must not become a second invoice (session 28, with
// issues 14 and 17): a key new to its file whose buyer and invoice date match an invoice already
// sent under the same key from another file is asked about (ChangedCopy) on the plan the desktop
// page and the CLI share, and nothing is sent for it unasked. Keys reused month after month are
// not asked about. Every run goes against a real sandbox that counts the requests, and a real
// SQLite outbox; the workbooks are written by openpyxl.

#include "batch/batchfilereader.h"
#include "batch/batchplanwriter.h"
#include "identityfixture.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

namespace {

const PlannedInvoice *plannedFor(const RunResult &run, const QString &key)
{
    for (const PlannedInvoice &item : run.planned) {
        if (item.invoice.key == key)
            return &item;
    }
    return nullptr;
}

BatchItemResult resultFor(const RunResult &run, const QString &key)
{
    for (const BatchItemResult &result : run.results) {
        if (result.key == key)
            return result;
    }
    return {};
}

// Sends the ChangedCopy conflicts anyway and skips the others.
bool sendChangedCopies(BatchPlan &plan)
{
    for (const int index : plan.conflicts()) {
        if (plan.items.at(index).conflict == ConflictKind::ChangedCopy)
            plan.issueAsNew(index);
        else
            plan.skip(index);
    }
    return true;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << file.fileName();
    return file.fileName();
}

} // namespace

class TstBatchCopies : public QObject
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

    // lo1.csv issued; its copy "lo1 (sửa).csv" with HD2's quantity changed: HD2 is asked about as a
    // changed copy of the issued invoice (naming the file, number and date), the unchanged ones as
    // possible duplicates; nothing is sent.
    void csvCopyWithChangedQuantity_isAskedNotSent()
    {
        QList<IdentityRow> rows = identityRows(4);
        const RunResult first
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("lo1.csv"), false);
        QVERIFY(first.outcome.allDone());
        const BatchItemResult issued = resultFor(first, QStringLiteral("HD2"));
        QVERIFY(!issued.invoiceNumber.isEmpty());
        rows[3].quantity = QStringLiteral("7"); // HD2
        clearRequests();

        const RunResult copy
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("lo1 (sửa).csv"), false);
        QCOMPARE(copy.conflicts, 4);
        const PlannedInvoice *changed = plannedFor(copy, QStringLiteral("HD2"));
        QVERIFY(changed);
        QCOMPARE(changed->conflict, ConflictKind::ChangedCopy);
        QCOMPARE(changed->duplicateFile, QStringLiteral("lo1.csv"));
        QCOMPARE(changed->earlierNumber, issued.invoiceNumber);
        QCOMPARE(changed->duplicateOf->referenceCode, issued.referenceCode);
        QCOMPARE(changed->earlierDate, QDate::currentDate());
        const QString text = BatchPlan().conflictText(*changed);
        for (const QString &part :
            {QStringLiteral("lo1.csv"), QStringLiteral("key HD2"), issued.invoiceNumber, issued.referenceCode,
                QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")), QStringLiteral("changed")})
            QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
        for (const QString &key : {QStringLiteral("HD0"), QStringLiteral("HD1"), QStringLiteral("HD3")})
            QCOMPARE(plannedFor(copy, key)->conflict, ConflictKind::PossibleDuplicate);
        QCOMPARE(copy.outcome.skipped, 4);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/issue")), 0);
        QCOMPARE(serverInvoiceCounts(*m_client).size(), 4);
    }

    // The person sends the corrected row anyway: exactly one new invoice; the next run of the copy
    // knows it (done earlier) and asks only about the unchanged rows again.
    void changedCopySentAnyway_isSentOnceAndRemembered()
    {
        QList<IdentityRow> rows = identityRows(3);
        QVERIFY(runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("lo2.csv"), false)
                    .outcome.allDone());
        rows[0].quantity = QStringLiteral("9"); // HD0
        clearRequests();
        const QString copyName = QStringLiteral("lo2 - Copy.csv");
        const RunResult sent
            = runBatch(*m_client, *m_store, identityCsv(rows), copyName, false, sendChangedCopies);
        QCOMPARE(sent.conflicts, 3);
        QCOMPARE(sent.outcome.doneNow, 1);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 1);
        const QString newCode = resultFor(sent, QStringLiteral("HD0")).referenceCode;
        QCOMPARE(serverInvoiceCounts(*m_client).value(newCode), 1);
        QCOMPARE(serverInvoiceCounts(*m_client).size(), 4);

        clearRequests();
        const RunResult again = runBatch(*m_client, *m_store, identityCsv(rows), copyName, false);
        QCOMPARE(again.conflicts, 2); // HD1 and HD2 repeat lo2.csv's
        QCOMPARE(plannedFor(again, QStringLiteral("HD0"))->action, PlanAction::Done);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
    }

    // The Excel route: the workbook issued, opened, one quantity changed, "Save as" another name.
    void workbookSavedAsWithChangedQuantity_isAsked()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("lo1.csv"), identityCsv(identityRows(4)));
        const QString book = dir.filePath(QStringLiteral("lo1.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("from-csv"), csv, book}));
        const RunResult first
            = runBatch(*m_client, *m_store, BatchImporter::import(BatchFileReader::read(book)), book, false);
        QVERIFY2(first.outcome.allDone(), qPrintable(first.outcome.summary()));

        const QString copy = dir.filePath(QStringLiteral("lo1 (sửa).xlsx"));
        QVERIFY(QFile::copy(book, copy));
        QVERIFY(xlsxTool({QStringLiteral("set"), copy, QStringLiteral("J5=#11")})); // HD2's quantity
        clearRequests();
        const RunResult asked
            = runBatch(*m_client, *m_store, BatchImporter::import(BatchFileReader::read(copy)), copy, false);
        QCOMPARE(asked.conflicts, 4);
        const PlannedInvoice *changed = plannedFor(asked, QStringLiteral("HD2"));
        QVERIFY(changed);
        QCOMPARE(changed->conflict, ConflictKind::ChangedCopy);
        QCOMPARE(QFileInfo(changed->duplicateFile).fileName(), QStringLiteral("lo1.xlsx"));
        QCOMPARE(changed->earlierNumber, resultFor(first, QStringLiteral("HD2")).invoiceNumber);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
        QCOMPARE(serverInvoiceCounts(*m_client).size(), 4);
    }

    // HD0..HD2 every month for the same buyers: last month's file is issued, this month's (same
    // keys and buyers, other quantities, this month's date) is sent without a question. A file of
    // the same day and keys for other buyers is not asked about either.
    void keysReusedMonthAfterMonth_areNotAsked()
    {
        const QDate lastMonth = QDate::currentDate().addMonths(-1);
        QList<IdentityRow> may = identityRows(3);
        for (IdentityRow &row : may)
            row.date = lastMonth;
        QVERIFY(runBatch(*m_client, *m_store, identityCsv(may), QStringLiteral("thang5.csv"), false)
                    .outcome.allDone());
        QList<IdentityRow> june = identityRows(3);
        for (IdentityRow &row : june)
            row.quantity = QStringLiteral("2") + row.quantity;
        clearRequests();
        const RunResult next
            = runBatch(*m_client, *m_store, identityCsv(june), QStringLiteral("thang6.csv"), false);
        QCOMPARE(next.conflicts, 0);
        QVERIFY2(next.outcome.allDone(), qPrintable(next.outcome.summary()));
        QCOMPARE(next.outcome.doneNow, 3);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 3);

        clearRequests();
        const RunResult branch = runBatch(*m_client, *m_store,
            identityCsv(identityRows(3, QStringLiteral("CN2-"))), QStringLiteral("chi-nhanh-2.csv"), false);
        QCOMPARE(branch.conflicts, 0);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 3);
        QCOMPARE(serverInvoiceCounts(*m_client).size(), 9);
    }

    // The first run was interrupted after HD1 was sent (its outcome unknown): a corrected copy of
    // HD1 is asked about before anything is sent, though no number is known yet.
    void copyOfAnInterruptedRun_isAsked()
    {
        QList<IdentityRow> rows = identityRows(2);
        const BatchImport batch = BatchImporter::import(identityCsv(rows));
        const BatchPlan plan = m_store->plan(*m_client, batch.invoices, false, QStringLiteral("lo3.csv"));
        const auto written = BatchPlanWriter::write(plan, *m_store->outbox, *m_store->identities);
        QVERIFY(written.ok());
        QCOMPARE(plan.items.at(1).invoice.key, QStringLiteral("HD1"));
        QVERIFY(m_store->outbox->markSent(written->entries.at(1)->id).ok());

        rows[1].quantity = QStringLiteral("5"); // HD1
        const RunResult copy
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("lo3 (2).csv"), false);
        QCOMPARE(copy.conflicts, 1);
        QCOMPARE(plannedFor(copy, QStringLiteral("HD1"))->conflict, ConflictKind::ChangedCopy);
        QCOMPARE(plannedFor(copy, QStringLiteral("HD1"))->earlierNumber, QString());
        QVERIFY(BatchPlan()
                    .conflictText(*plannedFor(copy, QStringLiteral("HD1")))
                    .contains(QLatin1String("lo3.csv")));
        QCOMPARE(copy.outcome.skipped, 1);
    }

    // Every key new to its file is looked up among the other files' keys: by an index, so a
    // file of 10,000 new keys does not scan the table 10,000 times.
    void keyLookUp_usesAnIndex()
    {
        QSqlQuery plan(m_store->database.connection());
        QVERIFY(plan.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM batch_invoices"
                           " WHERE environment = 'production' AND invoice_key = 'HD1' ORDER BY id")));
        QStringList details;
        while (plan.next())
            details.append(plan.value(3).toString());
        QVERIFY2(
            details.join(u' ').contains(QLatin1String("batch_invoices_key")), qPrintable(details.join(u' ')));
    }

private:
    int posts(const QString &path) { return int(m_sandbox->requests(QStringLiteral("POST"), path).size()); }
    void clearRequests() { m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear")); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<BatchStoreFixture> m_store;
};

QTEST_GUILESS_MAIN(TstBatchCopies)
#include "tst_batchcopies.moc"
