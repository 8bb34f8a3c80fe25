// Issue 14: a batch file's invoices are recognised across runs whatever happens to the file (other
// rows edited, re-saved with other separators, quoting, line ends or BOM, rows reordered, renamed
// in case or extension, drafts then issuing), against a real sandbox: the request log counts every
// create and issue, and the server holds every invoice exactly once.

#include "api/createinvoiceoperation.h"
#include "batch/batchplanwriter.h"
#include "identityfixture.h"

using namespace einvoice;
using namespace einvoice::test;

namespace {

constexpr int Invoices = 6;

enum class Change { None, Resaved, Reordered, Renamed, PriceWithDecimals, InvoiceAdded };

QList<IdentityRow> changed(QList<IdentityRow> rows, Change change)
{
    switch (change) {
    case Change::Reordered: {
        // Whole invoices in reverse order; the lines of each keep their order.
        QList<IdentityRow> reordered;
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!rows.at(i).buyer.isEmpty()) {
                qsizetype end = i + 1;
                while (end < rows.size() && rows.at(end).buyer.isEmpty())
                    ++end;
                reordered.append(rows.mid(i, end - i));
            }
        }
        return reordered;
    }
    case Change::PriceWithDecimals:
        for (IdentityRow &row : rows)
            row.price += QStringLiteral(".00");
        return rows;
    case Change::InvoiceAdded:
        rows.append({QStringLiteral("HD-NEW"), QStringLiteral("Công ty Mới"), QStringLiteral("Chuột"),
            QStringLiteral("1"), QStringLiteral("90000")});
        return rows;
    default:
        return rows;
    }
}

CsvStyle styleFor(Change change)
{
    CsvStyle style;
    if (change == Change::Resaved) {
        style.separator = u';';
        style.quoteAll = true;
        style.lineEnd = QStringLiteral("\r\n");
        style.bom = true;
    }
    return style;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TstBatchIdentity : public QObject
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

    void rerun_sendsEveryInvoiceOnce_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("secondName");
        QTest::addColumn<bool>("firstDraft");
        QTest::addColumn<bool>("secondDraft");
        QTest::addColumn<int>("creates"); // in the second run
        QTest::addColumn<int>("issues");
        const QString same = QStringLiteral("HoaDon-T5.csv");
        QTest::newRow("the same file") << Change::None << same << false << false << 0 << 0;
        QTest::newRow("re-saved: ; quoted CRLF BOM") << Change::Resaved << same << false << false << 0 << 0;
        QTest::newRow("invoices reordered") << Change::Reordered << same << false << false << 0 << 0;
        QTest::newRow("name in other case, .CSV")
            << Change::Renamed << QStringLiteral("hoadon-t5.CSV") << false << false << 0 << 0;
        QTest::newRow("same sheet as .xlsx")
            << Change::None << QStringLiteral("HoaDon-T5.xlsx") << false << false << 0 << 0;
        QTest::newRow("prices written 150000.00")
            << Change::PriceWithDecimals << same << false << false << 0 << 0;
        QTest::newRow("another invoice added") << Change::InvoiceAdded << same << false << false << 1 << 0;
        QTest::newRow("drafts, then issuing") << Change::Resaved << same << true << false << 0 << Invoices;
        QTest::newRow("issued, then drafts") << Change::None << same << false << true << 0 << 0;
    }

    void rerun_sendsEveryInvoiceOnce()
    {
        QFETCH(Change, change);
        QFETCH(QString, secondName);
        QFETCH(bool, firstDraft);
        QFETCH(bool, secondDraft);
        QFETCH(int, creates);
        QFETCH(int, issues);
        const QList<IdentityRow> rows = identityRows(Invoices);
        const RunResult first
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("HoaDon-T5.csv"), firstDraft);
        QVERIFY(first.outcome.allDone());
        QCOMPARE(first.outcome.doneNow, Invoices);
        clearRequests();

        const RunResult second = runBatch(*m_client, *m_store,
            identityCsv(changed(rows, change), styleFor(change)), secondName, secondDraft);
        QCOMPARE(second.conflicts, 0);
        QVERIFY2(second.outcome.allDone(), qPrintable(second.outcome.summary()));
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), creates);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/issue")), issues);
        QCOMPARE(second.outcome.doneNow, creates + issues);
        const QHash<QString, int> server = serverInvoiceCounts(*m_client);
        int batchInvoices = 0;
        for (const BatchItemResult &result : second.results) {
            QCOMPARE(server.value(result.referenceCode), 1);
            ++batchInvoices;
        }
        QCOMPARE(batchInvoices, Invoices + creates);
    }

    // An invoice issued, then its row changed: the window asks; skipping sends nothing, issuing
    // it as new makes exactly one new invoice under the next revision code, the first stays.
    void changedAfterIssue_isAskedAndIssuedAsNewOnlyWhenChosen()
    {
        QList<IdentityRow> rows = identityRows(3);
        QVERIFY(runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("t6.csv"), false)
                    .outcome.allDone());
        rows[0].quantity = QStringLiteral("5");
        clearRequests();
        const RunResult skipped
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("t6.csv"), false);
        QCOMPARE(skipped.conflicts, 1);
        const PlannedInvoice &conflict = skipped.planned.first();
        QCOMPARE(conflict.conflict, ConflictKind::Changed);
        QCOMPARE(conflict.invoice.key, QStringLiteral("HD0"));
        QVERIFY(!conflict.earlierNumber.isEmpty());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
        QCOMPARE(skipped.outcome.skipped, 1);
        QVERIFY(!skipped.outcome.allDone());
        QVERIFY(!skipped.outcome.summary().contains(QLatin1String("All")));

        const RunResult asNew = runBatch(
            *m_client, *m_store, identityCsv(rows), QStringLiteral("t6.csv"), false, issueAllAsNew);
        QVERIFY(asNew.outcome.allDone());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 1);
        const QString newCode = asNew.results.first().referenceCode;
        QVERIFY2(newCode.endsWith(QLatin1String("-HD0-r2")), qPrintable(newCode));
        const QHash<QString, int> server = serverInvoiceCounts(*m_client);
        QCOMPARE(server.value(newCode), 1);
        QCOMPARE(server.value(conflict.earlierReference), 1);
        clearRequests();
        // Once decided, the new content is this key's invoice: the next run sends nothing.
        const RunResult again
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("t6.csv"), false);
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(again.outcome.doneEarlier, 3);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
    }

    // A row whose job failed is sent again once, fixed or not; the others are not sent again.
    void failedRow_retriedOnce_data()
    {
        QTest::addColumn<bool>("fixed");
        QTest::newRow("after a fix") << true;
        QTest::newRow("unchanged") << false;
    }

    void failedRow_retriedOnce()
    {
        QFETCH(bool, fixed);
        QList<IdentityRow> rows = identityRows(4);
        rows[3].buyer = QStringLiteral("Công ty [FAIL]"); // HD2
        const RunResult first
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("f.csv"), false);
        QCOMPARE(first.outcome.failed, 1);
        QCOMPARE(first.outcome.doneNow, 3);
        if (fixed)
            rows[3].buyer = QStringLiteral("Công ty Đúng");
        clearRequests();
        const RunResult second
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("f.csv"), false);
        QCOMPARE(second.conflicts, 0);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 1);
        QCOMPARE(second.outcome.doneEarlier, 3);
        QCOMPARE(second.outcome.doneNow, fixed ? 1 : 0);
        QCOMPARE(second.outcome.failed, fixed ? 0 : 1);
        const QHash<QString, int> server = serverInvoiceCounts(*m_client);
        for (const BatchItemResult &result : second.results)
            QCOMPARE(server.value(result.referenceCode), result.status == BatchItemStatus::Done ? 1 : 0);
    }

    // The same sheet saved under another name: each invoice repeats one already issued, and is
    // asked about instead of being issued a second time.
    void savedAsAnotherName_isAPossibleDuplicate()
    {
        const QByteArray bytes = identityCsv(identityRows(3));
        QVERIFY(runBatch(*m_client, *m_store, bytes, QStringLiteral("thang5.csv"), false).outcome.allDone());
        clearRequests();
        const RunResult copy
            = runBatch(*m_client, *m_store, bytes, QStringLiteral("thang5 (copy).csv"), false);
        QCOMPARE(copy.conflicts, 3);
        for (const PlannedInvoice &item : copy.planned) {
            QCOMPARE(item.conflict, ConflictKind::PossibleDuplicate);
            QCOMPARE(item.duplicateFile, QStringLiteral("thang5.csv"));
        }
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 0);
    }

    // A row changed while the outcome of its earlier request is unknown (sent, answer lost): it is
    // looked up first; the new content is sent only when the server proves it never got the first.
    void changedWhileUnknown_isLookedUpFirst_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::newRow("the server has it") << true;
        QTest::newRow("the server never got it") << false;
    }

    void changedWhileUnknown_isLookedUpFirst()
    {
        QFETCH(bool, onServer);
        QList<IdentityRow> rows = identityRows(2);
        const QByteArray before = identityCsv(rows);
        const BatchImport batch = BatchImporter::import(before);
        const BatchPlan plan = m_store->plan(*m_client, batch.invoices, false, QStringLiteral("u.csv"));
        const auto written = BatchPlanWriter::write(plan, *m_store->outbox, *m_store->identities);
        QVERIFY(written.ok());
        const OutboxEntry entry = *written->entries.first();
        QVERIFY(m_store->outbox->markSent(entry.id).ok()); // sent, then the process died
        if (onServer) {
            Invoice invoice = plan.items.first().invoice.invoice;
            invoice.isDraft = false;
            auto *create = m_client->createInvoice(invoice, true);
            QVERIFY(finish(create, [] {}));
        }
        rows[0].quantity = QStringLiteral("7");
        clearRequests();
        const RunResult second
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("u.csv"), false);
        QCOMPARE(
            m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/") + entry.referenceCode)
                .isEmpty(),
            false);
        QCOMPARE(second.conflicts, onServer ? 1 : 0);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), onServer ? 1 : 2); // HD1 in both
        const QHash<QString, int> server = serverInvoiceCounts(*m_client);
        QCOMPARE(server.value(entry.referenceCode), 1);
    }

    // The server holds another invoice (another buyer) under the code this file would use (the
    // same file name and keys on another computer): it is not taken as done.
    void codeHeldByAnotherInvoice_isNotAdopted()
    {
        const QList<IdentityRow> rows = identityRows(1);
        Invoice other = sampleInvoice(
            BatchSource::named(QStringLiteral("m.csv")).referenceCode(QStringLiteral("HD0"), 1));
        other.issuedAt = QDateTime(QDate::currentDate(), QTime(0, 0));
        other.invoiceSeries = QStringLiteral("C") + QDate::currentDate().toString(QStringLiteral("yy"))
            + QStringLiteral("TAA");
        other.buyer.name = QStringLiteral("Người khác");
        auto *create = m_client->createInvoice(other, true);
        QVERIFY(finish(create, [] {}));
        const RunResult run
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("m.csv"), false);
        QCOMPARE(run.outcome.failed, 1);
        QCOMPARE(run.results.first().failure, BatchFailure::Conflict);
        // The next run asks, and "issue as new" sends it under the next revision.
        const RunResult again
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("m.csv"), false, issueAllAsNew);
        QCOMPARE(again.conflicts, 1);
        QCOMPARE(again.planned.first().conflict, ConflictKind::HeldByOther);
        QVERIFY(again.outcome.allDone());
        QVERIFY(again.results.first().referenceCode.endsWith(QLatin1String("-r2")));
    }

    // An interrupted run left unsent invoices; the row of one of them is then removed from the
    // file: it is not sent, and its queued entry is closed.
    void removedRow_isNotSent()
    {
        QList<IdentityRow> rows = identityRows(3);
        const BatchImport batch = BatchImporter::import(identityCsv(rows));
        const BatchPlan plan = m_store->plan(*m_client, batch.invoices, false, QStringLiteral("r.csv"));
        QVERIFY(BatchPlanWriter::write(plan, *m_store->outbox, *m_store->identities).ok()); // then killed
        rows.removeFirst(); // HD0 (one line)
        const RunResult second
            = runBatch(*m_client, *m_store, identityCsv(rows), QStringLiteral("r.csv"), false);
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 2);
        QCOMPARE(second.outcome.doneNow, 2);
        QCOMPARE(second.outcome.cancelled, 1);
        QCOMPARE(m_store->outbox->unfinished(BatchRunner::environmentKey(*m_client))->size(), 0);
    }

private:
    int posts(const QString &path) { return int(m_sandbox->requests(QStringLiteral("POST"), path).size()); }
    void clearRequests() { m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear")); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<BatchStoreFixture> m_store;
};

QTEST_GUILESS_MAIN(TstBatchIdentity)
#include "tst_batchidentity.moc"
