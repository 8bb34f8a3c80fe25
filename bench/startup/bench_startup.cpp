// Start-up benchmark. Spawns this program as a child process, in turn as a minimal QWidget window,
// as the real app on its first run (a fresh home: Demo, empty local database) and as the real app
// on a later run (the home of an earlier run), and prints for each the time from process start to
// the first painted window and the resident memory once idle. Each app run is compared with the
// minimal window measured next to it; the best and the median ratio are printed with the targets
// (issue 22: first run <= 2x, later runs <= 1.5x).
//
//   bench_startup [runs]        default 5 runs of each
#include "startupprobe.h"
#include "ui/shell/appidentity.h"
#include "ui/shell/appshell.h"
#include "ui/shell/desktopapp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace einvoice;

namespace {

constexpr int idleMs = 2000;

struct Sample
{
    double firstPaintMs = -1;
    double rssMb = -1;
};

int runChild(const QString &mode, int argc, char **argv)
{
    QApplication app(argc, argv);
    if (mode == QLatin1String("minimal")) {
        QLabel window(QStringLiteral("Hello"));
        window.resize(1180, 760);
        bench::StartupProbe probe(&window, idleMs);
        window.show();
        return app.exec();
    }
    QElapsedTimer phase;
    phase.start();
    const bool trace = qEnvironmentVariableIsSet("EINVOICE_BENCH_TRACE");
    auto mark = [&](const char *what) {
        if (trace)
            std::fprintf(stderr, "%-24s %6.1f ms\n", what, double(phase.nsecsElapsed()) / 1e6);
    };
    mark("application");
    setUpApplicationIdentity();
    mark("identity");
    DesktopApp desktop;
    mark("desktop app");
    desktop.start();
    mark("window shown");
    bench::StartupProbe probe(desktop.shell()->mainWindow(), idleMs);
    return app.exec();
}

// home: a fresh one is a first run (Demo); one an earlier run used is a later run.
Sample measure(const QString &mode, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Sample sample;
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode});
    while (child.state() != QProcess::NotRunning || child.canReadLine()) {
        if (!child.canReadLine() && !child.waitForReadyRead(30000))
            break;
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line == "painted")
                sample.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
            else if (line.startsWith("rss "))
                sample.rssMb = line.mid(4).toDouble() / 1024.0;
        }
    }
    child.waitForFinished(30000);
    return sample;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double best(QList<double> values)
{
    return values.isEmpty() ? -1 : *std::min_element(values.cbegin(), values.cend());
}

void printRatio(const char *what, const QList<double> &ratios, double target)
{
    const double ratio = best(ratios);
    std::printf("%-34s best %.2fx, median %.2fx  [target <= %.1fx] %s\n", what, ratio, median(ratios), target,
        ratio <= target ? "OK" : "OVER");
}

int runParent(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    QList<double> appPaint, laterPaint, appRss, minPaint, minRss, firstRatios, laterRatios;
    QTemporaryDir laterHome; // the app's first run here makes every following one a later run
    measure(QStringLiteral("app"), laterHome);
    for (int i = 0; i < runs; ++i) {
        const Sample minimal = measure(QStringLiteral("minimal"), QTemporaryDir());
        const Sample first = measure(QStringLiteral("app"), QTemporaryDir());
        const Sample later = measure(QStringLiteral("app"), laterHome);
        minPaint.append(minimal.firstPaintMs);
        minRss.append(minimal.rssMb);
        appPaint.append(first.firstPaintMs);
        appRss.append(first.rssMb);
        laterPaint.append(later.firstPaintMs);
        firstRatios.append(first.firstPaintMs / minimal.firstPaintMs);
        laterRatios.append(later.firstPaintMs / minimal.firstPaintMs);
    }
    std::printf("start-up benchmark: %d runs each, offscreen; first paint best (median)\n", runs);
    std::printf("%-34s %22s %16s\n", "", "first paint (ms)", "idle RSS (MB)");
    std::printf("%-34s %12.1f (%7.1f) %16.1f\n", "minimal QWidget window", best(minPaint), median(minPaint),
        median(minRss));
    std::printf("%-34s %12.1f (%7.1f) %16.1f\n", "sepay-einvoice, first run (Demo)", best(appPaint),
        median(appPaint), median(appRss));
    std::printf(
        "%-34s %12.1f (%7.1f)\n", "sepay-einvoice, later run (Demo)", best(laterPaint), median(laterPaint));
    printRatio("first run / minimal window", firstRatios, 2.0);
    printRatio("later run / minimal window", laterRatios, 1.5);
    const double rss = median(appRss);
    std::printf(
        "%-34s %.1f MB  [target < 120 MB] %s\n", "idle resident memory", rss, rss < 120 ? "OK" : "OVER");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && QByteArray(argv[1]) == "--child")
        return runChild(QString::fromLatin1(argv[2]), argc, argv);
    return runParent(argc, argv);
}
