#include "httpreply.h"

#include <QJsonDocument>

namespace einvoice {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::success(const QJsonObject &data)
{
    return json(QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}});
}

HttpReply HttpReply::dataOnly(const QJsonObject &data)
{
    return json(QJsonObject {{QStringLiteral("data"), data}});
}

HttpReply HttpReply::error(int status, const QString &code, const QString &message)
{
    const QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return json(QJsonObject {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}}, status);
}

HttpReply HttpReply::badRequest(const QString &field, const QString &problem)
{
    // The documented literal, followed by the field path so that the client can point at it.
    QString message = QStringLiteral("Thiếu hoặc sai định dạng trường bắt buộc.");
    if (!field.isEmpty())
        message += QStringLiteral(" Trường: ") + field;
    if (!problem.isEmpty())
        message += QStringLiteral(" (") + problem + QLatin1Char(')');
    return error(400, QStringLiteral("BAD_REQUEST"), message);
}

HttpReply HttpReply::notFound(const QString &message)
{
    return error(404, QStringLiteral("NOT_FOUND"),
        message.isEmpty() ? QStringLiteral("Không tìm thấy tài nguyên được yêu cầu.") : message);
}

HttpReply HttpReply::unauthorized()
{
    return error(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("Token không hợp lệ hoặc đã hết hạn."));
}

HttpReply HttpReply::busy()
{
    return error(503, QStringLiteral("SERVICE_UNAVAILABLE"),
        QStringLiteral("Máy chủ đang bận, vui lòng thử lại sau."));
}

QByteArray HttpReply::toWire(bool keepAlive) const
{
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    wire += "Content-Type: " + contentType + "\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    wire += keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    for (const auto &header : headers)
        wire += header.first + ": " + header.second + "\r\n";
    wire += "\r\n";
    wire += body;
    return wire;
}

} // namespace einvoice
