#include "connectionguard.h"

#include "guardedtcpserver.h"
#include "httpreply.h"
#include "requesthead.h"
#include "sandboxlog.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace einvoice {

namespace {

constexpr int MaxLingerMs = 2000; // after an error answer, for a client that neither reads nor closes

HttpReply refusal(RequestHead::Verdict verdict, const ConnectionLimits &limits)
{
    switch (verdict) {
    case RequestHead::Verdict::HeadTooLarge:
        return HttpReply::error(431, QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"),
            QStringLiteral("Phần đầu của yêu cầu quá lớn (tối đa %1 byte).").arg(limits.maxHeaderBytes));
    case RequestHead::Verdict::BodyTooLarge:
        return HttpReply::error(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
            QStringLiteral("Nội dung yêu cầu quá lớn (tối đa %1 byte).").arg(limits.maxBodyBytes));
    case RequestHead::Verdict::LengthRequired:
        return HttpReply::error(411, QStringLiteral("LENGTH_REQUIRED"),
            QStringLiteral("Yêu cầu phải có Content-Length; nội dung dạng chunked không được nhận."));
    default:
        return HttpReply::badRequest(QStringLiteral("Content-Length"));
    }
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server, const ConnectionLimits &limits)
    : QObject(socket), m_socket(socket), m_server(server), m_limits(limits)
{
    m_activity.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] { m_activity.restart(); });
    connect(socket, &QAbstractSocket::disconnected, this, &ConnectionGuard::onClosed);
    rearm();
}

ConnectionGuard::~ConnectionGuard()
{
    onClosed();
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::onReadyRead()
{
    if (m_closing)
        return;
    m_activity.restart();
    const qint64 available = m_socket->bytesAvailable();
    const bool atBoundary = !m_socket->isTransactionStarted();
    const bool starting = atBoundary || m_requestBytes == 0;
    setBuffered(atBoundary ? available : m_requestBytes + available);
    if (starting && m_requestBytes > 0) {
        m_requestDeadline.setRemainingTime(m_limits.requestTimeoutMs);
        m_waiting = Wait::Nothing; // a new deadline
    }
    if (atBoundary)
        m_headComplete = false;
    if (!m_headComplete)
        inspectHead(atBoundary, available);
    if (!m_closing && m_server)
        m_server->enforceBudget();
    rearm();
}

void ConnectionGuard::inspectHead(bool atBoundary, qint64 available)
{
    if (atBoundary)
        m_head.clear();
    const qint64 room = std::max<qint64>(0, m_limits.maxHeaderBytes + 1 - m_head.size());
    m_head += m_socket->peek(std::min(available, room));
    const RequestHead head = RequestHead::inspect(m_head, m_limits.maxHeaderBytes, m_limits.maxBodyBytes);
    if (head.verdict == RequestHead::Verdict::Incomplete)
        return;
    m_head.clear();
    m_head.squeeze();
    if (head.verdict == RequestHead::Verdict::Complete)
        m_headComplete = true;
    else
        reject(refusal(head.verdict, m_limits));
}

void ConnectionGuard::requestTaken()
{
    m_head.clear();
    m_headComplete = false;
    setBuffered(0);
    ++m_pendingAnswers;
    rearm();
}

void ConnectionGuard::answerDone()
{
    m_pendingAnswers = std::max(0, m_pendingAnswers - 1);
    m_activity.restart();
    rearm();
}

bool ConnectionGuard::mayAnswer() const
{
    return m_socket->bytesToWrite() <= m_limits.maxUnsentBytes;
}

void ConnectionGuard::setBuffered(qint64 bytes)
{
    // Charged twice: the socket keeps a request's bytes while QtHttpServer copies its body.
    if (m_server)
        m_server->changeBuffered(2 * (bytes - m_requestBytes));
    m_requestBytes = bytes;
}

// Arms the one timer for what the connection waits for. Restarted only when that changes:
// activity while idle is read from m_activity when the idle timer fires.
void ConnectionGuard::rearm()
{
    if (m_closing)
        return;
    const Wait wait = m_requestBytes > 0 ? Wait::Request : m_pendingAnswers > 0 ? Wait::Answer : Wait::Idle;
    if (wait == m_waiting && (wait != Wait::Idle || m_timer.isActive()))
        return;
    m_waiting = wait;
    if (wait == Wait::Request)
        m_timer.start(int(std::max<qint64>(0, m_requestDeadline.remainingTime())));
    else if (wait == Wait::Answer)
        m_timer.stop();
    else
        m_timer.start(int(std::max<qint64>(0, m_limits.idleTimeoutMs - m_activity.elapsed())));
}

void ConnectionGuard::onTimeout()
{
    if (m_closing) {
        m_socket->abort(); // the error answer was never read
        return;
    }
    if (m_requestBytes > 0) {
        qCInfo(lcSandbox) << "a request did not arrive within" << m_limits.requestTimeoutMs << "ms";
        reject(HttpReply::error(408, QStringLiteral("REQUEST_TIMEOUT"),
            QStringLiteral("Yêu cầu không đến đủ trong thời gian cho phép.")));
        return;
    }
    if (m_pendingAnswers > 0)
        return;
    if (m_activity.elapsed() < m_limits.idleTimeoutMs) {
        rearm(); // there was activity since the timer was armed
        return;
    }
    if (m_socket->bytesToWrite() > 0)
        m_socket->abort(); // the client stopped reading
    else
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(const HttpReply &reply)
{
    if (m_closing)
        return;
    qCInfo(lcSandbox) << "refusing a request with" << reply.status;
    onClosed();
    // Neither this guard nor QtHttpServer reads another byte of this connection, and what it
    // holds is released now rather than when the socket is deleted.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(reply.toWire(false));
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_timer.start(std::min(MaxLingerMs, m_limits.idleTimeoutMs));
}

void ConnectionGuard::evict()
{
    if (m_closing)
        return;
    onClosed();
    m_socket->abort();
}

void ConnectionGuard::onClosed()
{
    if (m_closing)
        return;
    m_closing = true;
    m_timer.stop();
    setBuffered(0);
    if (m_server)
        m_server->forget(this);
}

} // namespace einvoice
