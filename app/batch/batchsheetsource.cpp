#include "batchsheetsource.h"

#include "store/batchidentityrepository.h"

namespace einvoice {

namespace {

// Whether the sheet keeps the file's key, given the sheets the file key's runs recorded.
bool keepsFileKey(const QString &sheetName, const QStringList &sheets, const QStringList &recorded)
{
    const QString mine = BatchSource::sheetKeyFor(sheetName);
    bool beforeSheets = false;
    bool otherSheet = false;
    for (const QString &sheet : recorded) {
        if (sheet.isEmpty())
            beforeSheets = true;
        else if (BatchSource::sheetKeyFor(sheet) == mine)
            return true;
        else
            otherSheet = true;
    }
    const bool first = !sheets.isEmpty() && BatchSource::sheetKeyFor(sheets.first()) == mine;
    return beforeSheets && !otherSheet && first;
}

} // namespace

BatchSource BatchSheetSource::withoutRecords(
    const QString &path, const QString &sheetName, const QStringList &sheets)
{
    return BatchSource::forSheet(path, sheetName, sheets.size() > 1);
}

StoreResult<BatchSource> BatchSheetSource::resolve(const BatchIdentityRepository &identities,
    const QString &environment, const QString &path, const QString &sheetName, const QStringList &sheets)
{
    if (sheetName.isEmpty() || sheets.size() <= 1)
        return BatchSource::forSheet(path, sheetName, false);
    const StoreResult<QStringList> recorded
        = identities.runSheets(environment, BatchSource::fromPath(path).key);
    if (!recorded)
        return recorded.error();
    return BatchSource::forSheet(path, sheetName, !keepsFileKey(sheetName, sheets, recorded.value()));
}

} // namespace einvoice
