#pragma once

#include "sandboxrequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace einvoice {

// The requests a sandbox server received (not the admin ones), newest last, so tests can assert
// what a client sent. Authorization values are redacted to their scheme ("Bearer ***").
class RequestLog
{
public:
    static constexpr int Capacity = 1000;

    void append(const SandboxRequest &request);
    void clear() { m_entries = QJsonArray(); }
    // {"requests":[{"method","path","query","headers":{name:value},"body":<JSON or string or null>}]}
    QJsonObject toJson() const;

private:
    QJsonArray m_entries;
};

} // namespace einvoice
