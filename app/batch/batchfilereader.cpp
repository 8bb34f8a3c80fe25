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

// Text with a stray NUL byte (a damaged cell) is a CSV file whose reader names the cell; a PDF,
// an image or another binary file is not.
bool isTextWithStrayNul(QFile &file)
{
    file.seek(0);
    const QByteArray head = file.read(64 * 1024);
    file.seek(0);
    for (const char *magic : {"%PDF", "PK", "\x89PNG", "\xFF\xD8\xFF", "GIF8", "\xD0\xCF\x11\xE0"}) {
        if (head.startsWith(magic))
            return false;
    }
    return head.count('\0') <= qMax<qsizetype>(8, head.size() / 100);
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
    SpreadsheetFormat format = SpreadsheetFormatDetector::detect(path, &why);
    if (format == SpreadsheetFormat::NotSpreadsheet && isTextWithStrayNul(file))
        format = SpreadsheetFormat::Csv;
    switch (format) {
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
