// RequestQueue: at most N requests in flight, a bounded wait list, Busy past the bound, places
// given back on release or when an owner dies; and the same limits through SepayClient.

#include "api/apiconnection.h"
#include "api/invoicelistjob.h"
#include "api/requestqueue.h"
#include "sandboxfixture.h"

using namespace einvoice;
using namespace einvoice::test;

class TestRequestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queue_grantsAtMostNAndRefusesPastTheBound()
    {
        RequestQueue queue(2, 3);
        QList<QObject *> owners;
        QList<int> granted;
        for (int i = 0; i < 6; ++i)
            owners.append(new QObject(this));
        QList<bool> accepted;
        for (int i = 0; i < 6; ++i)
            accepted.append(queue.acquire(owners[i], [&granted, i] { granted.append(i); }));
        QCOMPARE(accepted, (QList<bool> {true, true, true, true, true, false}));
        QCOMPARE(queue.running(), 2);
        QCOMPARE(queue.queued(), 3);
        QVERIFY(granted.isEmpty()); // granted from the event loop, never inside acquire()
        QTRY_COMPARE(granted, (QList<int> {0, 1}));

        queue.release(owners[0]);
        QTRY_COMPARE(granted, (QList<int> {0, 1, 2}));
        QCOMPARE(queue.running(), 2);
        QCOMPARE(queue.queued(), 2);

        delete owners[3]; // a queued owner that dies gives its place back
        QCOMPARE(queue.queued(), 1);
        delete owners[1]; // a running owner that dies frees its slot
        QTRY_COMPARE(granted, (QList<int> {0, 1, 2, 4}));
        QCOMPARE(queue.running(), 2);
        QCOMPARE(queue.queued(), 0);
        qDeleteAll(QList<QObject *> {owners[0], owners[2], owners[4], owners[5]});
        QCOMPARE(queue.running(), 0);
    }

    void tryAcquire_takesAFreeSlotAtOnceAndNeverJumpsTheQueue()
    {
        RequestQueue queue(2, 3);
        QObject first;
        QObject second;
        QObject third;
        QObject fourth;
        QVERIFY(queue.tryAcquire(&first)); // free: taken inside the call, no callback
        QCOMPARE(queue.running(), 1);
        QVERIFY(queue.tryAcquire(&first)); // already running: still its slot
        QCOMPARE(queue.running(), 1);
        QVERIFY(queue.tryAcquire(&second));
        QVERIFY(!queue.tryAcquire(&third)); // full: nothing changes
        QCOMPARE(queue.running(), 2);
        QCOMPARE(queue.queued(), 0);
        bool granted = false;
        QVERIFY(queue.acquire(&third, [&granted] { granted = true; }));
        queue.release(&first);
        QVERIFY(!queue.tryAcquire(&fourth)); // the slot goes to the one waiting
        QTRY_VERIFY(granted);
        QCOMPARE(queue.running(), 2);
        queue.release(&second);
        QVERIFY(queue.tryAcquire(&fourth));
        queue.release(&third);
        queue.release(&fourth);
        QCOMPARE(queue.running(), 0);
    }

    void client_keepsAtMostNOnTheWireAndFailsExtraWithBusy()
    {
        SandboxFixture sandbox;
        ClientOptions options = fastOptions();
        options.maxConcurrent = 2;
        options.maxQueued = 3;
        auto client = sandbox.client(options);
        // Fetch the token first, so only list requests compete for the slots.
        auto *warm = client->listInvoices();
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("latency_ms"), 200}});
        int mostRunning = 0;
        RequestQueue *queue = client->connection()->queue();
        connect(queue, &RequestQueue::changed, this,
            [&] { mostRunning = std::max(mostRunning, queue->running()); });
        int succeeded = 0;
        int busy = 0;
        int finishedCount = 0;
        for (int i = 0; i < 7; ++i) {
            auto *job = client->listInvoices();
            connect(job, &ApiJob::finished, this, [&, job] {
                ++finishedCount;
                if (job->succeeded())
                    ++succeeded;
                else if (job->error().kind == ApiError::Kind::Busy)
                    ++busy;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 7, 15000);
        QCOMPARE(succeeded, 5);
        QCOMPARE(busy, 2);
        QCOMPARE(mostRunning, 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
