// Soak benchmark (issue 21): a long working day, simulated. The local server runs in a thread of
// its own with faults on (5xx, dropped connections, cut-off bodies, 429s); the client side
// refreshes the list and reads the quota every quarter of an hour and issues a batch every hour,
// for 24 simulated hours, with the clock moved forward (not waited for). After the first hour
// and at the end it prints resident memory, the QObjects and timers the day's parts own and the
// rows stored, each with its target and OK / OVER.
//   BENCH_SOAK_HOURS (default 24), BENCH_SOAK_INVOICES (per batch, default 10).

#include "../common/threadedsandbox.h"
#include "soakday.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace einvoice;

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Snapshot
{
    qint64 residentKb = 0;
    int objects = 0;
    int timers = 0;
    qint64 databaseBytes = 0;
    int readings = 0;
    int outbox = 0;
    int events = 0;
    int invoices = 0;
};

Snapshot snapshot(soak::SoakDay &day)
{
    return Snapshot {residentKb(), day.objectCount(), day.timerCount(), day.databaseBytes(),
        day.rowCount("usage_readings"), day.rowCount("outbox"), day.rowCount("outbox_events"),
        day.rowCount("invoice_cache")};
}

const char *verdict(bool ok)
{
    return ok ? "OK" : "OVER";
}

void printComparison(const Snapshot &first, const Snapshot &last, int hours)
{
    const double growthMb = (last.residentKb - first.residentKb) / 1024.0;
    std::printf("resident memory     after hour 1 %.1f MB, after hour %d %.1f MB, growth %.1f MB"
                "   target < 10 MB   %s\n",
        first.residentKb / 1024.0, hours, last.residentKb / 1024.0, growthMb, verdict(growthMb < 10));
    std::printf("QObjects owned      %d -> %d   target no growth   %s\n", first.objects, last.objects,
        verdict(last.objects <= first.objects));
    std::printf("timers owned        %d -> %d   target no growth   %s\n", first.timers, last.timers,
        verdict(last.timers <= first.timers));
    const int invoicesAdded = last.outbox - first.outbox;
    const double eventsPerEntry = invoicesAdded > 0 ? double(last.events - first.events) / invoicesAdded : 0;
    std::printf("outbox              %d -> %d entries, %.1f events per new entry   target <= 6   %s\n",
        first.outbox, last.outbox, eventsPerEntry, verdict(eventsPerEntry <= 6));
    std::printf("quota readings      %d -> %d rows (one per reading, kept %d days)\n", first.readings,
        last.readings, LocalStore::ReadingRetentionDays);
    std::printf("invoice cache       %d -> %d rows\n", first.invoices, last.invoices);
    std::printf("database + WAL      %.1f KB -> %.1f KB\n", first.databaseBytes / 1024.0,
        last.databaseBytes / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("einvoice.*.debug=false\neinvoice.*.info=false\neinvoice.*.warning=false"));
    const int hours = qEnvironmentVariableIsSet("BENCH_SOAK_HOURS")
        ? qEnvironmentVariableIntValue("BENCH_SOAK_HOURS")
        : 24;
    const int perBatch = qEnvironmentVariableIsSet("BENCH_SOAK_INVOICES")
        ? qEnvironmentVariableIntValue("BENCH_SOAK_INVOICES")
        : 10;

    SandboxConfig config;
    config.seedInvoices = 200;
    config.initialQuota = 1'000'000;
    config.faults.errorRate = 0.03;
    config.faults.dropRate = 0.01;
    config.faults.malformedRate = 0.01;
    config.faults.rateLimitRate = 0.01;
    config.faults.retryAfterSeconds = 1;
    bench::ThreadedSandbox server(config);
    QTemporaryDir folder;
    if (!server.baseUrl().isValid() || !folder.isValid()) {
        std::fprintf(stderr, "the local server or the temporary folder is not available\n");
        return 1;
    }
    // The simulated day ends before the real now: the server refuses invoices dated in its future.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-(hours + 1) * 3600);
    soak::SoakDay day(server.baseUrl(), folder.filePath(QStringLiteral("soak.sqlite")), start);
    if (!day.isOpen()) {
        std::fprintf(stderr, "the local store could not be opened\n");
        return 1;
    }
    std::printf("Soak: %d simulated hours, a list refresh and a quota reading every 15 minutes, a batch "
                "of %d invoices every hour; server faults: 3%% 5xx, 1%% dropped, 1%% malformed, 1%% 429\n",
        hours, perBatch);
    QElapsedTimer wall;
    wall.start();
    Snapshot first;
    soak::HourFigures total;
    for (int hour = 0; hour < hours; ++hour) {
        const soak::HourFigures figures = day.runHour(hour, perBatch);
        total.syncs += figures.syncs;
        total.failedSyncs += figures.failedSyncs;
        total.readings += figures.readings;
        total.failedReadings += figures.failedReadings;
        total.issued += figures.issued;
        total.notIssued += figures.notIssued;
        total.timedOut |= figures.timedOut;
        if (hour == 0)
            first = snapshot(day);
        std::printf(
            "  hour %2d: %.1f MB resident, %d objects\n", hour + 1, residentKb() / 1024.0, day.objectCount());
        std::fflush(stdout);
    }
    const Snapshot last = snapshot(day);
    std::printf("work done           %d list refreshes (%d failed after retries), %d quota readings (%d "
                "failed), %d invoices issued, %d not   in %.0f s of wall time\n",
        total.syncs, total.failedSyncs, total.readings, total.failedReadings, total.issued, total.notIssued,
        wall.elapsed() / 1000.0);
    std::printf("every step ended    %s   target yes   %s\n", total.timedOut ? "no" : "yes",
        verdict(!total.timedOut));
    printComparison(first, last, hours);
    return total.timedOut ? 1 : 0;
}
