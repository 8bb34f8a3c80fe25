#include "workbookfuzzing.h"

#include "fuzzsupport.h"
#include "spreadsheet/spreadsheetformat.h"
#include "spreadsheet/xlsxreader.h"

#include <QTemporaryDir>

namespace einvoice::fuzz {

namespace {

SpreadsheetLimits fuzzLimits()
{
    SpreadsheetLimits limits;
    limits.maxFileBytes = 4LL * 1024 * 1024;
    limits.maxUncompressedBytes = 8LL * 1024 * 1024;
    limits.maxRows = 2'000;
    limits.maxCells = 50'000;
    return limits;
}

} // namespace

QString workbookPath()
{
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("input.xlsx"));
    return path;
}

void readWorkbook()
{
    const SpreadsheetLimits limits = fuzzLimits();
    SpreadsheetError why;
    const SpreadsheetFormat format = SpreadsheetFormatDetector::detect(workbookPath(), &why, limits);
    SpreadsheetFormatDetector::errorFor(format).message();
    XlsxReader reader(limits);
    if (!reader.open(workbookPath())) {
        FUZZ_EXPECT(!reader.error().isOk(), QStringLiteral("refused without a reason"));
        FUZZ_EXPECT(!reader.error().message().isEmpty(), reader.error().toString());
        return;
    }
    for (const QString &name : reader.sheetNames()) {
        const std::optional<SpreadsheetTable> table = reader.readSheet(name);
        if (!table) {
            FUZZ_EXPECT(!reader.error().message().isEmpty(), reader.error().toString());
            continue;
        }
        FUZZ_EXPECT(table->rows.size() <= limits.maxRows, name);
        for (const SpreadsheetRow &row : table->rows)
            row.texts();
    }
    reader.readFirstMatching([](const SpreadsheetRow &row) { return !row.cells.isEmpty(); });
}

} // namespace einvoice::fuzz
