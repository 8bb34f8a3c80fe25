#include "rawhttpconnection.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>

QJsonObject RawHttpConnection::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttpConnection::RawHttpConnection(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QIODevice::readyRead, this, &RawHttpConnection::readAvailable);
    connect(&m_socket, &QAbstractSocket::disconnected, this, [this] {
        readAvailable();
        m_closed = true;
    });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            m_closed = true;
    });
}

void RawHttpConnection::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool RawHttpConnection::open(quint16 port, int timeoutMs)
{
    connectTo(port);
    return QTest::qWaitFor([this] { return isConnected() || m_closed; }, timeoutMs) && isConnected();
}

void RawHttpConnection::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawHttpConnection::setReading(bool reading)
{
    m_reading = reading;
    if (!reading)
        m_socket.setReadBufferSize(1); // Qt stops taking bytes from the kernel
    else
        readAvailable();
}

bool RawHttpConnection::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

bool RawHttpConnection::waitForAnswers(int count, int timeoutMs)
{
    return QTest::qWaitFor([this, count] { return answers().size() >= count || m_closed; }, timeoutMs)
        && answers().size() >= count;
}

void RawHttpConnection::readAvailable()
{
    if (m_reading && m_socket.isOpen())
        m_received += m_socket.readAll();
}

QList<RawHttpConnection::Answer> RawHttpConnection::parseAnswers(const QByteArray &bytes)
{
    QList<Answer> answers;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            break;
        const QByteArray head = bytes.mid(at, headEnd - at);
        Answer answer;
        answer.status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (headEnd + 4 + length > bytes.size())
            break;
        answer.body = bytes.mid(headEnd + 4, length);
        answers.append(answer);
        at = headEnd + 4 + length;
    }
    return answers;
}

QByteArray RawHttpConnection::request(
    const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty())
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
    return bytes + "\r\n" + body;
}
