#include "requestlog.h"

#include <QJsonDocument>

namespace einvoice {

namespace {

QString redacted(const QByteArray &name, const QByteArray &value)
{
    if (name.compare("authorization", Qt::CaseInsensitive) != 0)
        return QString::fromLatin1(value);
    const qsizetype space = value.indexOf(' ');
    return (space < 0 ? QString() : QString::fromLatin1(value.left(space + 1))) + QStringLiteral("***");
}

QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

void RequestLog::append(const SandboxRequest &request)
{
    QJsonObject headers;
    for (const auto &header : request.headers)
        headers.insert(QString::fromLatin1(header.first).toLower(), redacted(header.first, header.second));
    m_entries.append(QJsonObject {
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), bodyValue(request.body)},
    });
    while (m_entries.size() > Capacity)
        m_entries.removeFirst();
}

QJsonObject RequestLog::toJson() const
{
    return QJsonObject {{QStringLiteral("requests"), m_entries}};
}

} // namespace einvoice
