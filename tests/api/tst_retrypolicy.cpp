// RetryPolicy: exponential backoff with bounded jitter, Retry-After parsing, and the client's
// rule that a POST is never resent blindly while a GET is retried.

#include "api/deletedraftjob.h"
#include "api/invoicelistjob.h"
#include "api/retrypolicy.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <cmath>

using namespace einvoice;
using namespace einvoice::test;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    // Fetches the token and lists once, so the faults below hit the request under test.
    static void warmUp(SepayClient &client)
    {
        auto *job = client.listInvoices();
        QVERIFY(finish(job, [] {}));
    }

private Q_SLOTS:
    void delay_growsExponentiallyUpToTheCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("1") << 1 << 500;
        QTest::newRow("2") << 2 << 1000;
        QTest::newRow("3") << 3 << 2000;
        QTest::newRow("4") << 4 << 4000;
        QTest::newRow("5") << 5 << 8000;
        QTest::newRow("6 capped") << 6 << 10000;
        QTest::newRow("40 capped") << 40 << 10000;
    }

    void delay_growsExponentiallyUpToTheCap()
    {
        QFETCH(int, attempt);
        QFETCH(int, expectedMs);
        const RetryPolicy policy; // base 500, cap 10000
        QCOMPARE(policy.delayMs(attempt, 0.5), expectedMs); // 0.5: no jitter
    }

    void delay_jitterStaysWithinItsShare()
    {
        const RetryPolicy policy;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const double raw = std::min(10000.0, 500.0 * std::pow(2.0, attempt - 1));
            const int low = policy.delayMs(attempt, 0.0);
            const int high = policy.delayMs(attempt, 0.999999);
            QCOMPARE(low, int(std::lround(raw * 0.75)));
            QVERIFY(high <= std::min(10000, int(std::lround(raw * 1.25))));
            QVERIFY(low < high || raw >= 10000);
        }
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.delayMs(2);
            QVERIFY2(delay >= 750 && delay <= 1250, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        QVERIFY(seen.size() > 10); // really random
    }

    void retryAfter_parsesSecondsAndDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("seconds") << QByteArray("3") << 3000;
        QTest::newRow("spaces") << QByteArray(" 0 ") << 0;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("huge (fuzz_api_responses)") << QByteArray("9223372036854775807") << 24 * 3600 * 1000;
        QTest::newRow("date ahead") << QByteArray("Mon, 04 May 2026 09:30:10 GMT") << 10000;
        QTest::newRow("date past") << QByteArray("Mon, 04 May 2026 09:00:00 GMT") << 0;
    }

    void retryAfter_parsesSecondsAndDates()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expectedMs);
        const QDateTime now(QDate(2026, 5, 4), QTime(9, 30), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfterMs(header, now), expectedMs);
    }

    void client_honoursRetryAfterOverBackoff()
    {
        SandboxFixture sandbox;
        ClientOptions options = fastOptions();
        options.retry.baseDelayMs = 1; // backoff alone would retry at once
        auto client = sandbox.client(options);
        warmUp(*client);
        sandbox.faults({{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 1}});
        QElapsedTimer timer;
        timer.start();
        auto *job = client->listInvoices();
        bool ok = false;
        QVERIFY(finish(job, [&] { ok = job->succeeded(); }));
        QVERIFY(ok);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices")).size(), 3);
    }

    void client_retriesGetButNeverResendsPost()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        warmUp(*client);
        sandbox.faults({{QStringLiteral("error_next"), 1}});
        auto *list = client->listInvoices();
        bool listed = false;
        QVERIFY(finish(list, [&] { listed = list->succeeded(); }));
        QVERIFY(listed);
        QCOMPARE(sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices")).size(), 3);

        sandbox.faults({{QStringLiteral("error_next"), 1}});
        auto *remove = client->deleteDraft(QStringLiteral("ANY-REF"));
        ApiError error;
        QVERIFY(finish(remove, [&] { error = remove->error(); }));
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(
            sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/delete/ANY-REF")).size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
