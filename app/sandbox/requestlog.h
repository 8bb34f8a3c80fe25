#pragma once

#include "sandboxrequest.h"

#include <QJsonObject>
#include <QList>

namespace einvoice {

// How much of the /v1 traffic a sandbox server remembers: anyone on the machine can send requests,
// so the log is bounded in entries and bytes, and keeps only the start of large bodies.
struct RequestLogLimits
{
    int maxEntries = 1000;
    qint64 maxBytes = 8 * 1024 * 1024;
    qint64 maxBodyBytes = 64 * 1024; // per entry; the rest is cut off and marked
};

// The requests a sandbox server received (not the admin ones), newest last, so tests can assert
// what a client sent. Authorization values are redacted to their scheme ("Bearer ***"). The
// oldest entries go first when a limit is reached.
class RequestLog
{
public:
    explicit RequestLog(const RequestLogLimits &limits = RequestLogLimits()) : m_limits(limits) { }

    void append(const SandboxRequest &request);
    void clear();
    int size() const { return int(m_entries.size()); }
    qint64 bytes() const { return m_bytes; }
    // {"requests":[{"method","path","query","headers":{name:value},"body":<JSON or string or null>,
    // "received_at_ms"}]};
    // a cut-off body is a string with "body_truncated":true and "body_bytes":<full size>.
    QJsonObject toJson() const;

private:
    struct Entry
    {
        QByteArray method;
        QString path;
        QString query;
        QList<QPair<QByteArray, QByteArray>> headers; // redacted
        QByteArray body; // at most maxBodyBytes
        qint64 bodyBytes = 0; // as received
        qint64 receivedAtMs = 0; // since the epoch: lets a test count requests per second
        qint64 cost = 0;
    };

    QJsonObject toJson(const Entry &entry) const;

    RequestLogLimits m_limits;
    QList<Entry> m_entries;
    qint64 m_bytes = 0;
};

} // namespace einvoice
