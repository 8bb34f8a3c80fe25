// Load against the real sepay-sandbox program, as another program on the machine could send it
// (issue 21): the server runs with a low open-file limit (512) and short request and idle
// timeouts; thousands of half-sent requests, twenty 50 MB bodies and a hundred large unfinished
// bodies arrive. Throughout, a fresh client is answered; afterwards every slow connection has been
// closed by the server itself and its peak memory (VmHWM) stayed bounded. Prints the figures.

#include "rawhttpconnection.h"
#include "sandboxprocess.h"
#include "sandboxtestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

using Connections = std::vector<std::unique_ptr<RawHttpConnection>>;

constexpr rlim_t ServerOpenFiles = 512;
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 PeakGrowthTargetMiB = 256; // above the server's 64 MiB budget, far below 1 GB

int raiseOwnOpenFileLimit()
{
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur == RLIM_INFINITY ? 1 << 20 : int(std::min<rlim_t>(limit.rlim_cur, 1 << 20));
}

int countConnected(const Connections &connections)
{
    return int(std::count_if(
        connections.begin(), connections.end(), [](const auto &c) { return c->isConnected(); }));
}

int countAnswers(const Connections &connections, int status)
{
    int count = 0;
    for (const auto &connection : connections) {
        const auto answers = connection->answers();
        count += int(std::count_if(
            answers.begin(), answers.end(), [status](const auto &a) { return a.status == status; }));
    }
    return count;
}

} // namespace

class SandboxLoadTest : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QUrl m_base;
    quint16 m_port = 0;
    qint64 m_baselineKb = 0;
    QStringList m_figures;

    qint64 serverStatusKb(const char *field) const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QRegularExpression line(QStringLiteral("^%1:\\s+(\\d+) kB").arg(QLatin1String(field)),
            QRegularExpression::MultilineOption);
        return line.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
    }

    int serverOpenFiles() const
    {
        return int(QDir(QStringLiteral("/proc/%1/fd").arg(m_server.processId()))
                       .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                       .size());
    }

    void figure(const QString &text)
    {
        m_figures.append(text);
        qInfo().noquote() << text;
    }

    // A fresh client is answered, and quickly.
    void verifyAnswering(const QString &when)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        SandboxTestClient client(m_base);
        QCOMPARE(client.admin("GET", QStringLiteral("/_sandbox/quota")).status, 200);
        figure(QStringLiteral("fresh request %1: answered in %2 ms").arg(when).arg(elapsed.elapsed()));
    }

    // Opens connections that each send the start of a request and nothing more.
    Connections openHalfSent(int count, const QByteArray &start)
    {
        return openHalfSent(m_port, count, start);
    }

    static Connections openHalfSent(quint16 port, int count, const QByteArray &start)
    {
        Connections connections;
        for (int i = 0; i < count; ++i) {
            auto connection = std::make_unique<RawHttpConnection>();
            RawHttpConnection *raw = connection.get();
            connect(&raw->socket(), &QAbstractSocket::connected, raw, [raw, start] { raw->send(start); });
            raw->connectTo(port);
            connections.push_back(std::move(connection));
        }
        const bool settled = QTest::qWaitFor(
            [&connections] {
                return std::all_of(connections.begin(), connections.end(),
                    [](const auto &c) { return c->isConnected() || c->wasClosed(); });
            },
            120000);
        if (!settled)
            qWarning() << "connections still opening:" << count - countConnected(connections);
        return connections;
    }

    void waitUntilServerClosesAll(const Connections &connections, const QString &what)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        const bool closed
            = QTest::qWaitFor([&connections] { return countConnected(connections) == 0; }, 60000);
        QVERIFY2(closed, qPrintable(QStringLiteral("%1 still open").arg(countConnected(connections))));
        figure(QStringLiteral("%1: all closed by the server %2 ms later").arg(what).arg(elapsed.elapsed()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        figure(QStringLiteral("client open-file limit: %1").arg(raiseOwnOpenFileLimit()));
        m_server.setChildProcessModifier([] {
            const rlimit limit {ServerOpenFiles, ServerOpenFiles};
            setrlimit(RLIMIT_NOFILE, &limit);
        });
        m_base = startSandboxProgram(m_server,
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--request-timeout-ms"),
                QStringLiteral("3000"), QStringLiteral("--idle-timeout-ms"), QStringLiteral("3000")});
        m_port = quint16(m_base.port());
        QVERIFY(m_port != 0);
        verifyAnswering(QStringLiteral("at start"));
        m_baselineKb = serverStatusKb("VmRSS");
        figure(QStringLiteral("server resident memory at start: %1 MiB").arg(m_baselineKb / 1024));
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    void halfSentRequests_serverKeepsAnsweringAndClosesThem()
    {
        const int count = 3000;
        QElapsedTimer elapsed;
        elapsed.start();
        const Connections slow
            = openHalfSent(count, "POST /v1/invoices/create HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n");
        const int files = serverOpenFiles();
        figure(
            QStringLiteral("%1 half-sent requests opened in %2 ms; the server holds %3 open files (limit %4)")
                .arg(count)
                .arg(elapsed.elapsed())
                .arg(files)
                .arg(ServerOpenFiles));
        QVERIFY2(files < int(ServerOpenFiles) * 3 / 4, qPrintable(QString::number(files))); // room to answer
        verifyAnswering(QStringLiteral("with the connection limit reached"));
        waitUntilServerClosesAll(slow, QStringLiteral("half-sent requests"));
        QCOMPARE(m_server.state(), QProcess::Running);
    }

    void fiftyMegabyteBodies_refusedWithoutBeingRead()
    {
        const QByteArray body(50 * MiB, 'x'); // shared by every connection's write buffer
        Connections big;
        for (int i = 0; i < 20; ++i) {
            big.push_back(std::make_unique<RawHttpConnection>());
            QVERIFY(big.back()->open(m_port));
            big.back()->send(
                "POST /v1/invoices/create HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n");
            big.back()->send(body);
        }
        waitUntilServerClosesAll(big, QStringLiteral("twenty 50 MB bodies"));
        const int refused = countAnswers(big, 413);
        figure(QStringLiteral("twenty 50 MB bodies: %1 answered 413, the rest reset while sending")
                   .arg(refused));
        for (const auto &connection : big) {
            for (const auto &answer : connection->answers())
                QCOMPARE(answer.status, 413);
        }
        verifyAnswering(QStringLiteral("after the 50 MB bodies"));
    }

    void largeUnfinishedBodies_keptWithinTheBudget()
    {
        const QByteArray start
            = "POST /v1/invoices/create HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n"
            + QByteArray(1536 * 1024, ' ');
        const Connections large = openHalfSent(100, start);
        QVERIFY(QTest::qWaitFor(
            [&large] { // every byte has left the client
                return std::all_of(large.begin(), large.end(),
                    [](const auto &c) { return c->wasClosed() || c->socket().bytesToWrite() == 0; });
            },
            30000));
        verifyAnswering(QStringLiteral("with 100 large bodies unfinished"));
        waitUntilServerClosesAll(large, QStringLiteral("100 unfinished 1.5 MB bodies"));
        figure(QStringLiteral("100 unfinished 1.5 MB bodies: %1 refused 503 (budget), %2 timed out 408")
                   .arg(countAnswers(large, 503))
                   .arg(countAnswers(large, 408)));
        QVERIFY(countAnswers(large, 503) > 0);
    }

    // So few files that accepting itself fails (EMFILE), where QTcpServer stops accepting for
    // good: the server closes the connection idle the longest and accepts again.
    void openFilesRunOut_serverStillAccepts()
    {
#ifdef __SANITIZE_ADDRESS__
        // The asan preset's UBSan checks a vptr that misses its cache by reading the object through
        // a pipe (sanitizer_common's IsAccessibleMemoryRange). With no descriptor left, which is
        // what this test is about, that pipe fails and the check reports an invalid vptr on sound
        // objects. ASan alone (-fno-sanitize=vptr) runs this path clean; README, Testing.
        QSKIP("UBSan's vptr check needs a free file descriptor, and this test leaves none");
#endif
        QProcess tiny;
        tiny.setChildProcessModifier([] {
            const rlimit limit {12, 12};
            setrlimit(RLIMIT_NOFILE, &limit);
        });
        const QUrl url = startSandboxProgram(tiny, {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(url.isValid());
        const Connections slow = openHalfSent(quint16(url.port()), 40, "GET /v1/usage HTTP/1.1\r\n");
        QElapsedTimer elapsed;
        elapsed.start();
        SandboxTestClient client(url);
        QCOMPARE(client.admin("GET", QStringLiteral("/_sandbox/quota")).status, 200);
        const qsizetype acceptErrors
            = QString::fromUtf8(tiny.readAllStandardError()).count(QLatin1String("out of open files"));
        figure(QStringLiteral("open-file limit 12, 40 half-sent requests: fresh request answered in %1 ms, "
                              "%2 times out of files, recovered")
                   .arg(elapsed.elapsed())
                   .arg(acceptErrors));
        tiny.terminate();
        QVERIFY(tiny.waitForFinished(5000));
    }

    void memory_stayedBounded()
    {
        const qint64 peakKb = serverStatusKb("VmHWM");
        const qint64 growthMiB = (peakKb - m_baselineKb) / 1024;
        figure(QStringLiteral(
            "server peak resident memory: %1 MiB (start %2 MiB, growth %3 MiB, target < %4 MiB): %5")
                   .arg(peakKb / 1024)
                   .arg(m_baselineKb / 1024)
                   .arg(growthMiB)
                   .arg(PeakGrowthTargetMiB)
                   .arg(growthMiB < PeakGrowthTargetMiB ? QStringLiteral("OK") : QStringLiteral("OVER")));
        QVERIFY2(growthMiB < 2 * PeakGrowthTargetMiB, qPrintable(m_figures.join(QLatin1Char('\n'))));
        verifyAnswering(QStringLiteral("at the end"));
    }
};

QTEST_MAIN(SandboxLoadTest)
#include "tst_sandboxload.moc"
