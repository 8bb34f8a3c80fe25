// The sandbox server's limits (issue 21): request heads and bodies are refused by size before
// the body is read (413/431/411/400 in the contract's error shape), slow requests get 408, idle
// connections are closed, a new connection over the limit takes the place of the oldest one,
// unfinished requests share a memory budget, unread answers close the connection, and the
// request log stays within its entries and bytes. All over real loopback sockets.

#include "rawhttpconnection.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QTimer>

#include <memory>

using einvoice::SandboxConfig;
using einvoice::SandboxServer;

class SandboxLimitsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;

    static SandboxConfig smallLimits()
    {
        SandboxConfig config;
        config.limits.maxBodyBytes = 4096;
        config.limits.maxHeaderBytes = 2048;
        config.limits.requestTimeoutMs = 400;
        config.limits.idleTimeoutMs = 400;
        return config;
    }

    void start(const SandboxConfig &config = smallLimits())
    {
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->listen());
    }

    quint16 port() const { return m_server->port(); }

    // The server still answers an ordinary request.
    void verifyAnswering()
    {
        SandboxTestClient client(m_server->baseUrl());
        QCOMPARE(client.admin("GET", QStringLiteral("/_sandbox/quota")).status, 200);
    }

    // Sends bytes on a new connection and returns the one answer that comes before it closes.
    RawHttpConnection::Answer refusalOf(const QByteArray &bytes)
    {
        RawHttpConnection connection;
        if (!connection.open(port()))
            return {};
        connection.send(bytes);
        if (!connection.waitForClosed())
            return {};
        const auto answers = connection.answers();
        return answers.size() == 1 ? answers.first() : RawHttpConnection::Answer();
    }

    static void verifyError(const RawHttpConnection::Answer &answer, int status, const QString &code)
    {
        QCOMPARE(answer.status, status);
        const QJsonObject json = answer.json();
        QCOMPARE(json.value(QLatin1String("success")).toBool(true), false);
        QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(), code);
        QVERIFY(!json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
    }

    QJsonArray loggedRequests()
    {
        SandboxTestClient client(m_server->baseUrl());
        return client.admin("GET", QStringLiteral("/_sandbox/requests"))
            .json.value(QLatin1String("requests"))
            .toArray();
    }

private Q_SLOTS:
    void init() { start(); }
    void cleanup() { m_server.reset(); }

    void body_overTheLimit_gets413BeforeTheBodyIsSent()
    {
        // Only the head goes out: the answer cannot depend on the body having been read.
        const auto answer
            = refusalOf("POST /v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n");
        verifyError(answer, 413, QStringLiteral("PAYLOAD_TOO_LARGE"));
        QVERIFY(answer.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("4096")));
        verifyAnswering();
    }

    void body_atTheLimit_isServedAndLoggedCutOff()
    {
        SandboxConfig config = smallLimits();
        config.requestLog.maxBodyBytes = 100;
        start(config);
        RawHttpConnection connection;
        QVERIFY(connection.open(port()));
        connection.send(RawHttpConnection::request("POST", "/v1/token", QByteArray(4096, 'x')));
        QVERIFY(connection.waitForAnswers(1));
        QCOMPARE(connection.answers().first().status, 400); // no credentials: read and answered
        const QJsonObject entry = loggedRequests().last().toObject();
        QCOMPARE(entry.value(QLatin1String("path")).toString(), QStringLiteral("/v1/token"));
        QCOMPARE(entry.value(QLatin1String("body")).toString(), QString(100, QLatin1Char('x')));
        QCOMPARE(entry.value(QLatin1String("body_truncated")).toBool(), true);
        QCOMPARE(entry.value(QLatin1String("body_bytes")).toInt(), 4096);
    }

    void head_overTheLimit_gets431()
    {
        const QByteArray cookie = "Cookie: " + QByteArray(3000, 'c') + "\r\n";
        verifyError(refusalOf("GET /v1/usage HTTP/1.1\r\nHost: x\r\n" + cookie + "\r\n"), 431,
            QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"));
        // A head that never ends is refused as soon as it passes the limit.
        verifyError(refusalOf("GET /v1/usage HTTP/1.1\r\nX: " + QByteArray(5000, 'y')), 431,
            QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"));
        verifyAnswering();
    }

    void chunkedBody_gets411()
    {
        verifyError(
            refusalOf(
                "POST /v1/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"),
            411, QStringLiteral("LENGTH_REQUIRED"));
    }

    void unreadableContentLength_gets400()
    {
        verifyError(refusalOf("POST /v1/token HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n"), 400,
            QStringLiteral("BAD_REQUEST"));
        verifyError(
            refusalOf("POST /v1/token HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"), 400,
            QStringLiteral("BAD_REQUEST"));
    }

    void slowRequest_gets408EvenWhileItTrickles()
    {
        RawHttpConnection connection;
        QVERIFY(connection.open(port()));
        QElapsedTimer elapsed;
        elapsed.start();
        connection.send("POST /v1/token HTTP/1.1\r\n");
        QTimer trickle; // a byte every 50 ms: activity must not keep a request alive forever
        connect(&trickle, &QTimer::timeout, &connection, [&connection] { connection.send("X"); });
        trickle.start(50);
        QVERIFY(connection.waitForClosed(10000));
        QVERIFY2(elapsed.elapsed() >= 350, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(connection.answers().size(), 1);
        verifyError(connection.answers().first(), 408, QStringLiteral("REQUEST_TIMEOUT"));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void idleConnection_isClosedAfterItsAnswer()
    {
        RawHttpConnection connection;
        QVERIFY(connection.open(port()));
        connection.send(RawHttpConnection::request("GET", "/_sandbox/quota"));
        QVERIFY(connection.waitForAnswers(1));
        QCOMPARE(connection.answers().first().status, 200);
        QVERIFY(connection.isConnected()); // keep-alive
        QVERIFY(connection.waitForClosed(10000));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void pipelinedAndTrickledRequests_areAllAnswered()
    {
        RawHttpConnection pipelined;
        QVERIFY(pipelined.open(port()));
        const QByteArray body = R"({"quota_remaining":7})";
        pipelined.send(RawHttpConnection::request("POST", "/_sandbox/quota", body)
            + RawHttpConnection::request("GET", "/_sandbox/quota")
            + RawHttpConnection::request("GET", "/_sandbox/faults"));
        QVERIFY(pipelined.waitForAnswers(3));
        QCOMPARE(pipelined.answers().at(1).json().value(QLatin1String("quota_remaining")).toInt(), 7);
        QCOMPARE(pipelined.answers().at(2).status, 200);

        RawHttpConnection trickled; // the head and body in one-byte pieces, each its own packet
        QVERIFY(trickled.open(port()));
        const QByteArray request
            = RawHttpConnection::request("POST", "/_sandbox/quota", R"({"quota_remaining":9})");
        for (const char byte : request) {
            trickled.send(QByteArray(1, byte));
            trickled.socket().flush();
            QTest::qWait(1);
        }
        QVERIFY(trickled.waitForAnswers(1));
        QCOMPARE(trickled.answers().first().json().value(QLatin1String("quota_remaining")).toInt(), 9);
    }

    void connectionsOverTheLimit_takeThePlaceOfTheOldest()
    {
        SandboxConfig config = smallLimits();
        config.limits.maxConnections = 4;
        config.limits.requestTimeoutMs = 60000;
        start(config);
        std::vector<std::unique_ptr<RawHttpConnection>> slow;
        for (int i = 0; i < 4; ++i) {
            slow.push_back(std::make_unique<RawHttpConnection>());
            QVERIFY(slow.back()->open(port()));
            slow.back()->send("GET /v1/usage HTTP/1.1\r\n"); // and never more
        }
        QTRY_COMPARE(m_server->connectionCount(), 4);
        verifyAnswering(); // a fifth connection is served...
        QVERIFY(slow.front()->waitForClosed()); // ...in the place of the oldest
        QTRY_VERIFY(m_server->connectionCount() <= 4);
        int open = 0;
        for (const auto &connection : slow)
            open += connection->isConnected() ? 1 : 0;
        QCOMPARE(open, 3);
    }

    void connectionsAllAwaitingAnswers_newcomerGets503()
    {
        SandboxConfig config = smallLimits();
        config.limits.maxConnections = 2;
        config.limits.requestTimeoutMs = 60000;
        config.faults.latencyMs = 3000; // answers to /v1 wait: the connections cannot be closed
        start(config);
        std::vector<std::unique_ptr<RawHttpConnection>> waiting;
        for (int i = 0; i < 2; ++i) {
            waiting.push_back(std::make_unique<RawHttpConnection>());
            QVERIFY(waiting.back()->open(port()));
            waiting.back()->send(RawHttpConnection::request("GET", "/v1/usage"));
        }
        QTRY_COMPARE(m_server->requestLog().value(QLatin1String("requests")).toArray().size(), 2); // taken
        verifyError(refusalOf(RawHttpConnection::request("GET", "/_sandbox/quota")), 503,
            QStringLiteral("SERVICE_UNAVAILABLE"));
        for (const auto &connection : waiting) {
            QVERIFY(connection->waitForAnswers(1, 10000)); // still answered, late
            QCOMPARE(connection->answers().first().status, 401);
        }
    }

    void unfinishedRequests_shareOneBudget_theLargestIsRefused()
    {
        SandboxConfig config = smallLimits();
        config.limits.maxBodyBytes = 64 * 1024;
        config.limits.maxBufferedBytes = 200 * 1024; // each buffered byte counts twice
        config.limits.requestTimeoutMs = 60000;
        start(config);
        const QByteArray head = "POST /_sandbox/quota HTTP/1.1\r\nContent-Length: 65536\r\n\r\n";
        RawHttpConnection large;
        QVERIFY(large.open(port()));
        large.send(head + QByteArray(60 * 1024, ' '));
        RawHttpConnection smaller;
        QVERIFY(smaller.open(port()));
        smaller.send(head + QByteArray(50 * 1024, ' '));
        QVERIFY(large.waitForClosed());
        verifyError(large.answers().value(0), 503, QStringLiteral("SERVICE_UNAVAILABLE"));
        QVERIFY(smaller.isConnected());
        smaller.send(QByteArray(14 * 1024 - 2, ' ') + "{}"); // completes the smaller one
        QVERIFY(smaller.waitForAnswers(1));
        QCOMPARE(smaller.answers().first().status, 400); // an empty object names no quota
    }

    void answersLeftUnread_closeTheConnection()
    {
        SandboxConfig config;
        config.limits.maxUnsentBytes = 256 * 1024;
        start(config);
        SandboxTestClient client(m_server->baseUrl());
        for (int i = 0; i < 40; ++i) // fills the request log: each GET of it is about 2.5 MB
            client.postRaw(QStringLiteral("/v1/token"), QByteArray(60 * 1024, 'z'));
        const int others = m_server->connectionCount(); // the client's keep-alive connection stays
        RawHttpConnection reader;
        QVERIFY(reader.open(port()));
        reader.setReading(false);
        QTRY_COMPARE(m_server->connectionCount(), others + 1);
        QByteArray requests;
        for (int i = 0; i < 20; ++i)
            requests += RawHttpConnection::request("GET", "/_sandbox/requests");
        reader.send(requests);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->connectionCount() == others, 10000);
        reader.setReading(true);
        QVERIFY(reader.waitForClosed());
        QVERIFY2(reader.answers().size() < 20, qPrintable(QString::number(reader.answers().size())));
    }

    void requestLog_keepsWithinItsEntriesAndBytes()
    {
        SandboxConfig config;
        config.requestLog.maxEntries = 5;
        config.requestLog.maxBytes = 16 * 1024;
        config.requestLog.maxBodyBytes = 1024;
        start(config);
        SandboxTestClient client(m_server->baseUrl());
        for (int i = 0; i < 12; ++i)
            client.call("GET", QStringLiteral("/v1/invoices?page=%1").arg(i));
        QJsonArray requests = loggedRequests();
        QCOMPARE(requests.size(), 5);
        QCOMPARE(
            requests.last().toObject().value(QLatin1String("query")).toString(), QStringLiteral("page=11"));
        QCOMPARE(
            requests.first().toObject().value(QLatin1String("query")).toString(), QStringLiteral("page=7"));

        for (int i = 0; i < 5; ++i) // bodies of 1 MB: each kept as its first KiB
            client.postRaw(QStringLiteral("/v1/token"), QByteArray(1024 * 1024, 'b'));
        requests = loggedRequests();
        QCOMPARE(requests.size(), 5);
        for (const QJsonValue &value : requests) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(QLatin1String("body")).toString().size(), 1024);
            QCOMPARE(entry.value(QLatin1String("body_truncated")).toBool(), true);
        }

        config.requestLog.maxBytes = 3000; // fewer bytes than five entries need
        start(config);
        SandboxTestClient small(m_server->baseUrl());
        for (int i = 0; i < 5; ++i)
            small.postRaw(QStringLiteral("/v1/token"), QByteArray(1000, 'c'));
        QCOMPARE(loggedRequests().size(), 2);
    }

    void settings_outOfRange_refusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("huge ms") << QByteArray(R"({"job_pending_ms":1e12})")
                                 << QStringLiteral("job_pending_ms");
        QTest::newRow("past int") << QByteArray(R"({"token_lifetime_seconds":4294967296})")
                                  << QStringLiteral("token_lifetime_seconds");
        QTest::newRow("negative") << QByteArray(R"({"job_pending_polls":-1})")
                                  << QStringLiteral("job_pending_polls");
        QTest::newRow("fraction") << QByteArray(R"({"job_pending_polls":1.5})")
                                  << QStringLiteral("job_pending_polls");
        QTest::newRow("text") << QByteArray(R"({"job_pending_ms":"10"})") << QStringLiteral("job_pending_ms");
        QTest::newRow("unknown") << QByteArray(R"({"job_pending":1})") << QStringLiteral("job_pending");
        QTest::newRow("quota") << QByteArray(R"({"quota_remaining":1e300})")
                               << QStringLiteral("quota_remaining");
    }

    void settings_outOfRange_refusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        SandboxTestClient client(m_server->baseUrl());
        const QString path = field == QLatin1String("quota_remaining") ? QStringLiteral("/_sandbox/quota")
                                                                       : QStringLiteral("/_sandbox/settings");
        const auto before = client.call("GET", path);
        const auto refused = client.call("POST", path, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("BAD_REQUEST"));
        QVERIFY2(refused.errorMessage().contains(field), qPrintable(refused.errorMessage()));
        QCOMPARE(client.call("GET", path).json, before.json); // nothing changed, nothing became 0
    }
};

QTEST_MAIN(SandboxLimitsTest)
#include "tst_sandboxlimits.moc"
