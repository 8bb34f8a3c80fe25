// Every fault the sandbox can inject, against the real client: the client must recover where the
// contract allows it and never create an invoice twice.

#include "api/createinvoiceoperation.h"
#include "api/invoicedetailjob.h"
#include "api/invoicelistjob.h"
#include "api/issueinvoiceoperation.h"
#include "api/tokenmanager.h"
#include "api/usagejob.h"
#include "sandboxfixture.h"

using namespace einvoice;
using namespace einvoice::test;

class TestApiFaults : public QObject
{
    Q_OBJECT

private:
    static int countInvoices(SepayClient *client, const QString &reference)
    {
        int count = -1;
        InvoiceListQuery query;
        query.perPage = 100;
        auto *list = client->listInvoices(query);
        finish(list, [&] {
            count = 0;
            for (const InvoiceSummary &s : list->invoices())
                count += s.referenceCode == reference ? 1 : 0;
        });
        return count;
    }

private Q_SLOTS:
    void get_retriesAfterServerError()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage(); // token first, so the fault hits the request under test
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("error_next"), 2}});
        auto *job = client->usage();
        QVERIFY(finish(job, [&] {
            QVERIFY2(job->succeeded(), qPrintable(job->error().text()));
            QCOMPARE(job->attempts(), 3);
        }));
    }

    void get_givesUpAfterMaxAttempts()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage(); // token first, so the fault hits the request under test
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("error_next"), 10}});
        auto *job = client->usage();
        QVERIFY(finish(job, [&] {
            QCOMPARE(job->error().kind, ApiError::Kind::Http);
            QCOMPARE(job->error().httpStatus, 500);
            QCOMPARE(job->attempts(), client->options().retry.maxAttempts);
        }));
    }

    void get_honoursRetryAfterOn429()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage(); // token first, so the fault hits the request under test
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 1}});
        QElapsedTimer timer;
        timer.start();
        auto *job = client->usage();
        QVERIFY(finish(job, [&] {
            QVERIFY(job->succeeded());
            QCOMPARE(job->attempts(), 2);
        }));
        QVERIFY2(timer.elapsed() >= 900, "waited less than Retry-After");
    }

    void get_retriesAfterDroppedConnectionAndMalformedJson()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage(); // token first, so the fault hits the request under test
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("drop_next"), 1}, {QStringLiteral("malformed_next"), 1}});
        auto *job = client->usage();
        QVERIFY(finish(job, [&] {
            QVERIFY2(job->succeeded(), qPrintable(job->error().text()));
            QVERIFY(job->attempts() >= 2);
        }));
    }

    void get_malformedJsonEveryTimeIsParseError()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        sandbox.faults({{QStringLiteral("malformed_rate"), 1.0}});
        auto *job = client->invoice(QStringLiteral("DEMO-000001"));
        QVERIFY(finish(job, [&] {
            QCOMPARE(job->error().kind, ApiError::Kind::Parse);
            QVERIFY(!job->error().field.isEmpty());
        }));
    }

    void token_expiryMidRunIsRefreshedOnceAndReplayed()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *first = client->usage();
        QVERIFY(finish(first, [&] { QVERIFY(first->succeeded()); }));
        sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
        // Several jobs hit the 401 at once: one new token, each replayed once.
        QList<UsageJob *> jobs;
        int succeeded = 0;
        for (int i = 0; i < 3; ++i) {
            auto *job = client->usage();
            QObject::connect(
                job, &ApiJob::finished, job, [&succeeded, job] { succeeded += job->succeeded() ? 1 : 0; });
            jobs.append(job);
        }
        QTRY_COMPARE_WITH_TIMEOUT(succeeded, 3, 10000);
        QCOMPARE(client->tokens()->fetchCount(), 2);
    }

    void token_refusedTwiceDoesNotLoop()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *first = client->usage();
        QVERIFY(finish(first, [] {}));
        sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
        client->setCredentials(
            Credentials {QStringLiteral("sandbox-client-id"), QStringLiteral("not-the-secret")});
        auto *job = client->usage();
        QVERIFY(finish(job, [&] { QVERIFY(job->error().isAuthenticationFailure()); }));
        QCOMPARE(sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/usage")).size(), 1);
    }

    void create_droppedConnectionDoesNotDuplicate()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage(); // token first, so the drop hits the create itself
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("drop_next"), 1}});
        auto *op = client->createInvoice(sampleInvoice(QStringLiteral("DROP-1")), true);
        QVERIFY(finish(op, [&] {
            QVERIFY2(op->succeeded(), qPrintable(op->error().text()));
            QVERIFY(!op->jobFailed());
        }));
        QCOMPARE(countInvoices(client.get(), QStringLiteral("DROP-1")), 1);
        // Qt may resend a request whose connection closed before any answer by itself; whoever
        // resends, every POST carries the same reference code, so the server holds one invoice.
        for (const QJsonValue &post :
            sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")))
            QCOMPARE(post.toObject()
                         .value(QLatin1String("body"))
                         .toObject()
                         .value(QLatin1String("reference_code"))
                         .toString(),
                QStringLiteral("DROP-1"));
    }

    void create_lostAnswerIsAdoptedNotResent()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage();
        QVERIFY(finish(warm, [] {}));
        // The create runs on the server but its answer arrives cut off.
        sandbox.faults({{QStringLiteral("malformed_next"), 1}});
        auto *op = client->createInvoice(sampleInvoice(QStringLiteral("LOST-1")), false);
        QVERIFY(finish(op, [&] {
            QVERIFY2(op->succeeded(), qPrintable(op->error().text()));
            // The sandbox hides an invoice while its create job runs, so the look-up says 404
            // and the client sends once more with the same reference code; the server answers
            // 409 and the client adopts the invoice instead of creating a second one.
            QVERIFY(op->adopted());
            QVERIFY(op->postCount() <= 2);
        }));
        const QJsonArray posts
            = sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        for (const QJsonValue &post : posts)
            QCOMPARE(post.toObject()
                         .value(QLatin1String("body"))
                         .toObject()
                         .value(QLatin1String("reference_code"))
                         .toString(),
                QStringLiteral("LOST-1"));
    }

    void create_serverErrorIsCheckedThenResentOnce()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage();
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("error_next"), 1}});
        auto *op = client->createInvoice(sampleInvoice(QStringLiteral("E500-1")), true);
        QVERIFY(finish(op, [&] {
            QVERIFY(op->succeeded());
            QCOMPARE(op->postCount(), 2);
            QVERIFY(!op->adopted());
        }));
        // Between the two POSTs the client proved the invoice absent.
        QCOMPARE(sandbox.requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/E500-1")).size(), 1);
        QCOMPARE(countInvoices(client.get(), QStringLiteral("E500-1")), 1);
    }

    void create_rateLimitedIsCheckedThenResent()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *warm = client->usage();
        QVERIFY(finish(warm, [] {}));
        sandbox.faults({{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 0}});
        auto *op = client->createInvoice(sampleInvoice(QStringLiteral("R429-1")), true);
        QVERIFY(finish(op, [&] {
            QVERIFY(op->succeeded());
            QCOMPARE(op->postCount(), 2);
        }));
        QCOMPARE(countInvoices(client.get(), QStringLiteral("R429-1")), 1);
    }

    void create_quotaExceededIsTyped()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        sandbox.admin(QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 0}});
        Invoice invoice = sampleInvoice();
        invoice.isDraft = false;
        auto *op = client->createInvoice(invoice, false);
        QVERIFY(finish(op, [&] {
            QVERIFY(op->error().isQuotaExceeded());
            QCOMPARE(op->postCount(), 1);
            // Issue 16.13: the server's own words come with an explanation in the user's language.
            const QString text = op->error().text();
            QVERIFY2(text.startsWith(ApiError::codeExplanation(QStringLiteral("QUOTA_EXCEEDED"))),
                qPrintable(text));
            QVERIFY2(text.contains(op->error().message), qPrintable(text));
        }));
    }

    void create_failedJobIsReportedAsFailed()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        sandbox.faults({{QStringLiteral("fail_jobs"), true}});
        auto *op = client->createInvoice(sampleInvoice(), true);
        QVERIFY(finish(op, [&] {
            QVERIFY(op->succeeded());
            QVERIFY(op->jobFailed());
            QVERIFY(!op->jobState()->message.isEmpty());
        }));
    }

    void issue_lostAnswerChecksStateAndDoesNotIssueTwice()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto *create = client->createInvoice(sampleInvoice(QStringLiteral("ISS-1")), true);
        QVERIFY(finish(create, [&] { QVERIFY(create->succeeded()); }));
        sandbox.faults({{QStringLiteral("drop_next"), 1}});
        auto *issue = client->issueInvoice(QStringLiteral("ISS-1"), true);
        QVERIFY(finish(issue, [&] {
            QVERIFY2(issue->succeeded(), qPrintable(issue->error().text()));
            QCOMPARE(issue->invoice()->status, InvoiceStatus::Issued);
        }));
        auto *usage = client->usage();
        QVERIFY(finish(usage, [&] { QCOMPARE(usage->quotaRemaining(), 499); }));
    }

    void request_slowerThanTransferTimeoutIsTimeout()
    {
        SandboxFixture sandbox;
        ClientOptions options = fastOptions();
        options.transferTimeoutMs = 150;
        options.retry.maxAttempts = 2;
        auto client = sandbox.client(options);
        sandbox.faults({{QStringLiteral("latency_ms"), 600}});
        auto *job = client->usage();
        QVERIFY(finish(job, [&] { QCOMPARE(job->error().kind, ApiError::Kind::Timeout); }));
        sandbox.faults({{QStringLiteral("latency_ms"), 0}});
    }
};

QTEST_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
