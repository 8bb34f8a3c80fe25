#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace einvoice::bench {

StartupProbe::StartupProbe(QWidget *window, int idleMs, QObject *parent) : QObject(parent), m_idleMs(idleMs)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Report once this paint event has been handled and flushed.
        QTimer::singleShot(0, this, &StartupProbe::onPainted);
    }
    return false;
}

void StartupProbe::onPainted()
{
    std::printf("painted\n");
    std::fflush(stdout);
    QTimer::singleShot(m_idleMs, this, [] {
        std::printf("rss %lld\n", static_cast<long long>(residentKb()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

qint64 StartupProbe::residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace einvoice::bench
