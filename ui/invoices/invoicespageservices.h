#pragma once

#include <QString>

#include <functional>
#include <optional>

class QSettings;

namespace einvoice {

class Clock;
class DraftSelectionRun;
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
    QSettings *layoutSettings = nullptr; // where the list's columns and panes are remembered; null: not
};

// What the actions on a selection work with in the current environment (issue 17); it changes
// with the client. Nothing is owned by the page: the run belongs to the session.
struct InvoiceListWork
{
    DraftSelectionRun *drafts = nullptr; // null: offline or no local data
    QString environmentName; // as the user knows it, e.g. "Production"
    bool production = false;
    std::function<std::optional<qint64>()> quotaRemaining; // null or nullopt: not known
};

} // namespace einvoice
