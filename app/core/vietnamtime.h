#pragma once

#include <QDateTime>
#include <QString>

namespace einvoice {

class Clock;

// Every time shown to the user is Vietnam's civil time (UTC+7, the legal time of invoices),
// whatever the time zone of the machine, in one format: "14:05 24/11/2026".
class VietnamTime
{
public:
    static QDateTime toVietnam(const QDateTime &when);
    static QString format(const QDateTime &when); // "" for an invalid time
    // The one date format of the app in both languages: "24/11/2026" (never month first).
    static QString formatDate(QDate date);
    // A date and wall-clock time as Vietnam's civil time: what a person types or a file says,
    // whatever the machine's zone.
    static QDateTime fromWallTime(QDate date, QTime time);
    static QDate today(const Clock &clock);
};

} // namespace einvoice
