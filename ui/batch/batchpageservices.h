#pragma once

#include "batch/batchimporter.h"

#include <QString>

#include <functional>

class QSettings;
class QWidget;

namespace einvoice {

class BatchIdentityRepository;
class BatchPlan;
class Database;
class OutboxRepository;
class SepayClient;

// What the batch page works with; none is owned by the page and all must outlive it.
struct BatchPageServices
{
    SepayClient *client = nullptr; // required: the current connection
    Database *database = nullptr; // required: where the outbox and the batch identities live
    OutboxRepository *outbox = nullptr; // required: the crash-safe outbox
    BatchIdentityRepository *identities = nullptr; // required: what earlier runs sent
    QSettings *settings = nullptr; // optional: remembers the column mapping
    QString columnMapKey = QStringLiteral("batch/columnMap"); // settings key of the mapping
    int concurrency = 4; // initial value of the concurrency box (the settings' limit)
    BatchImportOptions importDefaults; // template, series, account, validation context
    // Asked before sending on Production with the question's text; true goes ahead. Null: a
    // warning message box whose default button is Cancel.
    std::function<bool(QWidget *parent, const QString &text)> confirmProduction;
    // Asked when the plan has invoices that need a decision (changed since they were issued, or
    // possible duplicates): resolves each (BatchPlan::skip, issueAsNew) and returns true to send
    // the rest, false to send nothing. Null: BatchConflictDialog.
    std::function<bool(QWidget *parent, BatchPlan &plan)> decideConflicts;
};

} // namespace einvoice
