// The sandbox's fault switches and admin path (/_sandbox/...): latency without blocking, 500s,
// dropped connections, cut-off JSON, 429 with Retry-After, token expiry, failed jobs, the
// request log, reset; determinism under the seed.

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"
#include "testpayloads.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using einvoice::SandboxConfig;
using einvoice::SandboxServer;
using namespace testpayloads;

class SandboxFaultsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    void start(SandboxConfig config = {})
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_client->token();
    }

    void setFaults(const QJsonObject &faults)
    {
        const auto result = m_client->admin("POST", QStringLiteral("/_sandbox/faults"), faults);
        QCOMPARE(result.status, 200);
    }

private Q_SLOTS:
    void init() { start(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void faults_adminRouteReadsAndChangesSwitches()
    {
        const auto initial = m_client->admin("GET", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(initial.json.value(QLatin1String("error_rate")).toDouble(), 0.0);
        setFaults({{QStringLiteral("error_rate"), 0.25}, {QStringLiteral("fail_jobs"), true}});
        const auto now = m_client->admin("GET", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(now.json.value(QLatin1String("error_rate")).toDouble(), 0.25);
        QCOMPARE(now.json.value(QLatin1String("fail_jobs")).toBool(), true);
        QCOMPARE(
            m_client->admin("POST", QStringLiteral("/_sandbox/faults"), {{QStringLiteral("error_rate"), 2}})
                .status,
            400);
        QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/faults"), {{QStringLiteral("bogus"), 1}})
                     .status,
            400);
    }

    void latency_defersAnswersWithoutBlockingOthers()
    {
        setFaults({{QStringLiteral("latency_ms"), 400}});
        QNetworkAccessManager manager;
        QNetworkRequest slowRequest(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1/usage")));
        slowRequest.setRawHeader("Authorization", "Bearer " + m_client->token().toLatin1());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *slow = manager.get(slowRequest);
        QSignalSpy slowDone(slow, &QNetworkReply::finished);
        // The admin path is never delayed, and the deferred answer does not hold the server up.
        const auto admin = m_client->admin("GET", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(admin.status, 200);
        QVERIFY(slowDone.isEmpty());
        QVERIFY(slowDone.wait(5000));
        QVERIFY(timer.elapsed() >= 400);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
    }

    void errorNext_answers500ThenRecovers()
    {
        setFaults({{QStringLiteral("error_next"), 1}});
        const auto failed = m_client->get(QStringLiteral("/v1/usage"));
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.errorCode(), QStringLiteral("INTERNAL_ERROR"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 200);
    }

    void nextPath_aimsTheNextFaultsAtOnePath()
    {
        setFaults({{QStringLiteral("error_next"), 1}, {QStringLiteral("malformed_next"), 1},
            {QStringLiteral("next_path"), QStringLiteral("/v1/provider-accounts")}});
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 200); // not aimed at
        QVERIFY(m_client->get(QStringLiteral("/v1/usage")).isJson);
        QCOMPARE(m_client->get(QStringLiteral("/v1/provider-accounts")).status, 500);
        QVERIFY(!m_client->get(QStringLiteral("/v1/provider-accounts")).isJson); // cut off
        QCOMPARE(m_client->get(QStringLiteral("/v1/provider-accounts")).status, 200);
        const auto faults = m_client->admin("GET", QStringLiteral("/_sandbox/faults")).json;
        QCOMPARE(faults.value(QLatin1String("error_next")).toInt(), 0);
        QCOMPARE(
            faults.value(QLatin1String("next_path")).toString(), QStringLiteral("/v1/provider-accounts"));
    }

    void errorRate_isDeterministicUnderTheSeed()
    {
        const auto run = [this] {
            SandboxConfig config;
            config.randomSeed = 42;
            config.faults.errorRate = 0.5;
            start(config);
            QList<int> statuses;
            for (int i = 0; i < 20; ++i)
                statuses.append(m_client->get(QStringLiteral("/v1/usage")).status);
            return statuses;
        };
        const QList<int> first = run();
        const QList<int> second = run();
        QCOMPARE(first, second);
        QVERIFY(first.contains(500));
        QVERIFY(first.contains(200));
    }

    void drop_closesTheConnectionWithoutAnAnswer()
    {
        setFaults({{QStringLiteral("drop_rate"), 1.0}});
        const auto result = m_client->get(QStringLiteral("/v1/usage"));
        QCOMPARE(result.status, 0);
        QVERIFY(result.error != QNetworkReply::NoError);
        setFaults({{QStringLiteral("drop_rate"), 0.0}});
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 200);
    }

    void malformed_cutsTheJsonBodyOff()
    {
        setFaults({{QStringLiteral("malformed_next"), 1}});
        const auto result = m_client->get(QStringLiteral("/v1/provider-accounts"));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.body.isEmpty());
        QVERIFY(!result.isJson);
        QVERIFY(m_client->get(QStringLiteral("/v1/provider-accounts")).isJson);
    }

    void rateLimit_answers429WithRetryAfter()
    {
        setFaults({{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after_seconds"), 3}});
        const auto result = m_client->get(QStringLiteral("/v1/usage"));
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("Retry-After"), QByteArray("3"));
        QCOMPARE(result.errorCode(), QStringLiteral("TOO_MANY_REQUESTS"));
    }

    void expireTokens_makesTheNextCall401()
    {
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 200);
        QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/expire-tokens")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 401);
        m_client->forgetToken();
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 200);
    }

    void tokenLifetime_zeroSecondsExpiresAtOnce()
    {
        SandboxConfig config;
        config.tokenLifetimeSeconds = 0;
        start(config);
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage")).status, 401);
    }

    void failJobs_makesEveryJobFail()
    {
        setFaults({{QStringLiteral("fail_jobs"), true}});
        const auto accepted
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("F-1"), false));
        const auto done = m_client->pollUntilDone(QStringLiteral("/v1/invoices/create/check/")
            + accepted.data().value(QLatin1String("tracking_code")).toString());
        QCOMPARE(done.data().value(QLatin1String("status")).toString(), QStringLiteral("Failed"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage"))
                     .data()
                     .value(QLatin1String("quota_remaining"))
                     .toString(),
            QStringLiteral("500"));
    }

    void jobTiming_staysPendingForTheConfiguredPolls()
    {
        m_client->admin(
            "POST", QStringLiteral("/_sandbox/settings"), {{QStringLiteral("job_pending_polls"), 3}});
        const auto accepted
            = m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("J-1")));
        const QString path = QStringLiteral("/v1/invoices/create/check/")
            + accepted.data().value(QLatin1String("tracking_code")).toString();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->get(path).data().value(QLatin1String("status")).toString(),
                QStringLiteral("Pending"));
        QCOMPARE(
            m_client->get(path).data().value(QLatin1String("status")).toString(), QStringLiteral("Success"));
    }

    void requestLog_recordsWhatTheClientSentWithRedactedAuthorization()
    {
        m_client->admin("DELETE", QStringLiteral("/_sandbox/requests"));
        m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("L-1")));
        const auto log = m_client->admin("GET", QStringLiteral("/_sandbox/requests"));
        const QJsonArray requests = log.json.value(QLatin1String("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject entry = requests.at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(entry.value(QLatin1String("path")).toString(), QStringLiteral("/v1/invoices/create"));
        const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
        QCOMPARE(headers.value(QLatin1String("authorization")).toString(), QStringLiteral("Bearer ***"));
        QCOMPARE(headers.value(QLatin1String("content-type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(
            entry.value(QLatin1String("body")).toObject().value(QLatin1String("reference_code")).toString(),
            QStringLiteral("L-1"));
        QVERIFY(!QJsonDocument(log.json).toJson().contains(m_client->token().toLatin1()));
    }

    void reset_restoresSeededStateAndFaults()
    {
        m_client->admin("POST", QStringLiteral("/_sandbox/quota"), {{QStringLiteral("quota_remaining"), 3}});
        m_client->post(QStringLiteral("/v1/invoices/create"), vatInvoice(QStringLiteral("R-1")));
        setFaults({{QStringLiteral("error_rate"), 1.0}});
        QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/reset")).status, 200);
        m_client->forgetToken();
        QCOMPARE(m_client->get(QStringLiteral("/v1/usage"))
                     .data()
                     .value(QLatin1String("quota_remaining"))
                     .toString(),
            QStringLiteral("500"));
        QCOMPARE(m_client->get(QStringLiteral("/v1/invoices"))
                     .data()
                     .value(QLatin1String("paging"))
                     .toObject()
                     .value(QLatin1String("total"))
                     .toInt(),
            0);
        QCOMPARE(m_client->get(QStringLiteral("/v1/provider-accounts"))
                     .data()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
            3);
    }
};

QTEST_MAIN(SandboxFaultsTest)
#include "tst_sandboxfaults.moc"
