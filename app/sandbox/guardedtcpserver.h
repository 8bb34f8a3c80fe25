#pragma once

#include "connectionlimits.h"

#include <QList>
#include <QTcpServer>
#include <QTimer>

class QSocketNotifier;

namespace einvoice {

class ConnectionGuard;

// The listening socket of the sandbox server, owned by it rather than by QtHttpServer so that
// every connection gets a ConnectionGuard before the HTTP parser sees it. Keeps the number of
// connections and the bytes of unfinished requests within ConnectionLimits: a new connection over
// the limit takes the place of the one idle the longest, and when the buffered bytes of all
// connections exceed the budget the largest unfinished request is refused with 503.
//
// It accepts connections itself instead of QTcpServer: in Qt 6.4 the listening socket keeps its
// first error (usually "temporary", from the EAGAIN that ends every accept loop), so running out
// of open files makes QTcpServer retry accept in a busy loop, never reporting it and never
// accepting again. Here EMFILE closes the connection idle the longest, or refuses the newcomer
// through a file kept in reserve for that moment.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // QTcpServer::listen(), then accepting is done here. False with errorString() on failure.
    bool listenGuarded(const QHostAddress &address, quint16 port);

    int connectionCount() const { return int(m_guards.size()); }
    int maxConnections() const { return m_maxConnections; }
    qint64 bufferedBytes() const { return m_buffered; }

    // For the guards.
    void changeBuffered(qint64 delta) { m_buffered += delta; }
    void enforceBudget();
    void forget(ConnectionGuard *guard);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptAll();
    void admit(int descriptor);
    bool outOfFiles();
    bool makeRoom();
    void refuse(int descriptor);

    ConnectionLimits m_limits;
    int m_maxConnections;
    QList<ConnectionGuard *> m_guards; // open connections, not yet closing
    qint64 m_buffered = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_pause; // after running out of files with nothing to close
    int m_reserve = -1; // /dev/null, given up for a moment to accept and refuse a connection
};

} // namespace einvoice
