// Issue 22: a run is planned and its plan written on a thread of its own (BatchPlanThread), with
// every exactly-once guarantee of issue 14 kept: each invoice is issued once, a cancel while the
// run is preparing sends nothing, the source stays locked while it plans, and the UI thread's
// event loop keeps turning through the planning and writing of thousands of invoices.
#include "../api/sandboxfixture.h"
#include "batch/batchimporter.h"
#include "batch/batchsession.h"
#include "batchfixture.h"
#include "identityfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace einvoice;
using namespace einvoice::test;

namespace {

// The longest gap between two ticks of a 10 ms timer on this thread while it runs.
class TickProbe
{
public:
    TickProbe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_worstGapMs = qMax(m_worstGapMs, m_sinceLast.restart());
            ++m_ticks;
        });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 worstGapMs() const { return m_worstGapMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_worstGapMs = 0;
    int m_ticks = 0;
};

BatchImport todayBatch(int invoices, const QString &prefix)
{
    return BatchImporter::import(todayBatchCsv(invoices, prefix));
}

} // namespace

class TstBatchPlanThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_issuesEveryInvoiceOnce()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        const BatchImport batch = todayBatch(40, QStringLiteral("ONCE"));
        QCOMPARE(batch.errorCount(), 0);

        const RunResult first = runBatch(*client, store, batch, QStringLiteral("once.csv"), false);
        QVERIFY(first.sent);
        QCOMPARE(first.outcome.doneNow, 40);
        const QHash<QString, int> counts = serverInvoiceCounts(*client);
        QCOMPARE(counts.size(), 40);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // The same file again: planned on the thread from what the first run wrote there.
        const RunResult again = runBatch(*client, store, batch, QStringLiteral("once.csv"), false);
        QCOMPARE(again.outcome.doneEarlier, 40);
        QCOMPARE(again.outcome.doneNow, 0);
        QCOMPARE(serverInvoiceCounts(*client).size(), 40);
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 0);
    }

    // Cancelled while the plan is written (drafts) or the quota checked first (issuing): nothing
    // reaches the server and nothing is left queued to be sent by a later start.
    void cancelWhilePreparing_sendsNothing_data()
    {
        QTest::addColumn<bool>("draft");
        QTest::newRow("writing the plan") << true;
        QTest::newRow("checking the quota") << false;
    }
    void cancelWhilePreparing_sendsNothing()
    {
        QFETCH(bool, draft);
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        const BatchImport batch = todayBatch(300, QStringLiteral("CANCEL"));
        QCOMPARE(batch.errorCount(), 0);
        BatchSession session(client.get(), store.stores());
        QSignalSpy planned(&session, &BatchSession::planned);
        QSignalSpy finished(&session, &BatchSession::finished);
        QVERIFY(session.plan(BatchSource::named(QStringLiteral("cancel.csv")), batch.invoices, draft));
        QVERIFY(planned.wait(60000));
        QVERIFY(session.planError().isEmpty());
        session.start(BatchStoreFixture::fastOptions());
        QVERIFY(session.runner()->isRunning());
        QCOMPARE(session.runner()->counts().sent, 0); // preparing: nothing has left
        session.runner()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);

        QCOMPARE(session.runner()->outcome().cancelled, 300);
        QCOMPARE(session.runner()->outcome().doneNow, 0);
        QCOMPARE(serverInvoiceCounts(*client).size(), 0);
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 0);
        QVERIFY(!session.isBusy());
    }

    // A second run of the same file on another connection to the store (as another program
    // would) is refused while the first is still planning, and may start once the first is over.
    void secondRunWhilePlanning_isRefused()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        Database otherDatabase;
        QVERIFY(otherDatabase.open(store.path()).ok());
        OutboxRepository otherOutbox(otherDatabase);
        BatchIdentityRepository otherIdentities(otherDatabase);
        const BatchImport batch = todayBatch(1500, QStringLiteral("LOCK"));
        QCOMPARE(batch.errorCount(), 0);
        const BatchSource source = BatchSource::named(QStringLiteral("lock.csv"));

        BatchSession first(client.get(), store.stores());
        QSignalSpy planned(&first, &BatchSession::planned);
        QVERIFY(first.plan(source, batch.invoices, true));
        QVERIFY(first.isBusy());
        QVERIFY(planned.isEmpty());
        BatchSession second(client.get(), BatchStores {&otherDatabase, &otherOutbox, &otherIdentities});
        QVERIFY(!second.plan(source, batch.invoices, true));
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());

        QVERIFY(planned.wait(60000));
        first.abandon();
        QSignalSpy secondPlanned(&second, &BatchSession::planned);
        QVERIFY(second.plan(source, batch.invoices, true));
        QVERIFY(secondPlanned.wait(60000));
        second.abandon();
    }

    // Planning and writing the plan of 5,000 invoices: the UI thread's timer keeps ticking. Done in
    // one block on this thread they take over a second on this machine.
    void preparingThousands_keepsTheEventLoopTurning()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        const BatchImport batch = todayBatch(5000, QStringLiteral("TICK"));
        QCOMPARE(batch.errorCount(), 0);
        BatchSession session(client.get(), store.stores());
        QSignalSpy planned(&session, &BatchSession::planned);
        QSignalSpy finished(&session, &BatchSession::finished);

        TickProbe probe;
        QVERIFY(session.plan(BatchSource::named(QStringLiteral("tick.csv")), batch.invoices, true));
        QVERIFY(planned.wait(60000));
        QCOMPARE(session.currentPlan().items.size(), 5000);
        session.start(BatchStoreFixture::fastOptions());
        session.runner()->pause(); // written, but not sent
        QTRY_COMPARE_WITH_TIMEOUT(session.runner()->counts().queued, 5000, 60000);
        const qint64 worstGapMs = probe.worstGapMs();
        QVERIFY(probe.ticks() > 0);
        QVERIFY2(worstGapMs < 400, qPrintable(QStringLiteral("worst gap %1 ms").arg(worstGapMs)));

        // Written in full before anything is sent: every invoice is queued in the outbox.
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 5000);
        QCOMPARE(serverInvoiceCounts(*client).size(), 0);
        session.runner()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstBatchPlanThread)
#include "tst_batchplanthread.moc"
