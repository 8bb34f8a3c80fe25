// bench_invoicelist: the invoice list's figures from issue 7.
//   open 100,000 cached invoices (< 1 s), median search keystroke (< 50 ms), resident memory
//   (< 200 MB), and a 10,000-invoice sync from the local sandbox within 1.3x of plain requests
//   (syncbench.h).
// Usage: bench_invoicelist [--rows N] [--sync N] [--runs N]

#include "listbench.h"
#include "syncbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace einvoice;

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
    parser.addOptions({rowsOption, syncOption, runsOption});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString environment = QStringLiteral("bench");

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
