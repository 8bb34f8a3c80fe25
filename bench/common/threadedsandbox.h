#pragma once

// The local sandbox server in a thread of its own for the benchmarks, as a real server runs
// elsewhere: the figures then compare the client's work, not two sides sharing one event loop.

#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace einvoice::bench {

class ThreadedSandbox
{
public:
    explicit ThreadedSandbox(const SandboxConfig &config)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, config] {
                m_server = new SandboxServer(config);
                if (m_server->listen())
                    m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }

    ~ThreadedSandbox()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    ThreadedSandbox(const ThreadedSandbox &) = delete;
    ThreadedSandbox &operator=(const ThreadedSandbox &) = delete;

    QUrl baseUrl() const { return m_baseUrl; } // invalid when the server could not listen

private:
    QThread m_thread;
    QObject m_anchor;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

} // namespace einvoice::bench
