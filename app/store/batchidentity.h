#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace einvoice {

// What one invoice of a batch file was sent as (issue 14): the file (source) and the invoice key
// identify it; the fingerprint is the content it had; the reference code is what the server
// knows it by. A revision above 1 is the same key issued again as a new invoice.
struct BatchIdentity
{
    qint64 id = 0; // as read; save() does not fill it
    QString environment;
    QString source; // BatchSource::key: the file's base name, folded
    QString key; // the invoice key in the file
    int revision = 1;
    QString referenceCode;
    QString fingerprint; // InvoiceFingerprint of the parsed invoice
    std::optional<int> firstRow; // the file line it came from last time
    bool serverConflict = false; // the server holds a different invoice under referenceCode
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// The header of one batch run, written with its plan (the invoices are outbox entries).
struct BatchRunRecord
{
    qint64 id = 0;
    QString environment;
    QString source;
    QString fileName; // as the user named it, for messages
    QString filePath;
    QString sheetName; // the workbook's sheet as named; empty for CSV and runs before sheets
    bool draft = true;
    int invoices = 0;
    QDateTime startedAt; // UTC
    QDateTime endedAt; // UTC; invalid while it runs, or when it was interrupted
};

} // namespace einvoice
