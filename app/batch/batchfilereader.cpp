#include "batchfilereader.h"

#include "batchimporter.h"
#include "batchworkbookreader.h"

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

QStringList BatchFileReader::sheetNames(const QString &path)
{
    return isWorkbook(path) ? BatchWorkbookReader::sheetNames(path) : QStringList();
}

QStringList BatchFileReader::batchSheetNames(const QString &path)
{
    return isWorkbook(path) ? BatchWorkbookReader::batchSheetNames(path) : QStringList();
}

SpreadsheetFormat BatchFileReader::formatOf(const QString &path, QFile &file, QString *problem)
{
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return SpreadsheetFormat::NotSpreadsheet;
    }
    if (const QString tooBig = BatchImporter::fileSizeProblem(file.size()); !tooBig.isEmpty()) {
        *problem = tooBig; // refused before it is read
        return SpreadsheetFormat::NotSpreadsheet;
    }
    SpreadsheetError why;
    SpreadsheetFormat format = SpreadsheetFormatDetector::detect(path, &why);
    if (format == SpreadsheetFormat::NotSpreadsheet && isTextWithStrayNul(file))
        format = SpreadsheetFormat::Csv;
    switch (format) {
    case SpreadsheetFormat::Xlsx:
        if (why.isOk())
            return format;
        break;
    case SpreadsheetFormat::Csv:
    case SpreadsheetFormat::Utf16Text: // UTF-16 with a BOM is CSV the decoder reads
    case SpreadsheetFormat::Empty:
        return SpreadsheetFormat::Csv;
    default:
        break;
    }
    *problem = why.message();
    return SpreadsheetFormat::NotSpreadsheet;
}

CsvFile BatchFileReader::read(const QString &path, const QString &sheetName)
{
    QFile file(path);
    QString problem;
    switch (formatOf(path, file, &problem)) {
    case SpreadsheetFormat::Xlsx:
        file.close();
        return BatchWorkbookReader::read(path, sheetName);
    case SpreadsheetFormat::Csv:
        if (!sheetName.isEmpty())
            return refused(tr("%1 is a CSV file, which has no sheets: leave out the sheet name.")
                               .arg(QFileInfo(path).fileName()));
        return BatchImporter::readCsv(file.readAll());
    default:
        break;
    }
    return refused(problem);
}

QList<CsvFile> BatchFileReader::readTables(const QString &path, const HeaderTest &isHeader)
{
    QFile file(path);
    QString problem;
    switch (formatOf(path, file, &problem)) {
    case SpreadsheetFormat::Xlsx:
        file.close();
        return BatchWorkbookReader::readMatching(path, isHeader);
    case SpreadsheetFormat::Csv:
        return {BatchImporter::readCsv(file.readAll())};
    default:
        break;
    }
    return {refused(problem)};
}

} // namespace einvoice
