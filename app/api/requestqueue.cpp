#include "requestqueue.h"

#include <QTimer>

#include <algorithm>

namespace einvoice {

RequestQueue::RequestQueue(int maxConcurrent, int maxQueued, QObject *parent)
    : QObject(parent), m_maxConcurrent(std::max(1, maxConcurrent)), m_maxQueued(std::max(0, maxQueued))
{
}

bool RequestQueue::acquire(QObject *owner, std::function<void()> granted)
{
    if (m_running.contains(owner))
        return true;
    watch(owner);
    if (m_running.size() < m_maxConcurrent && m_waiting.isEmpty()) {
        grant(owner, std::move(granted));
        return true;
    }
    if (m_waiting.size() >= m_maxQueued) {
        disconnect(m_watches.take(owner));
        return false;
    }
    m_waiting.append(Waiter {owner, std::move(granted)});
    Q_EMIT changed();
    return true;
}

bool RequestQueue::tryAcquire(QObject *owner)
{
    if (m_running.contains(owner))
        return true;
    if (m_running.size() >= m_maxConcurrent || !m_waiting.isEmpty())
        return false;
    watch(owner);
    m_running.insert(owner);
    Q_EMIT changed();
    return true;
}

void RequestQueue::watch(QObject *owner)
{
    if (!m_watches.contains(owner))
        m_watches.insert(owner, connect(owner, &QObject::destroyed, this, [this, owner] { release(owner); }));
}

void RequestQueue::grant(QObject *owner, std::function<void()> granted)
{
    m_running.insert(owner);
    QPointer<QObject> guard(owner);
    QTimer::singleShot(0, owner, [guard, granted = std::move(granted)] {
        if (guard)
            granted();
    });
    Q_EMIT changed();
}

void RequestQueue::release(QObject *owner)
{
    const bool wasRunning = m_running.remove(owner);
    const auto removed = std::remove_if(m_waiting.begin(), m_waiting.end(),
        [owner](const Waiter &w) { return w.owner.isNull() || w.owner == owner; });
    const bool wasWaiting = removed != m_waiting.end();
    m_waiting.erase(removed, m_waiting.end());
    disconnect(m_watches.take(owner));
    if (wasRunning)
        pump();
    if (wasRunning || wasWaiting)
        Q_EMIT changed();
}

void RequestQueue::pump()
{
    while (m_running.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        Waiter next = m_waiting.takeFirst();
        if (next.owner)
            grant(next.owner, std::move(next.granted));
    }
}

} // namespace einvoice
