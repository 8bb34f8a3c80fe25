// Any bytes as a workbook file: format detection by content (zip, compound file, HTML, UTF-16
// text ...), then the .xlsx reader on whatever claims to be one (zip container, content types,
// relationships, workbook, styles, shared strings, sheets) under its limits.
#include "fuzzsupport.h"
#include "spreadsheet/spreadsheetformat.h"
#include "workbookfuzzing.h"

#include <QFile>

using namespace einvoice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    SpreadsheetFormatDetector::fromHead(bytes.left(4096));
    QFile file(fuzz::workbookPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::fail("file.write(bytes)", file.errorString());
    file.close();
    fuzz::readWorkbook();
    return 0;
}
