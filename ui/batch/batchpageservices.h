#pragma once

#include "batch/batchimporter.h"

#include <QString>

class QSettings;

namespace einvoice {

class BatchIdentityRepository;
class BatchRuns;
class Database;
class OutboxRepository;
class Questions;
class SepayClient;

// What the batch page works with; none is owned by the page and all must outlive it.
struct BatchPageServices
{
    SepayClient *client = nullptr; // required: the current connection
    Database *database = nullptr; // required: where the outbox and the batch identities live
    OutboxRepository *outbox = nullptr; // required: the crash-safe outbox
    BatchIdentityRepository *identities = nullptr; // required: what earlier runs sent
    // Where the page's runs live (the session's, so that they outlive the page); null: the page
    // keeps its own over the three stores above.
    BatchRuns *runs = nullptr;
    QSettings *settings = nullptr; // optional: remembers the column mapping
    QString columnMapKey = QStringLiteral("batch/columnMap"); // settings key of the mapping
    int concurrency = 4; // initial value of the concurrency box (the settings' limit)
    BatchImportOptions importDefaults; // template, series, account, validation context
    // Asks before sending on Production, about the invoices that need a decision (changed since
    // they were issued, possible duplicates: BatchConflicts) and chooses the files; null: message
    // boxes and dialogs.
    Questions *questions = nullptr;
};

} // namespace einvoice
