#include "guardedtcpserver.h"

#include "connectionguard.h"
#include "httpreply.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

namespace einvoice {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace {
constexpr int ResumeAcceptingMs = 50;
constexpr int RefusalLingerMs = 1000;
} // namespace

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_maxConnections(limits.effectiveMaxConnections())
{
    connect(this, &QTcpServer::acceptError, this, &GuardedTcpServer::onAcceptError);
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    if (m_guards.size() >= m_maxConnections && !makeRoom()) {
        refuse(handle);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    m_guards.append(new ConnectionGuard(socket, this, m_limits));
    addPendingConnection(socket);
}

// Closes the connection idle the longest (or the slowest request) to admit a new one.
bool GuardedTcpServer::makeRoom()
{
    ConnectionGuard *oldest = nullptr;
    for (ConnectionGuard *guard : std::as_const(m_guards)) {
        if (!guard->isAnswering() && (!oldest || guard->idleMs() > oldest->idleMs()))
            oldest = guard;
    }
    if (!oldest)
        return false;
    qCDebug(lcSandbox) << "connection limit" << m_maxConnections << "reached: closing one idle for"
                       << oldest->idleMs() << "ms";
    oldest->evict();
    return true;
}

// Every connection waits for an answer of ours: the newcomer gets 503 and is closed.
void GuardedTcpServer::refuse(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RefusalLingerMs, socket, [socket] { socket->abort(); });
    socket->write(HttpReply::busy().toWire(false));
    socket->disconnectFromHost();
}

void GuardedTcpServer::enforceBudget()
{
    while (m_buffered > m_limits.maxBufferedBytes) {
        ConnectionGuard *largest = nullptr;
        for (ConnectionGuard *guard : std::as_const(m_guards)) {
            if (!largest || guard->bufferedBytes() > largest->bufferedBytes())
                largest = guard;
        }
        if (!largest || largest->bufferedBytes() == 0)
            return;
        qCInfo(lcSandbox) << "unfinished requests hold" << m_buffered << "bytes: refusing one of"
                          << largest->bufferedBytes();
        largest->reject(HttpReply::busy());
    }
}

void GuardedTcpServer::forget(ConnectionGuard *guard)
{
    m_guards.removeOne(guard);
}

// Out of file descriptors: QTcpServer stops accepting for good unless told to resume.
void GuardedTcpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    qCWarning(lcSandbox) << "accepting a connection failed:" << error << errorString();
    makeRoom();
    if (m_resumeScheduled)
        return;
    m_resumeScheduled = true;
    QTimer::singleShot(ResumeAcceptingMs, this, [this] {
        m_resumeScheduled = false;
        resumeAccepting();
    });
}

} // namespace einvoice
