#include "../api/sandboxfixture.h"
#include "api/createinvoiceoperation.h"
#include "batch/batchimporter.h"
#include "batch/batchrunner.h"
#include "batchfixture.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace einvoice;
using namespace einvoice::test;

class TstBatchRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faults_everyInvoiceEndsOnceAndDefinite()
    {
        SandboxConfig config;
        config.jobPendingPolls = 2; // slow jobs
        SandboxFixture sandbox(config);
        ClientOptions options = fastOptions();
        options.maxConcurrent = 8;
        options.polling.overallTimeoutMs = 20000;
        auto client = sandbox.client(options);
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("outbox.sqlite")), {5000, false, 0}).ok());
        OutboxRepository outbox(database);

        const BatchImport batch = BatchImporter::import(batchCsv(300), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        sandbox.faults({{QStringLiteral("error_rate"), 0.10}, {QStringLiteral("drop_rate"), 0.05}});
        BatchRunner runner(client.get(), &outbox);
        bool expired = false;
        connect(&runner, &BatchRunner::countsChanged, this, [&](const BatchCounts &counts) {
            if (!expired && counts.done >= 150) {
                expired = true;
                sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
            }
        });
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(batch.invoices, runOptions(*client, batch, false));
        QVERIFY(finished.wait(240000));
        QVERIFY(expired);
        sandbox.faults({{QStringLiteral("error_rate"), 0.0}, {QStringLiteral("drop_rate"), 0.0}});

        for (const BatchItemResult &result : runner.results())
            QVERIFY2(result.status == BatchItemStatus::Done || result.status == BatchItemStatus::Failed,
                qPrintable(result.referenceCode + u' ' + batchItemStatusName(result.status) + u' '
                    + result.message));
        const QHash<QString, int> counts = serverCounts(*client);
        for (const BatchInvoice &invoice : batch.invoices)
            QCOMPARE(counts.value(invoice.invoice.referenceCode), 1); // none lost, none twice
        QCOMPARE(runner.counts().done, 300);
        // The outbox recorded every step: each entry ended succeeded with its events.
        const auto entries = outbox.byBatch(batch.batchId);
        QVERIFY(entries.ok());
        for (const OutboxEntry &entry : entries.value())
            QCOMPARE(entry.state, OutboxState::Succeeded);
    }

    // Direct issue: the outbox keeps the whole history (queued, sent, tracking with its code,
    // succeeded). The entry is written sent before the request leaves and the tracking code is
    // stored while the job runs, or with the outcome when the first poll already finds it done.
    void directIssue_outboxKeepsEveryStep_data()
    {
        QTest::addColumn<int>("pendingPolls");
        QTest::newRow("done at the first poll") << 0;
        QTest::newRow("slow jobs") << 3;
    }

    void directIssue_outboxKeepsEveryStep()
    {
        QFETCH(int, pendingPolls);
        SandboxConfig config;
        config.jobPendingPolls = pendingPolls;
        config.jobPendingMs = pendingPolls > 0 ? 800 : 0;
        SandboxFixture sandbox(config);
        auto client = sandbox.client();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        OutboxRepository outbox(database);
        const BatchImport batch
            = BatchImporter::import(batchCsv(4, QStringLiteral("DI")), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        BatchRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(batch.invoices, runOptions(*client, batch, false));
        if (pendingPolls > 0) {
            const auto tracked = [&] {
                const QList<OutboxEntry> entries = outbox.byBatch(batch.batchId).value();
                return std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &entry) {
                    return entry.state == OutboxState::Tracking && !entry.trackingCode.isEmpty();
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(tracked(), 5000);
        }
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.allSucceeded());
        const QList<OutboxEntry> entries = outbox.byBatch(batch.batchId).value();
        QCOMPARE(entries.size(), 4);
        const QList<OutboxState> expected {
            OutboxState::Queued, OutboxState::Sent, OutboxState::Tracking, OutboxState::Succeeded};
        for (const OutboxEntry &entry : entries) {
            QCOMPARE(entry.state, OutboxState::Succeeded);
            QCOMPARE(entry.attempts, 1);
            QVERIFY(!entry.trackingCode.isEmpty());
            QVERIFY(!entry.invoiceNumber.isEmpty());
            const QList<OutboxEvent> events = outbox.events(entry.id).value();
            QList<OutboxState> states;
            for (const OutboxEvent &event : events)
                states.append(event.to);
            QCOMPARE(states, expected);
            QCOMPARE(events.at(2).trackingCode, entry.trackingCode);
        }
    }

    void resume_looksUpBeforeSendingAgain()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        OutboxRepository outbox(database);
        const BatchImport batch = BatchImporter::import(batchCsv(3), importOptions(true));
        // A crash right after the first invoice was sent: its entry says "sent", nothing more.
        const BatchInvoice &first = batch.invoices.first();
        auto *create = client->createInvoice(first.invoice, true);
        QVERIFY(finish(create, [] {}));
        OutboxEntry entry;
        entry.environment = client->environment().id().key();
        entry.referenceCode = first.invoice.referenceCode;
        entry.batchId = batch.batchId;
        entry.batchRow = first.firstRow;
        const auto queued = outbox.enqueue(entry);
        QVERIFY(queued.ok());
        QVERIFY(outbox.markSent(queued.value().id).ok());

        BatchRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(batch.invoices, runOptions(*client, batch, true));
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.allSucceeded());
        QVERIFY(runner.results().first().resumed);
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 3);
    }

    void cancel_stopsSendingAndFollowsSentOnes()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        OutboxRepository outbox(database);
        const BatchImport batch = BatchImporter::import(batchCsv(20), importOptions(true));
        BatchRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        BatchRunOptions options = runOptions(*client, batch, true);
        options.concurrency = 2;
        runner.start(batch.invoices, options);
        QCOMPARE(runner.counts().sent, 2);
        runner.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(runner.counts().done, 2);
        QCOMPARE(runner.counts().failed, 18);
        QCOMPARE(serverCounts(*client).size(), 2);
    }

    // Group commit: the next invoice's entry shares a commit with the previous outcome, and its
    // request is made only after that commit. Whenever the client makes a request object, the
    // writer holds nothing that another connection (a restart after a kill) could not see.
    void groupCommit_requestsLeaveOnlyAfterTheirEntriesAreCommitted()
    {
        SandboxConfig config;
        config.jobPendingPolls = 0;
        config.jobPendingMs = 0;
        SandboxFixture sandbox(config);
        auto client = sandbox.client();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        Database database;
        QVERIFY(database.open(path, {5000, false, 0}).ok());
        OutboxRepository outbox(database);
        Database other;
        QVERIFY(other.open(path, {5000, false, 0}).ok());
        OutboxRepository reader(other);
        const BatchImport batch
            = BatchImporter::import(batchCsv(16, QStringLiteral("GC")), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        int requests = 0;
        QStringList uncommitted;
        ChildProbe probe(client.get(), [&] {
            ++requests;
            const qsizetype written = outbox.byBatch(batch.batchId)->size();
            const qsizetype committed = reader.byBatch(batch.batchId)->size();
            if (written != committed)
                uncommitted.append(QString::number(written) + u'/' + QString::number(committed));
        });
        BatchRunner runner(client.get(), &outbox);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        BatchRunOptions options = runOptions(*client, batch, false);
        options.concurrency = 4;
        options.checkQuota = false;
        runner.start(batch.invoices, options);
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.allSucceeded());
        QVERIFY(requests >= 16);
        QVERIFY2(uncommitted.isEmpty(), qPrintable(uncommitted.join(u' ')));
        QCOMPARE(reader.byBatch(batch.batchId)->size(), 16);
    }

private:
    // Calls probe() whenever an object (a job or an operation) is added to the watched client.
    class ChildProbe : public QObject
    {
    public:
        ChildProbe(QObject *watched, std::function<void()> probe) : m_probe(std::move(probe))
        {
            watched->installEventFilter(this);
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::ChildAdded)
                m_probe();
            return QObject::eventFilter(watched, event);
        }

    private:
        std::function<void()> m_probe;
    };

    static BatchImportOptions importOptions(bool draft)
    {
        static ManualClock clock(QDateTime(QDate(2026, 1, 10), QTime(5, 0), Qt::UTC));
        BatchImportOptions options;
        options.draft = draft;
        options.validation.clock = &clock;
        return options;
    }

    static BatchRunOptions runOptions(const SepayClient &client, const BatchImport &batch, bool draft)
    {
        BatchRunOptions options;
        options.environment = client.environment().id().key();
        options.batchId = batch.batchId;
        options.draft = draft;
        options.concurrency = 8;
        options.followUpDelayMs = 20;
        options.maxFollowUps = 20;
        return options;
    }

    // Every invoice the server holds, counted per reference code.
    static QHash<QString, int> serverCounts(SepayClient &client)
    {
        QHash<QString, int> counts;
        for (int page = 1;; ++page) {
            bool more = false;
            auto *job = client.listInvoices(InvoiceListQuery {page, 100, InvoiceSource::Unknown});
            bool ok = false;
            if (!finish(job,
                    [&] {
                        ok = job->succeeded();
                        for (const InvoiceSummary &invoice : job->invoices())
                            ++counts[invoice.referenceCode];
                        more = job->paging().hasMore;
                    })
                || !ok)
                qWarning() << "list failed on page" << page;
            if (!more)
                break;
        }
        return counts;
    }
};

QTEST_GUILESS_MAIN(TstBatchRunner)
#include "tst_batchrunner.moc"
