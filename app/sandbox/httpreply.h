#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace einvoice {

// One HTTP answer of the sandbox, written to the socket by SandboxServer (so that answers can
// be deferred, cut off or dropped, which QHttpServer 6.4's responders cannot do).
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type / Content-Length
    QByteArray contentType = "application/json";
    QByteArray body;

    static HttpReply json(const QJsonObject &object, int status = 200);
    // {"success":true,"data":data}
    static HttpReply success(const QJsonObject &data);
    // {"data":data}: the three documented envelopes without "success".
    static HttpReply dataOnly(const QJsonObject &data);
    // {"success":false,"error":{"code":code,"message":message}}
    static HttpReply error(int status, const QString &code, const QString &message);
    static HttpReply badRequest(const QString &field, const QString &problem = QString());
    static HttpReply notFound(const QString &message = QString());
    static HttpReply unauthorized();
    // 503 SERVICE_UNAVAILABLE: the server's connection or memory limits are reached.
    static HttpReply busy();

    // The status line, headers and body, ready for the socket.
    QByteArray toWire(bool keepAlive) const;
};

} // namespace einvoice
