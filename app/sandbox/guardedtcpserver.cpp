#include "guardedtcpserver.h"

#include "connectionguard.h"
#include "httpreply.h"
#include "sandboxlog.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace einvoice {

namespace {

constexpr int PauseMs = 100;
constexpr int MaxAcceptsPerWakeUp = 32; // then the event loop serves the connections it has
constexpr int RefusalLingerMs = 1000;

int openReserve()
{
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

bool isOutOfFiles(int error)
{
    return error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent),
      m_limits(limits),
      m_maxConnections(limits.effectiveMaxConnections()),
      m_reserve(openReserve())
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
        acceptAll();
    });
}

GuardedTcpServer::~GuardedTcpServer()
{
    delete m_notifier; // before QTcpServer closes the socket it watches
    if (m_reserve >= 0)
        ::close(m_reserve);
}

bool GuardedTcpServer::listenGuarded(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    pauseAccepting(); // for good: QTcpServer's own accept loop stays off
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &GuardedTcpServer::acceptAll);
    return true;
}

void GuardedTcpServer::acceptAll()
{
    for (int accepted = 0; accepted < MaxAcceptsPerWakeUp; ++accepted) {
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            admit(descriptor);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (!isOutOfFiles(errno) || !outOfFiles())
            return; // EAGAIN: all accepted
    }
}

void GuardedTcpServer::admit(int descriptor)
{
    if (m_guards.size() >= m_maxConnections && !makeRoom())
        return refuse(descriptor);
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(descriptor);
        return;
    }
    m_guards.append(new ConnectionGuard(socket, this, m_limits));
    addPendingConnection(socket);
    pauseAccepting(); // QTcpServer::nextPendingConnection() turned QTcpServer's accepting back on
}

// Only if QTcpServer accepted after all: the connection is admitted the same way.
void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    admit(int(descriptor));
}

// accept() failed for want of a file: close the connection idle the longest, or else accept the
// newcomer on the reserve file and close it at once. True when accepting may go on.
bool GuardedTcpServer::outOfFiles()
{
    qCWarning(lcSandbox) << "out of open files while" << m_guards.size() << "connections are open";
    if (makeRoom())
        return true;
    if (m_reserve >= 0) {
        ::close(m_reserve);
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            const QByteArray busy = HttpReply::busy().toWire(false);
            [[maybe_unused]] const auto sent
                = ::send(descriptor, busy.constData(), busy.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            ::close(descriptor);
        }
        m_reserve = openReserve();
        if (descriptor >= 0 && m_reserve >= 0)
            return true;
    }
    m_notifier->setEnabled(false); // no busy loop: look again a little later
    m_pause.start(PauseMs);
    return false;
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
    qCDebug(lcSandbox) << "making room: closing a connection idle for" << oldest->idleMs() << "ms";
    oldest->evict();
    return true;
}

// Every connection waits for an answer of ours: the newcomer gets 503 and is closed.
void GuardedTcpServer::refuse(int descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(descriptor);
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

} // namespace einvoice
