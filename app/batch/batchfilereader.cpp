#include "batchfilereader.h"

#include "batchimporter.h"
#include "batchworkbookreader.h"
#include "spreadsheet/spreadsheetformat.h"

#include <QFile>
#include <QFileInfo>

namespace einvoice {

namespace {

CsvFile refused(const QString &problem)
{
    CsvFile file;
    file.problem = problem;
    return file;
}

} // namespace

bool BatchFileReader::isWorkbook(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        && SpreadsheetFormatDetector::fromHead(file.read(8)) == SpreadsheetFormat::Xlsx;
}

CsvFile BatchFileReader::read(const QString &path, const QString &sheetName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (const QString tooBig = BatchImporter::fileSizeProblem(file.size()); !tooBig.isEmpty())
        return refused(tooBig); // refused before it is read
    SpreadsheetError why;
    switch (SpreadsheetFormatDetector::detect(path, &why)) {
    case SpreadsheetFormat::Xlsx:
        file.close();
        return why.isOk() ? BatchWorkbookReader::read(path, sheetName) : refused(why.message());
    case SpreadsheetFormat::Csv:
    case SpreadsheetFormat::Utf16Text: // UTF-16 with a BOM is CSV the decoder reads
    case SpreadsheetFormat::Empty:
        if (!sheetName.isEmpty())
            return refused(tr("%1 is a CSV file, which has no sheets: leave out the sheet name.")
                               .arg(QFileInfo(path).fileName()));
        return BatchImporter::readCsv(file.readAll());
    default:
        break;
    }
    return refused(why.message());
}

} // namespace einvoice
