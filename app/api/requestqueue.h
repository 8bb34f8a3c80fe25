#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace einvoice {

// Caps the requests on the wire (default 4) and the number waiting behind them, so that a batch
// of many invoices neither floods the server nor grows without bound.
class RequestQueue : public QObject
{
    Q_OBJECT

public:
    RequestQueue(int maxConcurrent, int maxQueued, QObject *parent = nullptr);

    // Runs granted() (from the event loop) once owner may send. Returns false, and never calls
    // granted, when the queue is full. A destroyed owner gives its place back.
    bool acquire(QObject *owner, std::function<void()> granted);
    // Takes a slot at once when one is free and nobody waits: true, and owner may send now (no
    // callback). Otherwise false and nothing changed: use acquire().
    bool tryAcquire(QObject *owner);
    // Gives back the owner's slot, or its place in the queue.
    void release(QObject *owner);

    int running() const { return int(m_running.size()); }
    int queued() const { return int(m_waiting.size()); }
    int maxConcurrent() const { return m_maxConcurrent; }

Q_SIGNALS:
    void changed();

private:
    struct Waiter
    {
        QPointer<QObject> owner;
        std::function<void()> granted;
    };

    void grant(QObject *owner, std::function<void()> granted);
    void watch(QObject *owner);
    void pump();

    int m_maxConcurrent;
    int m_maxQueued;
    QSet<QObject *> m_running;
    QList<Waiter> m_waiting;
    QHash<QObject *, QMetaObject::Connection> m_watches;
};

} // namespace einvoice
