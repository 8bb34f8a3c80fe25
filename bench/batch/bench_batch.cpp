// Batch benchmark (issues 9 and 22): 10,000 invoices created and issued (is_draft false, the
// direct-issue path) through BatchRunner and the outbox against the local sandbox with its jobs
// finishing at once, next to a baseline in the same run that sends the same requests with plain
// concurrent HTTP at the same concurrency. Prints wall time, invoices per second, requests per
// invoice, resident memory at 1,000, 5,000 and 10,000 invoices, and the UI thread's longest
// event-loop delay during the run (planning, writing the plan and sending, as the batch page).
//
//   bench_batch [--invoices N] [--runs N] [--variants]

#include "../common/residentmemory.h"
#include "../common/threadedsandbox.h"
#include "../common/uiblockprobe.h"
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

#include <QCommandLineParser>
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

int Invoices = 10000;
constexpr int Concurrency = 4;
constexpr double RatioTarget = 1.15;
constexpr double UiDelayTargetMs = 50;
constexpr double FlatGrowthMb = 10; // from 1,000 invoices to the last

struct Figures
{
    double seconds = 0;
    int requests = 0;
    int done = 0;
    double worstUiDelayMs = 0; // the engine only
    double startUiDelayMs = 0; // of that: planning, writing the plan, up to the first invoice done
    double sendUiDelayMs = 0; // and while sending
    QList<QPair<int, double>> residentMb; // the engine only: invoices done, MB
};

// Resident memory as the run passes 1,000, 5,000 and every invoice.
void sampleMemory(BatchRunner &runner, Figures &figures)
{
    QObject::connect(&runner, &BatchRunner::countsChanged, &runner, [&figures](const BatchCounts &counts) {
        const int finished = counts.done + counts.failed;
        for (const int mark : {1000, 5000, Invoices}) {
            if (finished == mark && (figures.residentMb.isEmpty() || figures.residentMb.last().first < mark))
                figures.residentMb.append({mark, bench::residentMb()});
        }
    });
}

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
    return Figures {timer.nsecsElapsed() / 1e9, sender.requests(), sender.succeeded(), 0, 0, 0, {}};
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
    Figures figures;
    sampleMemory(runner, figures);
    bench::UiBlockProbe probe;
    QObject::connect(&runner, &BatchRunner::itemFinished, &runner, [&figures, &probe] {
        if (figures.startUiDelayMs == 0) { // the first invoice is done: sending from here on
            figures.startUiDelayMs = probe.worstBlockMs();
            probe.resetWorst();
        }
    });
    QElapsedTimer timer;
    timer.start();
    probe.start();
    // Planning (the identities and the outbox read, every invoice's fingerprint) and writing the
    // plan count as part of the run, as the page does them: on the plan thread (issue 22).
    BatchPlanner planner(&client, &outbox, &identities);
    QObject::connect(&planner, &BatchPlanner::finished, &runner, [&] {
        runner.start(planner.result(), options);
        if (!runner.isRunning())
            loop.quit();
    });
    planner.plan(BatchSource::named(prefix + QStringLiteral(".csv")), batch.invoices,
        client.environment().id().key(), false);
    loop.exec();
    probe.stop();
    figures.seconds = timer.nsecsElapsed() / 1e9;
    figures.requests = requests;
    figures.done = runner.counts().done;
    figures.worstUiDelayMs = qMax(probe.worstBlockMs(), figures.startUiDelayMs);
    figures.sendUiDelayMs = probe.worstBlockMs();
    return figures;
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
    std::printf("%-26s %8.2f s %8.1f invoices/s %6.2f requests/invoice  %d/%d done", name, f.seconds,
        f.done / f.seconds, double(f.requests) / Invoices, f.done, Invoices);
    if (f.worstUiDelayMs > 0)
        std::printf("  UI delay %.0f ms (start %.0f, sending %.0f)", f.worstUiDelayMs, f.startUiDelayMs,
            f.sendUiDelayMs);
    std::printf("\n");
}

const char *verdict(bool ok)
{
    return ok ? "OK" : "OVER";
}

void printMemory(const Figures &engine)
{
    std::printf("resident memory:");
    for (const auto &[invoices, mb] : engine.residentMb)
        std::printf(" %d invoices %.1f MB;", invoices, mb);
    if (engine.residentMb.size() < 2) {
        std::printf(" (too few invoices to say)\n");
        return;
    }
    const double growth = engine.residentMb.last().second - engine.residentMb.first().second;
    std::printf(" growth %.1f MB  [target < %.0f MB: flat] %s\n", growth, FlatGrowthMb,
        growth < FlatGrowthMb ? "OK, flat" : "OVER, not flat");
}

// Engine and baseline in turn, `runs` times; prints the best ratio of a pair.
void compare(const QUrl &baseUrl, const QString &folder, int runs, bool variants)
{
    Figures baseline {1e9, 0, 0, 0, 0, 0, {}};
    Figures engine {1e9, 0, 0, 0, 0, 0, {}};
    double worstUiDelayMs = 0;
    double worstStartMs = 0;
    double worstSendMs = 0;
    // The outbox as the CLI opens it: WAL with synchronous=NORMAL (survives a killed process).
    // The sandbox's database grows with every run and the server slows a little with it, so the
    // side that runs first has it easier: the order alternates, and each pair gives a ratio.
    QList<double> ratios;
    for (int run = 0; run < runs; ++run) {
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
        worstUiDelayMs = qMax(worstUiDelayMs, e.worstUiDelayMs);
        worstStartMs = qMax(worstStartMs, e.startUiDelayMs);
        worstSendMs = qMax(worstSendMs, e.sendUiDelayMs);
        if (b.seconds < baseline.seconds)
            baseline = b;
        if (e.seconds < engine.seconds)
            engine = e;
    }
    std::sort(ratios.begin(), ratios.end());
    if (variants) {
        // For comparison: synchronous=FULL, one fsync per commit (one per invoice: its entry shares
        // a commit with the previous invoice's outcome).
        print("BatchRunner, sync=FULL", runEngine(baseUrl, QStringLiteral("FULL-"), folder, true));
        // For comparison: fewer checkpoints (a WAL of up to 40 MB during a batch).
        print(
            "BatchRunner, wal 10000 pages", runEngine(baseUrl, QStringLiteral("WAL-"), folder, false, 10000));
        std::printf(
            "outbox writes alone (the plan, then 2 transactions per invoice): %.2f s for %d invoices\n",
            runOutboxOnly(QStringLiteral("ONLY-"), folder), Invoices);
    }
    std::printf("batch %d invoices: engine/baseline time best pair %.2fx (median %.2fx, %.2fx to %.2fx)  "
                "[target <= %.2f] %s\n",
        Invoices, ratios.first(), ratios.at(ratios.size() / 2), ratios.first(), ratios.last(), RatioTarget,
        verdict(ratios.first() <= RatioTarget));
    std::printf("requests: %.2f per invoice  [target <= 4] %s\n", double(engine.requests) / Invoices,
        verdict(engine.requests <= 4 * Invoices));
    printMemory(engine);
    std::printf("UI event loop: longest delay %.0f ms during the runs  [target < %.0f ms] %s\n",
        worstUiDelayMs, UiDelayTargetMs, verdict(worstUiDelayMs < UiDelayTargetMs));
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
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption invoicesOption(QStringLiteral("invoices"), QStringLiteral("Invoices per run."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Pairs of runs."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption variantsOption(
        QStringLiteral("variants"), QStringLiteral("Also sync=FULL, a larger WAL and the outbox alone."));
    parser.addOptions({invoicesOption, runsOption, variantsOption});
    parser.process(app);
    Invoices = qMax(1, parser.value(invoicesOption).toInt());
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
    config.initialQuota = 1000000;
    const bench::ThreadedSandbox sandbox(config);
    const QUrl baseUrl = sandbox.baseUrl();
    if (!baseUrl.isValid())
        return 1;
    std::printf("%d invoices, create + issue (is_draft false), concurrency %d, sandbox jobs at once\n",
        Invoices, Concurrency);
    if (qEnvironmentVariableIsSet("BENCH_ONLY"))
        runOneSide(baseUrl, dir.path());
    else
        compare(baseUrl, dir.path(), qMax(1, parser.value(runsOption).toInt()), parser.isSet(variantsOption));
    return 0;
}
