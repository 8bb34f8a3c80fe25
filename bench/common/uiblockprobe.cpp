#include "uiblockprobe.h"

namespace einvoice::bench {

UiBlockProbe::UiBlockProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UiBlockProbe::tick);
}

void UiBlockProbe::start()
{
    m_worstMs = 0;
    m_blockedMs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void UiBlockProbe::stop()
{
    m_timer.stop();
    tick(); // the stretch since the last tick counts too
}

void UiBlockProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = (now - m_lastNs) / 1e6 - m_intervalMs;
    m_lastNs = now;
    m_worstMs = qMax(m_worstMs, lateMs);
    if (lateMs > 1)
        m_blockedMs += lateMs;
}

} // namespace einvoice::bench
