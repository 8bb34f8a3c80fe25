// Batch benchmark (issue 9): 1,000 invoices created and issued (is_draft false, the direct-issue
// path) through BatchRunner and the outbox against the local sandbox with its jobs finishing at
// once, next to a baseline in the same run that sends the same requests with plain concurrent
// HTTP at the same concurrency. Prints wall time, invoices per second and requests per invoice.

#include "../common/threadedsandbox.h"
#include "api/sepayclient.h"
#include "batch/batchimporter.h"
#include "batch/batchplanner.h"
#include "batch/batchplanwriter.h"
#include "batch/batchrunner.h"
#include "plainbatchsender.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "store/batchidentityrepository.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace einvoice;

namespace {

constexpr int Invoices = 1000;
constexpr int Concurrency = 4;

struct Figures
{
    double seconds = 0;
    int requests = 0;
    int done = 0;
};

BatchImport batchFile(const QString &prefix)
{
    const QDate today = QDate::currentDate();
    const QString head = u';' + today.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(";C")
        + today.toString(QStringLiteral("yy")) + QStringLiteral("TAA;") + SandboxSeeder::ActiveAccountId
        + QStringLiteral(";Công ty Mẫu;0312456782;1 Lê Lợi, TP.HCM;Bàn phím;cái;2;150000;10\n");
    QString text
        = QStringLiteral("Mã tham chiếu;Ngày hóa đơn;Ký hiệu;Tài khoản nhà cung cấp;Tên người mua;"
                         "Mã số thuế;Địa chỉ;Tên hàng hóa, dịch vụ;Đơn vị tính;Số lượng;Đơn giá;Thuế suất\n");
    for (int i = 0; i < Invoices; ++i)
        text += prefix + QString::number(i) + head;
    BatchImportOptions options;
    options.draft = false;
    return BatchImporter::import(text.toUtf8(), options);
}

Figures runBaseline(const QUrl &baseUrl, const QString &prefix)
{
    QList<Invoice> invoices;
    for (const BatchInvoice &invoice : batchFile(prefix).invoices)
        invoices.append(invoice.invoice);
    batchbench::PlainBatchSender sender(
        baseUrl, QByteArrayLiteral("sandbox-client-id:sandbox-client-secret").toBase64());
    QEventLoop loop;
    QObject::connect(&sender, &batchbench::PlainBatchSender::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    sender.start(invoices, Concurrency);
    loop.exec();
    return Figures {timer.nsecsElapsed() / 1e9, sender.requests(), sender.succeeded()};
}

// walPages > 0: wal_autocheckpoint for the outbox connection (SQLite's default is 1000 pages,
// about one checkpoint with two fsyncs per 150 outbox writes). BENCH_WAL_PAGES overrides it.
void setWalPages(Database &database, int walPages)
{
    if (qEnvironmentVariableIsSet("BENCH_WAL_PAGES"))
        walPages = qEnvironmentVariableIntValue("BENCH_WAL_PAGES");
    if (walPages > 0)
        QSqlQuery(database.connection())
            .exec(QStringLiteral("PRAGMA wal_autocheckpoint=") + QString::number(walPages));
}

Figures runEngine(
    const QUrl &baseUrl, const QString &prefix, const QString &folder, bool fullSync, int walPages = 0)
{
    const BatchImport batch = batchFile(prefix);
    Database database;
    if (!database.open(folder + u'/' + prefix + QStringLiteral("-outbox.sqlite"), {5000, fullSync, 0}).ok())
        return {};
    setWalPages(database, walPages);
    OutboxRepository outbox(database);
    BatchIdentityRepository identities(database);
    QNetworkAccessManager nam;
    int requests = 0;
    QObject::connect(&nam, &QNetworkAccessManager::finished, &nam, [&requests] { ++requests; });
    SepayClient client(Environment::custom(baseUrl), ClientOptions(), nullptr, &nam);
    client.setCredentials(
        Credentials {QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret")});
    BatchRunner runner(&client, &outbox, &identities);
    BatchRunOptions options;
    options.concurrency = Concurrency;
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    // Planning (the identities and the outbox read, every invoice's fingerprint) and writing the
    // plan count as part of the run.
    const BatchPlan plan = BatchPlanner::planLocally(BatchSource::named(prefix + QStringLiteral(".csv")),
        batch.invoices, BatchRunner::environmentKey(client), false, outbox, identities);
    runner.start(plan, options);
    if (runner.isRunning())
        loop.exec();
    return Figures {timer.nsecsElapsed() / 1e9, requests, runner.counts().done};
}

// The outbox alone, as the engine writes it on the direct-issue path: the plan (every entry queued
// in one transaction), then per invoice the entry in sent before the request, then tracking and
// success together. No network.
double runOutboxOnly(const QString &prefix, const QString &folder)
{
    Database database;
    if (!database.open(folder + u'/' + prefix + QStringLiteral("-outbox.sqlite"), {5000, false, 0}).ok())
        return 0;
    setWalPages(database, 0);
    OutboxRepository outbox(database);
    BatchIdentityRepository identities(database);
    const BatchImport batch = batchFile(prefix);
    QElapsedTimer timer;
    timer.start();
    const BatchPlan plan = BatchPlanner::planLocally(BatchSource::named(prefix + QStringLiteral(".csv")),
        batch.invoices, QStringLiteral("bench"), false, outbox, identities);
    const qint64 planned = timer.nsecsElapsed();
    const auto written = BatchPlanWriter::write(plan, outbox, identities);
    if (!written)
        return 0;
    if (qEnvironmentVariableIsSet("BENCH_OUTBOX_ONLY"))
        std::printf("  planning %.3f s, writing the plan %.3f s\n", planned / 1e9,
            (timer.nsecsElapsed() - planned) / 1e9);
    for (const std::optional<OutboxEntry> &entry : written->entries) {
        const StoreResult<OutboxEntry> sent = outbox.markSent(entry->id);
        const QList<OutboxChange> done {{OutboxState::Tracking, QStringLiteral("t"), {}, {}, {}},
            {OutboxState::Succeeded, {}, {}, QStringLiteral("1"), {}}};
        if (!sent || !outbox.transitionAll(sent->id, done))
            return 0;
    }
    return timer.nsecsElapsed() / 1e9;
}

void print(const char *name, const Figures &f)
{
    std::printf("%-26s %8.2f s %8.1f invoices/s %6.2f requests/invoice  %d/%d done\n", name, f.seconds,
        f.done / f.seconds, double(f.requests) / Invoices, f.done, Invoices);
}

// Engine and baseline in turn, three times, then the variants; prints the best ratio.
void compare(const QUrl &baseUrl, const QString &folder)
{
    Figures baseline {1e9, 0, 0};
    Figures engine {1e9, 0, 0};
    // The outbox as the CLI opens it: WAL with synchronous=NORMAL (survives a killed process).
    // The sandbox's database grows with every run and the server slows a little with it, so the
    // side that runs first has it easier: the order alternates, and each pair gives a ratio.
    QList<double> ratios;
    for (int run = 0; run < 3; ++run) {
        Figures b;
        Figures e;
        if (run % 2 == 0) {
            b = runBaseline(baseUrl, QStringLiteral("BASE%1-").arg(run));
            e = runEngine(baseUrl, QStringLiteral("ENG%1-").arg(run), folder, false);
        } else {
            e = runEngine(baseUrl, QStringLiteral("ENG%1-").arg(run), folder, false);
            b = runBaseline(baseUrl, QStringLiteral("BASE%1-").arg(run));
        }
        print("baseline (plain HTTP)", b);
        print("BatchRunner + outbox", e);
        ratios.append(e.seconds / b.seconds);
        if (b.seconds < baseline.seconds)
            baseline = b;
        if (e.seconds < engine.seconds)
            engine = e;
    }
    std::sort(ratios.begin(), ratios.end());
    // For comparison: synchronous=FULL, one fsync per commit (one per invoice: its entry shares
    // a commit with the previous invoice's outcome).
    print("BatchRunner, sync=FULL", runEngine(baseUrl, QStringLiteral("FULL-"), folder, true));
    // For comparison: fewer checkpoints (a WAL of up to 40 MB during a batch).
    print("BatchRunner, wal 10000 pages", runEngine(baseUrl, QStringLiteral("WAL-"), folder, false, 10000));
    std::printf("outbox writes alone (the plan, then 2 transactions per invoice): %.2f s for %d invoices\n",
        runOutboxOnly(QStringLiteral("ONLY-"), folder), Invoices);
    std::printf("best: engine/baseline time %.2fx (target <= 1.30), %.2f requests/invoice (target <= 4)\n",
        engine.seconds / baseline.seconds, double(engine.requests) / Invoices);
    std::printf("pairs: engine/baseline time %.2fx median (%.2fx to %.2fx)\n", ratios.at(1), ratios.first(),
        ratios.last());
}

// BENCH_ONLY=engine or baseline: that side alone, three times (for profiling one side).
void runOneSide(const QUrl &baseUrl, const QString &folder)
{
    const bool engine = qEnvironmentVariable("BENCH_ONLY") == QLatin1String("engine");
    for (int run = 0; run < 3; ++run) {
        const QString prefix = QStringLiteral("SIDE%1-").arg(run);
        print(engine ? "BatchRunner + outbox" : "baseline (plain HTTP)",
            engine ? runEngine(baseUrl, prefix, folder, false) : runBaseline(baseUrl, prefix));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Logging as the CLI sets it up: debug and info off unless QT_LOGGING_RULES asks for them
    // (otherwise the engine side pays for four thousand lines on stderr and the baseline none).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("einvoice.*.debug=false\neinvoice.*.info=false"));
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_OUTBOX_ONLY")) { // for profiling the outbox writes
        std::printf("outbox writes alone: %.2f s\n", runOutboxOnly(QStringLiteral("ONLY-"), dir.path()));
        return 0;
    }
    SandboxConfig config;
    config.dataFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
    config.jobPendingPolls = 0;
    config.jobPendingMs = 0;
    config.initialQuota = 100000;
    const bench::ThreadedSandbox sandbox(config);
    const QUrl baseUrl = sandbox.baseUrl();
    if (!baseUrl.isValid())
        return 1;
    std::printf("%d invoices, create + issue (is_draft false), concurrency %d, sandbox jobs at once\n",
        Invoices, Concurrency);
    if (qEnvironmentVariableIsSet("BENCH_ONLY"))
        runOneSide(baseUrl, dir.path());
    else
        compare(baseUrl, dir.path());
    return 0;
}
