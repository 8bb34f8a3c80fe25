#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace einvoice::bench {

// Measures how long the event loop of the thread it lives in stays blocked: a precise timer
// ticks every `intervalMs`, and each tick that comes late was held up by the work the loop did
// in between. Start before the work, stop after it.
class UiBlockProbe : public QObject
{
public:
    explicit UiBlockProbe(int intervalMs = 2, QObject *parent = nullptr);

    void start();
    void stop();
    double worstBlockMs() const { return m_worstMs; } // the longest tick delay past the interval
    void resetWorst() { m_worstMs = 0; } // from here on
    double blockedMs() const { return m_blockedMs; } // every delay of more than 1 ms, added up

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    int m_intervalMs;
    double m_worstMs = 0;
    double m_blockedMs = 0;
};

} // namespace einvoice::bench
