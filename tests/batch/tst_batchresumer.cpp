// Issue 14: what an interrupted run left, taken up on start (BatchResumer) against a real sandbox:
// sent invoices are followed up at once, unsent ones wait for Continue or Discard, and while they
// wait another run of the same file may send them.

#include "api/createinvoiceoperation.h"
#include "batch/batchplanwriter.h"
#include "batch/batchresumer.h"
#include "identityfixture.h"

using namespace einvoice;
using namespace einvoice::test;

class TstBatchResumer : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<BatchStoreFixture> m_store;

    // A run of count invoices of file that wrote its plan, sent the first `sent` (one of them
    // reached the server) and was killed.
    void interruptedRun(const QString &file, int count, int sent)
    {
        const BatchImport batch = BatchImporter::import(identityCsv(identityRows(count)));
        const BatchPlan plan = m_store->plan(*m_client, batch.invoices, false, file);
        const auto written = BatchPlanWriter::write(plan, *m_store->outbox, *m_store->identities);
        QVERIFY(written.ok());
        for (int i = 0; i < sent; ++i)
            QVERIFY(m_store->outbox->markSent(written->entries.at(i)->id).ok());
        Invoice first = plan.items.first().invoice.invoice;
        first.isDraft = false;
        QVERIFY(finish(m_client->createInvoice(first, true), [] {}));
        m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear"));
    }

    int creates()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size());
    }

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

    void sentAreFollowedUp_unsentWaitThenContinue()
    {
        interruptedRun(QStringLiteral("a.csv"), 5, 2);
        BatchResumer resumer(m_client.get(), m_store->stores());
        QVERIFY(resumer.start(BatchStoreFixture::fastOptions()));
        QCOMPARE(resumer.fileNames(), QStringList {QStringLiteral("a.csv")});
        QCOMPARE(resumer.followedUp(), 2);
        QCOMPARE(resumer.notSent(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(resumer.state(), BatchResumer::State::Waiting, 10000);
        QCOMPARE(creates(), 1); // the first was on the server (adopted), the second proven absent
        QCOMPARE(resumer.counts().queued, 3);
        QVERIFY(!resumer.outcome().allDone());
        resumer.continueSending();
        QTRY_COMPARE_WITH_TIMEOUT(resumer.state(), BatchResumer::State::Done, 10000);
        QCOMPARE(creates(), 4);
        QVERIFY(resumer.outcome().allDone());
        QCOMPARE(resumer.outcome().total, 5);
        for (const int count : serverInvoiceCounts(*m_client))
            QCOMPARE(count, 1);
        QCOMPARE(m_store->outbox->unfinished(BatchRunner::environmentKey(*m_client))->size(), 0);
    }

    void discard_cancelsTheUnsent()
    {
        interruptedRun(QStringLiteral("b.csv"), 4, 1);
        BatchResumer resumer(m_client.get(), m_store->stores());
        QVERIFY(resumer.start(BatchStoreFixture::fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(resumer.state(), BatchResumer::State::Waiting, 10000);
        resumer.discard();
        QCOMPARE(resumer.state(), BatchResumer::State::Done);
        QCOMPARE(resumer.discarded(), 3);
        QCOMPARE(m_store->outbox->unfinished(BatchRunner::environmentKey(*m_client))->size(), 0);
        QCOMPARE(creates(), 0);
    }

    // While a person decides, the file is not held: a run of it (the command line) sends the
    // unsent invoices; Continue then finds nothing left and sends nothing twice.
    void waiting_leavesTheFileToAnotherRun()
    {
        interruptedRun(QStringLiteral("c.csv"), 4, 1);
        BatchResumer resumer(m_client.get(), m_store->stores());
        QVERIFY(resumer.start(BatchStoreFixture::fastOptions()));
        QTRY_COMPARE_WITH_TIMEOUT(resumer.state(), BatchResumer::State::Waiting, 10000);
        const RunResult other
            = runBatch(*m_client, *m_store, identityCsv(identityRows(4)), QStringLiteral("c.csv"), false);
        QVERIFY(other.sent);
        QVERIFY(other.outcome.allDone());
        QCOMPARE(creates(), 3);
        resumer.continueSending();
        QCOMPARE(resumer.state(), BatchResumer::State::Done);
        QCOMPARE(creates(), 3);
    }

    void nothingUnfinished_nothingToResume()
    {
        BatchResumer resumer(m_client.get(), m_store->stores());
        QVERIFY(!resumer.start());
        QCOMPARE(resumer.state(), BatchResumer::State::Idle);
    }
};

QTEST_GUILESS_MAIN(TstBatchResumer)
#include "tst_batchresumer.moc"
