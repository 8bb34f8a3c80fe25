// bench_invoicelist: the invoice list's figures from issue 7.
//   open 100,000 cached invoices (< 1 s), median search keystroke (< 50 ms), resident memory
//   (< 200 MB), and a 10,000-invoice sync from the local sandbox within 1.3x of plain requests
//   (syncbench.h).
// Issue 22: the list model at 1,000,000 (open < 500 ms, search keystroke median < 50 ms and
//   worst < 150 ms, sort change < 500 ms, memory < 150 MB), seeded once into --seed-cache.
// Usage: bench_invoicelist [--rows N] [--sync N] [--runs N] [--big N] [--seed-cache DIR]

#include "listbench.h"
#include "sqlviewbench.h"
#include "syncbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace einvoice;

namespace {

QString verdict(bool ok)
{
    return ok ? QStringLiteral("OK") : QStringLiteral("OVER");
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

void printSqlView(QTextStream &out, const listbench::SqlViewFigures &view)
{
    out << "the list model over " << view.rows << " invoices (first screen read after each change):\n";
    out << "  open: " << ms(view.openMs) << "  [target < 500 ms] " << verdict(view.openMs < 500) << "\n";
    out << "  search keystroke: median " << ms(view.medianKeystrokeMs) << ", worst "
        << ms(view.worstKeystrokeMs) << " over " << view.keystrokes
        << " keystrokes  [target median < 50 ms, worst < 150 ms] "
        << verdict(view.medianKeystrokeMs < 50 && view.worstKeystrokeMs < 150)
        << "\n  one or two letters alone, after a pause in the typing: worst " << ms(view.worstPausedMs)
        << "  [target < 150 ms] " << verdict(view.worstPausedMs < 150)
        << "\n    (ms: " << view.keystrokeTimes.trimmed() << ")\n";
    out << "  change the sort column: worst " << ms(view.sortMs) << " (" << view.slowestSort
        << ")  [target < 500 ms] " << verdict(view.sortMs < 500) << "\n    (ms: " << view.sortTimes << ")\n";
    out << "  refresh after a sync page (count again, rows kept in place): " << ms(view.refreshMs) << "\n";
    out << "  footer count and sums (on a worker): " << ms(view.totalsMs)
        << "; a row half way down: " << ms(view.deepWindowMs)
        << "; position of one invoice: " << ms(view.positionMs) << "\n";
    out << "  resident memory with the view open: " << QString::number(view.rssMb, 'f', 1)
        << " MB  [target < 150 MB] " << verdict(view.rssMb < 150) << "\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Cached invoices."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption syncOption(QStringLiteral("sync"), QStringLiteral("Invoices to sync (0: skip)."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Sync runs each."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption bigOption(QStringLiteral("big"),
        QStringLiteral("Cached invoices for the SQL view (0: skip)."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption seedCacheOption(QStringLiteral("seed-cache"),
        QStringLiteral("Folder keeping the seeded cache between runs."), QStringLiteral("dir"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
            .filePath(QStringLiteral("sepay-einvoice-bench")));
    parser.addOptions({rowsOption, syncOption, runsOption, bigOption, seedCacheOption});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString environment = QStringLiteral("bench");

    // First, while nothing else was loaded into this process: its resident memory is the view's.
    if (const int big = parser.value(bigOption).toInt(); big > 0) {
        qint64 bigSeedMs = 0;
        const QString file
            = listbench::seededCacheFile(parser.value(seedCacheOption), environment, big, &bigSeedMs);
        if (file.isEmpty()) {
            out << "seeding " << big << " invoices: FAILED\n";
            return 1;
        }
        out << "cache of " << big << " invoices: " << file
            << (bigSeedMs > 0 ? QStringLiteral(" (seeded in %1 ms)").arg(bigSeedMs)
                              : QStringLiteral(" (kept)"))
            << "\n";
        printSqlView(out, listbench::sqlView(file, environment));
    }

    const int rows = parser.value(rowsOption).toInt();
    const qint64 seedMs = listbench::seedCache(database, environment, rows);
    out << "seeded " << rows << " invoices into the cache in " << seedMs << " ms\n";
    out.flush();
    const double rssBefore = listbench::residentMb();
    const listbench::OpenFigures open = listbench::openAndSearch(database, environment);
    const qint64 openMs = open.loadMs + open.modelMs;
    out << "open list: " << openMs << " ms (load " << open.loadMs << " ms, model+sort " << open.modelMs
        << " ms), " << open.rows << " rows  [target < 1000 ms] " << (openMs < 1000 ? "OK" : "OVER") << "\n";
    out << "search keystroke: median " << QString::number(open.medianKeystrokeMs, 'f', 2) << " ms, worst "
        << QString::number(open.worstKeystrokeMs, 'f', 2) << " ms over " << open.keystrokes
        << " keystrokes  [target < 50 ms] " << (open.medianKeystrokeMs < 50 ? "OK" : "OVER") << "\n";
    out << "resident memory after loading: " << QString::number(open.rssMb, 'f', 1) << " MB (before opening "
        << QString::number(rssBefore, 'f', 1) << " MB)  [target < 200 MB] "
        << (open.rssMb < 200 ? "OK" : "OVER") << "\n";
    out.flush();
    printSqlView(out, listbench::sqlView(database, environment));

    const int syncCount = parser.value(syncOption).toInt();
    if (syncCount > 0) {
        const syncbench::Figures sync
            = syncbench::run(dir.path(), syncCount, parser.value(runsOption).toInt());
        syncbench::print(out, sync);
        if (!sync.ok)
            return 1;
    }
    return 0;
}
