#pragma once

#include "batchsource.h"
#include "store/storeresult.h"

#include <QStringList>

namespace einvoice {

class BatchIdentityRepository;

// Which source a workbook sheet's invoices belong to (issue 20). The file's own key stays with
// the rows it was used for before: a workbook's only sheet keeps it (as every run before sheets
// had it, whatever the sheet is called); in a workbook of several sheets the sheet whose name the
// runs of the file's key recorded keeps it, and runs recorded before sheets count as the first
// sheet's. Every other sheet is a source of its own ("file/sheet"), so that sheets that reuse the
// same invoice keys neither conflict nor share reference codes. A sheet renamed in a workbook of
// several sheets is a new source: its unchanged rows match what was sent by content
// (PossibleDuplicate) and are asked about, never sent again unasked.
class BatchSheetSource
{
public:
    // `sheetName`: the sheet read (empty for a CSV file); `sheets`: the workbook's visible sheets.
    static StoreResult<BatchSource> resolve(const BatchIdentityRepository &identities,
        const QString &environment, const QString &path, const QString &sheetName, const QStringList &sheets);
    // The same without records (no store): the file's key for a CSV file or a workbook's only sheet.
    static BatchSource withoutRecords(
        const QString &path, const QString &sheetName, const QStringList &sheets);
};

} // namespace einvoice
