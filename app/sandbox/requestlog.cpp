#include "requestlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace einvoice {

namespace {

constexpr qint64 EntryOverhead = 128; // the entry's own bookkeeping, roughly

QByteArray redacted(const QByteArray &name, const QByteArray &value)
{
    if (name.compare("authorization", Qt::CaseInsensitive) != 0)
        return value;
    const qsizetype space = value.indexOf(' ');
    return (space < 0 ? QByteArray() : value.left(space + 1)) + "***";
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
    Entry entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyDecoded);
    entry.body = request.body.left(m_limits.maxBodyBytes);
    entry.bodyBytes = request.body.size();
    entry.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    entry.cost = EntryOverhead + entry.method.size() + 2 * (entry.path.size() + entry.query.size())
        + entry.body.size();
    for (const auto &header : request.headers) {
        entry.headers.append({header.first.toLower(), redacted(header.first, header.second)});
        entry.cost += header.first.size() + header.second.size();
    }
    m_bytes += entry.cost;
    m_entries.append(std::move(entry));
    while (m_entries.size() > 1 && (m_entries.size() > m_limits.maxEntries || m_bytes > m_limits.maxBytes))
        m_bytes -= m_entries.takeFirst().cost;
}

void RequestLog::clear()
{
    m_entries.clear();
    m_bytes = 0;
}

QJsonObject RequestLog::toJson(const Entry &entry) const
{
    QJsonObject headers;
    for (const auto &header : entry.headers)
        headers.insert(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
    QJsonObject object {
        {QStringLiteral("method"), QString::fromLatin1(entry.method)},
        {QStringLiteral("path"), entry.path},
        {QStringLiteral("query"), entry.query},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("received_at_ms"), entry.receivedAtMs},
    };
    if (entry.bodyBytes > entry.body.size()) {
        object.insert(QStringLiteral("body"), QString::fromUtf8(entry.body));
        object.insert(QStringLiteral("body_truncated"), true);
        object.insert(QStringLiteral("body_bytes"), entry.bodyBytes);
    } else {
        object.insert(QStringLiteral("body"), bodyValue(entry.body));
    }
    return object;
}

QJsonObject RequestLog::toJson() const
{
    QJsonArray requests;
    for (const Entry &entry : m_entries)
        requests.append(toJson(entry));
    return QJsonObject {{QStringLiteral("requests"), requests}};
}

} // namespace einvoice
