#include "../api/sandboxfixture.h"
#include "api/apiconnection.h"
#include "api/createinvoiceoperation.h"
#include "api/usagejob.h"
#include "batch/batchimporter.h"
#include "batch/batchplanwriter.h"
#include "batch/batchrunner.h"
#include "batchfixture.h"
#include "identityfixture.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QElapsedTimer>
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
        BatchStoreFixture store;

        const BatchImport batch = BatchImporter::import(batchCsv(300), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        sandbox.faults({{QStringLiteral("error_rate"), 0.10}, {QStringLiteral("drop_rate"), 0.05}});
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        bool expired = false;
        connect(&runner, &BatchRunner::countsChanged, this, [&](const BatchCounts &counts) {
            if (!expired && counts.done >= 150) {
                expired = true;
                sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
            }
        });
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, false), BatchStoreFixture::fastOptions());
        QVERIFY(finished.wait(240000));
        QVERIFY(expired);
        sandbox.faults({{QStringLiteral("error_rate"), 0.0}, {QStringLiteral("drop_rate"), 0.0}});

        for (const BatchItemResult &result : runner.results())
            QVERIFY2(result.status == BatchItemStatus::Done || result.status == BatchItemStatus::Failed,
                qPrintable(result.referenceCode + u' ' + batchItemStatusName(result.status) + u' '
                    + result.message));
        const QHash<QString, int> counts = serverInvoiceCounts(*client);
        for (const BatchInvoice &invoice : batch.invoices)
            QCOMPARE(counts.value(invoice.invoice.referenceCode), 1); // none lost, none twice
        QCOMPARE(runner.counts().done, 300);
        // The outbox recorded every step: each entry ended succeeded with its events.
        const auto entries = store.outbox->byBatch(QStringLiteral("batch"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 300);
        for (const OutboxEntry &entry : entries.value())
            QCOMPARE(entry.state, OutboxState::Succeeded);
    }

    // A series numbers its invoices in the order they are issued and providers refuse a date
    // before the series' last: a file listing its invoices newest first, sent eight at a time
    // while a tenth of the requests fail and are retried, still numbers them in date order.
    void issue_numbersFollowTheDatesOfTheSeries()
    {
        SandboxFixture sandbox;
        ClientOptions options = fastOptions();
        options.maxConcurrent = 8;
        auto client = sandbox.client(options);
        BatchStoreFixture store;
        QString text
            = QStringLiteral("Mã nhóm hóa đơn;Mã tham chiếu;Ngày hóa đơn;Ký hiệu;Tài khoản nhà cung cấp;"
                             "Tên người mua;Mã số thuế;Địa chỉ;Tên hàng hóa, dịch vụ;Đơn vị tính;"
                             "Số lượng;Đơn giá;Thuế suất\n");
        for (int i = 0; i < 24; ++i) {
            const QString key = QStringLiteral("ORD") + QString::number(i);
            const QDate date = QDate(2026, 1, 9).addDays(-(i / 3)); // three a day, newest first
            text += key + u';' + key + QStringLiteral("-REF;") + date.toString(QStringLiteral("dd/MM/yyyy"))
                + QStringLiteral(";C26TAA;5b1c2e40-1a2b-11f1-9c3d-0242ac120002;Công ty Mẫu;312456782;"
                                 "1 Lê Lợi, TP.HCM;Bàn phím;cái;2;150000;10\n");
        }
        const BatchImport batch = BatchImporter::import(text.toUtf8(), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        sandbox.faults({{QStringLiteral("error_rate"), 0.10}});
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, false), BatchStoreFixture::fastOptions(8));
        QVERIFY(finished.wait(120000));
        sandbox.faults({{QStringLiteral("error_rate"), 0.0}});

        QList<std::pair<int, QDate>> numbered; // invoice number, date
        for (int i = 0; i < runner.results().size(); ++i) {
            const BatchItemResult &result = runner.results().at(i);
            if (result.status == BatchItemStatus::Done)
                numbered.append({result.invoiceNumber.toInt(), batch.invoices.at(i).invoice.issuedAt.date()});
        }
        QVERIFY2(numbered.size() >= 12, qPrintable(QString::number(numbered.size())));
        std::sort(numbered.begin(), numbered.end());
        for (int i = 1; i < numbered.size(); ++i)
            QVERIFY2(numbered.at(i - 1).second <= numbered.at(i).second,
                qPrintable(QStringLiteral("#%1 dated %2 before #%3 dated %4")
                               .arg(numbered.at(i - 1).first)
                               .arg(numbered.at(i - 1).second.toString(Qt::ISODate))
                               .arg(numbered.at(i).first)
                               .arg(numbered.at(i).second.toString(Qt::ISODate))));
    }

    // Direct issue: the outbox keeps the whole history (queued, sent, tracking with its code,
    // succeeded). The entry is written sent before the request leaves and the tracking code is
    // stored while the job runs, or with the outcome when the first poll already finds it done.
    // A row on the account's second template (Mẫu số 2, sales invoices) with its series is issued
    // there by the local server, beside a row that leaves the template to the chosen one (1).
    void templateColumn_issuesToTheSecondTemplatesSeries()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        const QString text = QStringLiteral(
            "Mã nhóm hóa đơn;Mã tham chiếu;Mẫu số;Ký hiệu;Ngày hóa đơn;Tài khoản nhà cung cấp;"
            "Tên người mua;Tên hàng hóa, dịch vụ;Số lượng;Đơn giá;Thuế suất\n"
            "BH1;MS-BH1;2;C26TBB;05/01/2026;%1;Trần Thị B;Sách;3;45000;\n"
            "GT1;MS-GT1;;C26TAA;05/01/2026;%1;Nguyễn Văn A;Bàn phím;2;150000;10\n")
                                 .arg(SandboxSeeder::ActiveAccountId);
        BatchImportOptions options = importOptions(false);
        options.validation.account
            = ProviderAccount {SandboxSeeder::ActiveAccountId, QStringLiteral("matbao"), true, std::nullopt,
                {{QStringLiteral("1"), QStringLiteral("C26TAA"), QString()},
                    {QStringLiteral("2"), QStringLiteral("C26TBB"), QString()}}};
        const BatchImport batch = BatchImporter::import(text.toUtf8(), options);
        QCOMPARE(batch.errorCount(), 0);
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, false), BatchStoreFixture::fastOptions());
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.outcome().allDone());
        QHash<QString, QString> sentAs; // reference code -> template/series
        for (const QJsonValue &post :
            sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"))) {
            const QJsonObject body = post.toObject().value(QLatin1String("body")).toObject();
            sentAs.insert(body.value(QLatin1String("reference_code")).toString(),
                body.value(QLatin1String("template_code")).toString() + u'/'
                    + body.value(QLatin1String("invoice_series")).toString());
        }
        QCOMPARE(sentAs.value(QStringLiteral("MS-BH1")), QStringLiteral("2/C26TBB"));
        QCOMPARE(sentAs.value(QStringLiteral("MS-GT1")), QStringLiteral("1/C26TAA"));
        for (const BatchItemResult &result : runner.results())
            QVERIFY2(!result.invoiceNumber.isEmpty(), qPrintable(result.referenceCode)); // issued, numbered
    }

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
        BatchStoreFixture store;
        const BatchImport batch
            = BatchImporter::import(batchCsv(4, QStringLiteral("DI")), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, false), BatchStoreFixture::fastOptions());
        if (pendingPolls > 0) {
            const auto tracked = [&] {
                const QList<OutboxEntry> entries = store.outbox->byBatch(QStringLiteral("batch")).value();
                return std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &entry) {
                    return entry.state == OutboxState::Tracking && !entry.trackingCode.isEmpty();
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(tracked(), 5000);
        }
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.outcome().allDone());
        const QList<OutboxEntry> entries = store.outbox->byBatch(QStringLiteral("batch")).value();
        QCOMPARE(entries.size(), 4);
        const QList<OutboxState> expected {
            OutboxState::Queued, OutboxState::Sent, OutboxState::Tracking, OutboxState::Succeeded};
        for (const OutboxEntry &entry : entries) {
            QCOMPARE(entry.state, OutboxState::Succeeded);
            QCOMPARE(entry.attempts, 1);
            QVERIFY(!entry.trackingCode.isEmpty());
            QVERIFY(!entry.invoiceNumber.isEmpty());
            const QList<OutboxEvent> events = store.outbox->events(entry.id).value();
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
        BatchStoreFixture store;
        const BatchImport batch = BatchImporter::import(batchCsv(3), importOptions(true));
        // A crash right after the plan was written and the first invoice sent: its entry says
        // "sent", nothing more; the other two are still queued.
        const BatchPlan plan = store.plan(*client, batch.invoices, true);
        const auto written = BatchPlanWriter::write(plan, *store.outbox, *store.identities);
        QVERIFY(written.ok());
        const BatchInvoice &first = batch.invoices.first();
        auto *create = client->createInvoice(first.invoice, true);
        QVERIFY(finish(create, [] {}));
        QVERIFY(store.outbox->markSent(written->entries.first()->id).ok());

        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, true), BatchStoreFixture::fastOptions());
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.outcome().allDone());
        QVERIFY(runner.results().first().resumed);
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 3);
    }

    void cancel_stopsSendingAndFollowsSentOnes()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        const BatchImport batch = BatchImporter::import(batchCsv(20), importOptions(true));
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, true), BatchStoreFixture::fastOptions(2));
        QTRY_COMPARE(runner.counts().sent, 2); // once the plan is written
        runner.cancel();
        QVERIFY(finished.wait(20000));
        // Requests already committed when cancel() came (a CI run saw 4 of them, not 2) are
        // followed to the end; every other invoice is cancelled and never reaches the server.
        const int done = runner.counts().done;
        QVERIFY2(done >= 2 && done < 20, qPrintable(QString::number(done)));
        QCOMPARE(runner.counts().failed, 20 - done);
        QCOMPARE(serverInvoiceCounts(*client).size(), done);
        // The unsent invoices of the plan are cancelled in the outbox: nothing is left to resume.
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 0);
        QCOMPARE(runner.outcome().cancelled, 20 - done);
        QVERIFY(!runner.outcome().allDone());
    }

    // A written plan's items are taken a thousand per turn of the event loop; nothing is sent
    // before the last is taken, and a cancel after that still reaches every item.
    void largePlan_takenOverTurnsThenCancelled_sendsNothing()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        BatchStoreFixture store;
        const BatchImport batch = BatchImporter::import(batchCsv(2500), importOptions(true));
        QCOMPARE(batch.invoices.size(), 2500);
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start(store.plan(*client, batch.invoices, true), BatchStoreFixture::fastOptions(2));
        runner.pause();
        QTRY_COMPARE_WITH_TIMEOUT(runner.counts().queued, 2500, 20000);
        QCOMPARE(runner.counts().sent, 0);
        runner.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(runner.counts().failed, 2500);
        QCOMPARE(runner.outcome().cancelled, 2500);
        QCOMPARE(serverInvoiceCounts(*client).size(), 0);
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 0);
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
        BatchStoreFixture store;
        Database other;
        QVERIFY(other.open(store.path(), {5000, false, 0}).ok());
        OutboxRepository reader(other);
        const BatchImport batch
            = BatchImporter::import(batchCsv(16, QStringLiteral("GC")), importOptions(false));
        QCOMPARE(batch.errorCount(), 0);
        int requests = 0;
        QStringList uncommitted;
        const QString source = QStringLiteral("batch");
        // Every entry's state as this connection and another one see it.
        const auto states = [source](const OutboxRepository &repository) {
            QStringList seen;
            for (const OutboxEntry &entry : repository.byBatch(source).value())
                seen.append(QString::number(entry.id) + toWire(entry.state));
            return seen;
        };
        ChildProbe probe(client.get(), [&] {
            ++requests;
            const QStringList written = states(*store.outbox);
            const QStringList committed = states(reader);
            if (written != committed)
                uncommitted.append(written.join(u',') + u'/' + committed.join(u','));
        });
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        BatchRunOptions options = BatchStoreFixture::fastOptions(4);
        options.checkQuota = false;
        runner.start(store.plan(*client, batch.invoices, false), options);
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.outcome().allDone());
        QVERIFY(requests >= 16);
        QVERIFY2(uncommitted.isEmpty(), qPrintable(uncommitted.join(u' ')));
        QCOMPARE(reader.byBatch(source)->size(), 16);
    }

    // Issue 14: a create answered 429 with Retry-After 3000 s does not wait 50 minutes: it ends
    // at once as "server busy", sending stops, and the invoices stay in the outbox; the next run
    // sends each of them once. A short Retry-After is waited, and the wait is announced.
    void serverBusy_createEndsAtOnceAndIsKeptForTheNextRun()
    {
        SandboxFixture sandbox(jobsEnding(0, 0));
        auto client = sandbox.client();
        QVERIFY(finish(client->usage(), [] {})); // the token is fetched: the next request is a create
        BatchStoreFixture store;
        const BatchImport batch
            = BatchImporter::import(batchCsv(5, QStringLiteral("BUSY")), importOptions(true));
        QSignalSpy waits(client->connection(), &ApiConnection::waiting);
        sandbox.faults(
            {{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 3000}});
        BatchRunner runner(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QElapsedTimer timer;
        timer.start();
        runner.start(store.plan(*client, batch.invoices, true), BatchStoreFixture::fastOptions(1));
        QVERIFY(finished.wait(20000));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(waits.size(), 0); // nothing waited for: the server asked for too long
        const BatchItemResult &first = runner.results().first();
        QCOMPARE(first.status, BatchItemStatus::Unknown);
        QCOMPARE(first.failure, BatchFailure::Busy);
        QVERIFY2(first.message.contains(QLatin1String("50 minute")), qPrintable(first.message));
        QCOMPARE(runner.outcome().cancelled, 4); // not sent, kept queued
        QCOMPARE(store.outbox->unfinished(client->environment().id().key())->size(), 5);

        sandbox.faults({{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 1}});
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        BatchRunner again(client.get(), store.outbox.get(), store.identities.get());
        QSignalSpy againFinished(&again, &BatchRunner::finished);
        again.start(store.plan(*client, batch.invoices, true), BatchStoreFixture::fastOptions(1));
        QVERIFY(againFinished.wait(20000));
        QVERIFY(again.outcome().allDone());
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().at(0).toInt(), 1000);
        QVERIFY(waits.first().at(1).toBool());
        QCOMPARE(serverInvoiceCounts(*client).size(), 5);
        for (const int count : serverInvoiceCounts(*client))
            QCOMPARE(count, 1);
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
};

QTEST_GUILESS_MAIN(TstBatchRunner)
#include "tst_batchrunner.moc"
