#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpSocket>

// One client connection that speaks HTTP/1.1 by hand, for what QNetworkAccessManager never does:
// half-sent requests, lying or oversized headers, pipelining, answers left unread.
class RawHttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
    };

    explicit RawHttpConnection(QObject *parent = nullptr);

    void connectTo(quint16 port); // returns at once; see isConnected()
    bool open(quint16 port, int timeoutMs = 5000); // connects and waits
    void send(const QByteArray &bytes);
    // false: incoming bytes stay in the kernel (the client "does not read").
    void setReading(bool reading);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool wasClosed() const { return m_closed; }
    bool waitForClosed(int timeoutMs = 5000);
    bool waitForAnswers(int count, int timeoutMs = 5000);
    QList<Answer> answers() const { return parseAnswers(m_received); }
    QTcpSocket &socket() { return m_socket; }

    static QList<Answer> parseAnswers(const QByteArray &bytes);
    // "GET path HTTP/1.1" with Host, and Content-Length when body is not empty.
    static QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {});

private:
    void readAvailable();

    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_reading = true;
    bool m_closed = false;
};
