#pragma once

#include "usage/vietnamholidays.h"
#include "usage/workingcalendar.h"

namespace einvoice {

class AppSettings;
class Clock;
class InvoiceCacheRepository;
class OutboxRepository;
class UsageReadingRepository;

// What the usage page works with; none is owned by the page and all must outlive it.
struct UsagePageServices
{
    InvoiceCacheRepository *invoices = nullptr; // required: the local invoice cache
    UsageReadingRepository *readings = nullptr; // required: quota history
    OutboxRepository *outbox = nullptr; // optional: running create/issue jobs
    // Optional: the threshold is read from usage/lowQuotaThreshold and followed on changed().
    AppSettings *settings = nullptr;
    const Clock *clock = nullptr; // null: the system clock
    WorkingCalendar calendar = VietnamHolidays::calendar();
    int lowQuotaThreshold = 20; // used when settings is null
    int refreshIntervalMs = 5 * 60 * 1000; // automatic refresh; 0 turns it off
};

} // namespace einvoice
