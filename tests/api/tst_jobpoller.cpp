// JobPoller against the sandbox with a ManualClock: the backoff sequence, the in-flight guard,
// stopping at Success or Failed, the overall timeout, cancel; and a create --wait whose job is
// slower than the timeout.

#include "api/createinvoiceoperation.h"
#include "api/jobpoller.h"
#include "core/clock.h"
#include "sandboxfixture.h"

using namespace einvoice;
using namespace einvoice::test;

namespace {

PollingOptions polling()
{
    PollingOptions options;
    options.initialIntervalMs = 5;
    options.maxIntervalMs = 40;
    options.factor = 2.0;
    options.overallTimeoutMs = 60000;
    return options;
}

SandboxConfig pendingFor(int polls)
{
    SandboxConfig config;
    config.jobPendingPolls = polls;
    return config;
}

// What a poller left behind: it deletes itself after finished(), so read everything then.
struct Outcome
{
    int finished = 0;
    bool succeeded = false;
    ApiError error;
    JobState state;
    int checks = 0;
};

std::shared_ptr<Outcome> watch(JobPoller *poller)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(poller, &JobPoller::finished, poller, [outcome, poller] {
        ++outcome->finished;
        outcome->succeeded = poller->succeeded();
        outcome->error = poller->error();
        outcome->state = poller->state();
        outcome->checks = poller->checks();
    });
    return outcome;
}

} // namespace

class TestJobPoller : public QObject
{
    Q_OBJECT

    ManualClock m_clock {QDateTime::currentDateTimeUtc()};

    // Creates a draft without waiting and returns its tracking code.
    QString createJob(SepayClient &client, const QString &buyer = QString())
    {
        Invoice invoice = sampleInvoice();
        invoice.invoiceSeries = QStringLiteral("C") + QDate::currentDate().toString(QStringLiteral("yy"))
            + QStringLiteral("TAA");
        invoice.issuedAt = QDateTime(QDate::currentDate(), QTime(0, 0, 1));
        if (!buyer.isEmpty()) {
            invoice.buyer.name = buyer;
            invoice.isDraft = false;
        }
        auto *operation = client.createInvoice(invoice, false);
        QString tracking;
        [&] {
            QVERIFY(finish(operation, [&] { tracking = operation->trackingCode(); }));
        }();
        return tracking;
    }

private Q_SLOTS:
    void poll_backoffDoublesUpToTheCap()
    {
        SandboxFixture sandbox(pendingFor(7));
        auto client = sandbox.client(fastOptions(), &m_clock);
        const QString tracking = createJob(*client);
        QVERIFY(!tracking.isEmpty());
        auto *poller = new JobPoller(client->connection(), JobKind::Create, tracking, polling());
        const auto outcome = watch(poller);
        QList<int> intervals;
        QList<JobStatus> states;
        connect(poller, &JobPoller::progress, this, [&, poller](const JobState &state, int) {
            intervals.append(poller->currentIntervalMs());
            states.append(state.status);
        });
        poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished > 0, 10000);
        // The interval in force when each check answered: it grows only while nothing changes.
        QCOMPARE(intervals, (QList<int> {5, 5, 10, 20, 40, 40, 40, 40}));
        QCOMPARE(states.last(), JobStatus::Success);
        QVERIFY(outcome->succeeded);
        QCOMPARE(outcome->checks, 8);
    }

    void poll_neverHasTwoChecksInFlight()
    {
        SandboxFixture sandbox(pendingFor(3));
        auto client = sandbox.client(fastOptions(), &m_clock);
        const QString tracking = createJob(*client);
        sandbox.faults({{QStringLiteral("latency_ms"), 150}}); // answers slower than the interval
        auto *poller = new JobPoller(client->connection(), JobKind::Create, tracking, polling());
        const auto outcome = watch(poller);
        poller->start();
        poller->start(); // a second start is ignored
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished > 0, 10000);
        QVERIFY(outcome->succeeded);
        const qsizetype checks
            = sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/create/check/")).size();
        QCOMPARE(checks, qsizetype(outcome->checks));
        QCOMPARE(outcome->checks, 4);
    }

    void poll_stopsAtFailed()
    {
        SandboxFixture sandbox(pendingFor(2));
        auto client = sandbox.client(fastOptions(), &m_clock);
        const QString tracking = createJob(*client, QStringLiteral("Cong ty [FAIL]"));
        auto *poller = new JobPoller(client->connection(), JobKind::Create, tracking, polling());
        const auto outcome = watch(poller);
        poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished > 0, 10000);
        QVERIFY(outcome->succeeded); // the poll worked; the job itself failed
        QCOMPARE(outcome->state.status, JobStatus::Failed);
        const int checks = outcome->checks;
        QTest::qWait(100); // nothing more is asked after the end
        QCOMPARE(sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/create/check/")).size(),
            qsizetype(checks));
    }

    void poll_overallTimeoutOnTheClientClock()
    {
        SandboxFixture sandbox(pendingFor(1000));
        auto client = sandbox.client(fastOptions(), &m_clock);
        const QString tracking = createJob(*client);
        PollingOptions options = polling();
        options.overallTimeoutMs = 30000;
        auto *poller = new JobPoller(client->connection(), JobKind::Create, tracking, options);
        const auto outcome = watch(poller);
        connect(poller, &JobPoller::progress, this, [&](const JobState &, int checks) {
            if (checks == 3)
                m_clock.advanceMs(31000); // half a minute passes between two checks
        });
        poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished > 0, 10000);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome->checks, 3);
        QCOMPARE(outcome->state.status, JobStatus::Pending);
    }

    void poll_cancelEndsAtOnce()
    {
        SandboxFixture sandbox(pendingFor(1000));
        auto client = sandbox.client(fastOptions(), &m_clock);
        const QString tracking = createJob(*client);
        auto *poller = new JobPoller(client->connection(), JobKind::Create, tracking, polling());
        const auto outcome = watch(poller);
        connect(poller, &JobPoller::progress, poller, [poller](const JobState &, int checks) {
            if (checks == 2)
                poller->cancel();
        });
        poller->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome->finished > 0, 10000);
        QCOMPARE(outcome->finished, 1);
        QCOMPARE(outcome->error.kind, ApiError::Kind::Cancelled);
        QTest::qWait(100);
        QCOMPARE(
            sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/create/check/")).size(), 2);
    }

    void create_jobSlowerThanTheTimeoutIsTimeoutAndKeepsItsReference()
    {
        SandboxConfig config;
        config.jobPendingMs = 60000; // the job takes a minute
        SandboxFixture sandbox(config);
        ClientOptions options = fastOptions();
        options.polling.overallTimeoutMs = 400;
        auto client = sandbox.client(options);
        Invoice invoice = sampleInvoice(QStringLiteral("SLOW-JOB-1"));
        invoice.invoiceSeries = QStringLiteral("C") + QDate::currentDate().toString(QStringLiteral("yy"))
            + QStringLiteral("TAA");
        invoice.issuedAt = QDateTime(QDate::currentDate(), QTime(0, 0, 1));
        auto *operation = client->createInvoice(invoice, true);
        ApiError error;
        QString reference;
        QString tracking;
        QVERIFY(finish(operation, [&] {
            error = operation->error();
            reference = operation->referenceCode();
            tracking = operation->trackingCode();
        }));
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QCOMPARE(reference, QStringLiteral("SLOW-JOB-1"));
        QVERIFY(!tracking.isEmpty()); // the caller can keep following it
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobPoller)
#include "tst_jobpoller.moc"
