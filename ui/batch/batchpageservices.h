#pragma once

#include "batch/batchimporter.h"

#include <QString>

#include <functional>

class QSettings;
class QWidget;

namespace einvoice {

class OutboxRepository;
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
    // Asked before sending on Production with the question's text; true goes ahead. Null: a
    // warning message box whose default button is Cancel.
    std::function<bool(QWidget *parent, const QString &text)> confirmProduction;
};

} // namespace einvoice
