#pragma once

#include <QDateTime>
#include <QString>

namespace einvoice {

// One answer of GET /v1/usage, kept so the quota history builds up (issue 8).
struct UsageReading
{
    qint64 id = 0;
    QString environment;
    QDateTime readAt; // UTC
    qint64 remaining = 0;

    bool operator==(const UsageReading &) const = default;
};

} // namespace einvoice
