#pragma once

#include <QString>

namespace einvoice {

class AppSettings;
class Clock;
class LocalStore;
class Questions;
class SepayClient;

// What the Reports page works with; none is owned by the page and all must outlive it.
struct ReportsPageServices
{
    LocalStore *store = nullptr; // required: its database file is read by the worker's own connection
    QString environment; // the store's environment key ("demo", "sandbox", ...)
    SepayClient *client = nullptr; // optional: "Fetch now" needs it
    const Clock *clock = nullptr; // null: the system clock
    Questions *questions = nullptr; // null: the real dialogs
    AppSettings *settings = nullptr; // the seller in the printed and exported header (ReportSeller)
    QString environmentName; // printed in place of the seller while none is known
};

} // namespace einvoice
