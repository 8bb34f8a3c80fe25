// Start-up benchmark. Spawns this program as a child process, alternately as the real app
// (AppShell, first run, Demo) and as a minimal QWidget window, and prints for each the time from
// process start to the first painted window and the resident memory once idle (medians).
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

Sample measure(const QString &mode)
{
    QTemporaryDir home; // a fresh configuration: first run, Demo
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

int runParent(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    QList<double> appPaint, appRss, minPaint, minRss;
    for (int i = 0; i < runs; ++i) {
        const Sample minimal = measure(QStringLiteral("minimal"));
        const Sample full = measure(QStringLiteral("app"));
        minPaint.append(minimal.firstPaintMs);
        minRss.append(minimal.rssMb);
        appPaint.append(full.firstPaintMs);
        appRss.append(full.rssMb);
    }
    std::printf("start-up benchmark: %d runs each, offscreen, medians\n", runs);
    std::printf("%-34s %18s %16s\n", "", "first paint (ms)", "idle RSS (MB)");
    std::printf("%-34s %18.1f %16.1f\n", "minimal QWidget window", median(minPaint), median(minRss));
    std::printf(
        "%-34s %18.1f %16.1f\n", "sepay-einvoice (first run, Demo)", median(appPaint), median(appRss));
    std::printf("%-34s %17.2fx %15.2fx\n", "ratio", median(appPaint) / median(minPaint),
        median(appRss) / median(minRss));
    std::printf("targets: start-up within 1.5x of the minimal window, idle RSS under 120 MB\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && QByteArray(argv[1]) == "--child")
        return runChild(QString::fromLatin1(argv[2]), argc, argv);
    return runParent(argc, argv);
}
