#pragma once

#include "connectionlimits.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace einvoice {

class GuardedTcpServer;
struct HttpReply;

// Watches one connection of the sandbox server for what QtHttpServer 6.4 leaves open: the size of
// a request before its body is buffered, the time a request takes to arrive, idle connections,
// and answers the client leaves unread. Its readyRead slot is connected before QtHttpServer's, so
// it sees each chunk first; a refused request never reaches the parser.
//
// It relies on how QtHttpServer 6.4 reads: a socket transaction spans one request and every
// readyRead consumes all available bytes, so outside a transaction the buffer starts at a request
// boundary and inside one bytesAvailable() is what arrived since the last chunk.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server, const ConnectionLimits &limits);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    // QtHttpServer handed a whole request to the server; the next byte starts another one.
    void requestTaken();
    // The answer to a taken request was written or dropped.
    void answerDone();
    // False when the client leaves so much unanswered data unread that it must be cut off.
    bool mayAnswer() const;

    qint64 bufferedBytes() const { return m_requestBytes; }
    bool isAnswering() const { return m_pendingAnswers > 0; }
    bool isClosing() const { return m_closing; }
    qint64 idleMs() const { return m_activity.elapsed(); }

    // Answers with an error (no keep-alive) and closes; the rest of the request is never read.
    void reject(const HttpReply &reply);
    // Closes at once, without an answer (to make room for a new connection).
    void evict();

private:
    void onReadyRead();
    void inspectHead(bool atBoundary, qint64 available);
    void setBuffered(qint64 bytes);
    void rearm();
    void onTimeout();
    void onClosed();

    QTcpSocket *m_socket;
    QPointer<GuardedTcpServer> m_server;
    ConnectionLimits m_limits;
    enum class Wait { Nothing, Request, Answer, Idle };

    QTimer m_timer;
    Wait m_waiting = Wait::Nothing;
    QElapsedTimer m_activity;
    QDeadlineTimer m_requestDeadline;
    QByteArray m_head; // the current request's head while it is incomplete
    bool m_headComplete = false;
    qint64 m_requestBytes = 0; // bytes of the current, unfinished request held in memory
    int m_pendingAnswers = 0;
    bool m_closing = false;
};

} // namespace einvoice
