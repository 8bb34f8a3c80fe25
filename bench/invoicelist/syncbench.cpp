#include "syncbench.h"

#include "../common/threadedsandbox.h"
#include "../common/uiblockprobe.h"
#include "api/sepayclient.h"
#include "core/clock.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "plainpagefetcher.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace einvoice::syncbench {

namespace {

constexpr double RatioTarget = 1.3;
constexpr double BlockTargetMs = 16;

struct Run
{
    double ms = -1;
    double worstBlockMs = 0;
    double blockedMs = 0;
};

// The cache as the app opens it (synchronous=FULL): the engine's writes must not pay for it on
// the UI thread.
Run engineRun(const QUrl &baseUrl, const QString &databaseFile, int *rows)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(databaseFile + QLatin1String(suffix));
    Database database;
    if (!database.open(databaseFile))
        return {};
    InvoiceCacheRepository cache(database);
    InvoiceListModel model(&cache);
    model.setEnvironment(QStringLiteral("bench"));
    SepayClient client(Environment::custom(baseUrl));
    const SandboxConfig defaults;
    client.setCredentials(Credentials {defaults.clientId, defaults.clientSecret});
    InvoiceSyncEngine engine(&cache, &model, &SystemClock::instance());
    engine.setClient(&client, QStringLiteral("bench"));
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &InvoiceSyncEngine::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    bench::UiBlockProbe probe;
    QElapsedTimer timer;
    timer.start();
    probe.start();
    engine.start();
    loop.exec();
    probe.stop();
    Run run {timer.nsecsElapsed() / 1e6, probe.worstBlockMs(), probe.blockedMs()};
    const StoreResult<int> cached = cache.count(QStringLiteral("bench"));
    *rows = cached ? cached.value() : -1;
    if (!ok || !cached || cached.value() != model.rowCount())
        run.ms = -1;
    return run;
}

Run baselineRun(const QUrl &baseUrl, int parallel)
{
    const SandboxConfig defaults;
    PlainPageFetcher fetcher(baseUrl, defaults.clientId, defaults.clientSecret, parallel);
    QEventLoop loop;
    int pages = -1;
    bench::UiBlockProbe probe;
    QElapsedTimer timer;
    timer.start();
    probe.start();
    fetcher.run([&](int fetched, qint64) {
        pages = fetched;
        loop.quit();
    });
    loop.exec();
    probe.stop();
    return Run {pages > 0 ? timer.nsecsElapsed() / 1e6 : -1, probe.worstBlockMs(), probe.blockedMs()};
}

const char *verdict(bool ok)
{
    return ok ? "OK" : "OVER";
}

} // namespace

Figures run(const QString &folder, int invoices, int runs)
{
    Figures figures;
    SandboxConfig config;
    config.seedInvoices = invoices;
    config.dataFile = folder + QStringLiteral("/sandbox.sqlite");
    const bench::ThreadedSandbox sandbox(config);
    const QUrl baseUrl = sandbox.baseUrl();
    const int parallel = ClientOptions().maxConcurrent;
    QList<double> ratios;
    Run bestEngine {1e12, 0, 0};
    Run bestBaseline {1e12, 0, 0};
    figures.ok = baseUrl.isValid();
    for (int i = 0; figures.ok && i < runs; ++i) {
        Run engine;
        Run baseline;
        if (i % 2 == 0) {
            baseline = baselineRun(baseUrl, parallel);
            engine = engineRun(baseUrl, folder + QStringLiteral("/sync.sqlite"), &figures.invoices);
        } else {
            engine = engineRun(baseUrl, folder + QStringLiteral("/sync.sqlite"), &figures.invoices);
            baseline = baselineRun(baseUrl, parallel);
        }
        figures.ok = engine.ms > 0 && baseline.ms > 0 && figures.invoices == invoices;
        ratios.append(engine.ms / baseline.ms);
        std::printf(
            "  sync pair %d: engine %.0f ms (UI thread longest block %.1f ms), plain %.0f ms, ratio %.2f\n",
            i + 1, engine.ms, engine.worstBlockMs, baseline.ms, ratios.last());
        std::fflush(stdout);
        figures.worstUiBlockMs = qMax(figures.worstUiBlockMs, engine.worstBlockMs);
        figures.baselineWorstBlockMs = qMax(figures.baselineWorstBlockMs, baseline.worstBlockMs);
        if (engine.ms < bestEngine.ms)
            bestEngine = engine;
        if (baseline.ms < bestBaseline.ms)
            bestBaseline = baseline;
    }
    std::sort(ratios.begin(), ratios.end());
    figures.engineMs = bestEngine.ms;
    figures.baselineMs = bestBaseline.ms;
    figures.uiBlockedMs = bestEngine.blockedMs;
    figures.bestRatio = ratios.isEmpty() ? 0 : ratios.first();
    figures.medianRatio = ratios.isEmpty() ? 0 : ratios.at(ratios.size() / 2);
    return figures;
}

void print(QTextStream &out, const Figures &f)
{
    if (!f.ok) {
        out << "sync: FAILED\n";
        return;
    }
    out << "sync " << f.invoices << " invoices: best " << QString::number(f.engineMs, 'f', 0)
        << " ms; plain concurrent requests: best " << QString::number(f.baselineMs, 'f', 0)
        << " ms; ratio best " << QString::number(f.bestRatio, 'f', 2) << " (median "
        << QString::number(f.medianRatio, 'f', 2) << ")  [target <= " << RatioTarget << "] "
        << verdict(f.bestRatio <= RatioTarget) << "\n";
    out << "sync UI thread: longest block " << QString::number(f.worstUiBlockMs, 'f', 1) << " ms, "
        << QString::number(f.uiBlockedMs, 'f', 0) << " ms blocked in all (plain requests: longest "
        << QString::number(f.baselineWorstBlockMs, 'f', 1) << " ms)  [target <= " << BlockTargetMs << " ms] "
        << verdict(f.worstUiBlockMs <= BlockTargetMs) << "\n";
}

} // namespace einvoice::syncbench
