#pragma once

namespace einvoice {

class Clock;
class FileCachePaths;
class InvoiceCacheRepository;
class InvoicesDialogs;

// What the invoices page works with, handed in from outside. None is owned by the page.
// cache and files are required; a null clock means the system clock, null dialogs the real ones.
struct InvoicesPageServices
{
    InvoiceCacheRepository *cache = nullptr;
    const FileCachePaths *files = nullptr;
    const Clock *clock = nullptr;
    InvoicesDialogs *dialogs = nullptr;
};

} // namespace einvoice
