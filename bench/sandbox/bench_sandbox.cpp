// bench_sandbox: requests per second of the sandbox server over loopback, one request in flight
// at a time (the way a client polls): GET /v1/usage, and full create -> check -> issue -> check
// cycles (a cycle is six requests with the default one Pending poll per job).

#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"
#include "testpayloads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using einvoice::SandboxConfig;
using einvoice::SandboxServer;

namespace {

double usagePerSecond(SandboxTestClient &client, int count)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        if (client.get(QStringLiteral("/v1/usage")).status != 200)
            return -1;
    }
    return count * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

bool cycle(SandboxTestClient &client, int index)
{
    const QString reference = QStringLiteral("BENCH-%1").arg(index);
    const auto created
        = client.post(QStringLiteral("/v1/invoices/create"), testpayloads::vatInvoice(reference));
    const auto createDone = client.pollUntilDone(QStringLiteral("/v1/invoices/create/check/")
        + created.data().value(QLatin1String("tracking_code")).toString());
    const auto issued
        = client.post(QStringLiteral("/v1/invoices/issue"), {{QStringLiteral("reference_code"), reference}});
    const auto issueDone = client.pollUntilDone(QStringLiteral("/v1/invoices/issue/check/")
        + issued.data().value(QLatin1String("tracking_code")).toString());
    return createDone.data().value(QLatin1String("status")).toString() == QLatin1String("Success")
        && issueDone.data().value(QLatin1String("status")).toString() == QLatin1String("Success");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int usageCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int cycleCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    SandboxConfig config;
    config.initialQuota = cycleCount + 10;
    SandboxServer server(config);
    QTextStream out(stdout);
    if (!server.listen()) {
        out << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    SandboxTestClient client(server.baseUrl());
    client.token();
    usagePerSecond(client, 50); // warm up the connection and the database
    out << "GET /v1/usage: " << qRound(usagePerSecond(client, usageCount)) << " requests/s (" << usageCount
        << " requests)" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < cycleCount; ++i) {
        if (!cycle(client, i)) {
            out << "cycle " << i << " failed" << Qt::endl;
            return 1;
        }
    }
    const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    out << "create -> check -> issue -> check: " << qRound(cycleCount / seconds) << " cycles/s, "
        << qRound(cycleCount * 6 / seconds) << " requests/s (" << cycleCount << " cycles)" << Qt::endl;
    return 0;
}
