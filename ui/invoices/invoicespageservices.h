#pragma once

namespace einvoice {

class Clock;
class FileCachePaths;
class InvoiceCacheRepository;
class Questions;

// What the invoices page works with, handed in from outside. None is owned by the page.
// cache and files are required; a null clock means the system clock, null questions the real dialogs.
struct InvoicesPageServices
{
    InvoiceCacheRepository *cache = nullptr;
    const FileCachePaths *files = nullptr;
    const Clock *clock = nullptr;
    Questions *questions = nullptr;
};

} // namespace einvoice
