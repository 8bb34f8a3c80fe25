#pragma once

#include "connectionlimits.h"

#include <QList>
#include <QTcpServer>

namespace einvoice {

class ConnectionGuard;

// The listening socket of the sandbox server, owned by it rather than by QtHttpServer so that
// every connection gets a ConnectionGuard before the HTTP parser sees it. Keeps the number of
// connections and the bytes of unfinished requests within ConnectionLimits: a new connection over
// the limit takes the place of the one idle the longest, and when the buffered bytes of all
// connections exceed the budget the largest unfinished request is refused with 503.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int connectionCount() const { return int(m_guards.size()); }
    int maxConnections() const { return m_maxConnections; }
    qint64 bufferedBytes() const { return m_buffered; }

    // For the guards.
    void changeBuffered(qint64 delta) { m_buffered += delta; }
    void enforceBudget();
    void forget(ConnectionGuard *guard);

protected:
    void incomingConnection(qintptr handle) override;

private:
    bool makeRoom();
    void refuse(qintptr handle);
    void onAcceptError(QAbstractSocket::SocketError error);

    ConnectionLimits m_limits;
    int m_maxConnections;
    QList<ConnectionGuard *> m_guards; // open connections, not yet closing
    qint64 m_buffered = 0;
    bool m_resumeScheduled = false;
};

} // namespace einvoice
