#pragma once

#include "batch/batchimporter.h"

#include <QString>

class QSettings;

namespace einvoice {

class OutboxRepository;
class Questions;
class SepayClient;

// What the batch page works with; none is owned by the page and all must outlive it.
struct BatchPageServices
{
    SepayClient *client = nullptr; // required: the current connection
    OutboxRepository *outbox = nullptr; // required: the crash-safe outbox
    QSettings *settings = nullptr; // optional: remembers the column mapping
    QString columnMapKey = QStringLiteral("batch/columnMap"); // settings key of the mapping
    int concurrency = 4; // initial value of the concurrency box (the settings' limit)
    BatchImportOptions importDefaults; // template, series, account, validation context
    // Asks before sending on Production and chooses the files; null: message boxes and file
    // dialogs.
    Questions *questions = nullptr;
};

} // namespace einvoice
