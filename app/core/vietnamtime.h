#pragma once

#include <QDateTime>
#include <QString>

namespace einvoice {

// Every time shown to the user is Vietnam's civil time (UTC+7, the legal time of invoices),
// whatever the time zone of the machine, in one format: "14:05 24/11/2026".
class VietnamTime
{
public:
    static QDateTime toVietnam(const QDateTime &when);
    static QString format(const QDateTime &when); // "" for an invalid time
};

} // namespace einvoice
