#include "store/storeworkerthread.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace einvoice;

class TestWorkerThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_runInOrderWithTheirConnection()
    {
        QTemporaryDir dir;
        QObject context;
        QStringList ran;
        {
            StoreWorkerThread thread(QStringLiteral("test.worker"), dir.filePath(QStringLiteral("w.sqlite")),
                DatabaseOptions(), nullptr);
            for (int i = 0; i < 3; ++i) {
                thread.post([&, i](Database *database, const StoreStatus &) {
                    StoreWorkerThread::reply(&context, [&ran, i, open = database != nullptr] {
                        ran.append(
                            QString::number(i) + (open ? QStringLiteral("open") : QStringLiteral("closed")));
                    });
                });
            }
        }
        QTRY_COMPARE(
            ran, (QStringList {QStringLiteral("0open"), QStringLiteral("1open"), QStringLiteral("2open")}));
    }

    // The sync writer's index chunks: each request posts the next, and the owner stops the thread
    // in the middle of the chain. No request runs after the close (it would open the connection
    // again on the thread, and the connection would then be closed from the owner's thread).
    void chainOfRequests_stopsAtTheClose()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QTemporaryDir dir;
        std::atomic<int> closed {0};
        std::atomic<int> ranAfterClose {0};
        std::atomic<int> ran {0};
        for (int round = 0; round < 10; ++round) {
            auto thread = std::make_unique<StoreWorkerThread>(QStringLiteral("test.worker"),
                dir.filePath(QStringLiteral("w.sqlite")), DatabaseOptions(), [&closed] { ++closed; });
            StoreWorkerThread *raw = thread.get();
            const int closedBefore = closed;
            std::function<void(Database *, const StoreStatus &)> link;
            link = [&, raw, closedBefore](Database *, const StoreStatus &) {
                ++ran;
                if (closed > closedBefore)
                    ++ranAfterClose;
                QThread::usleep(300);
                raw->post(link);
            };
            const int ranBefore = ran;
            raw->post(link);
            QTRY_VERIFY(ran >= ranBefore + 3); // the chain is going
            thread.reset();
        }
        QCOMPARE(closed.load(), 10);
        QCOMPARE(ranAfterClose.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
