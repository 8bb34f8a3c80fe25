#pragma once

#include "csvreader.h"
#include "spreadsheet/spreadsheetformat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QFile;

#include <functional>

namespace einvoice {

// Reads a batch file of any kind the importer takes, told by its content whatever its name: CSV
// (BatchImporter::readCsv) or an Excel workbook (BatchWorkbookReader). Anything else, an .xls, an
// encrypted workbook, a web page saved as .xls, a damaged zip, a file too big, comes back with
// its problem set and no records, so that nothing of it is imported.
class BatchFileReader
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchFileReader)

public:
    // `sheetName`: the workbook's sheet to read; empty for the first with the template's header.
    // A sheet named for a CSV file is a problem too, so that a script's mistake is not ignored.
    static CsvFile read(const QString &path, const QString &sheetName = QString());
    static bool isWorkbook(const QString &path);
    // The visible worksheets of a workbook in tab order, the names read() takes; none for a CSV
    // file or a workbook that cannot be opened.
    static QStringList sheetNames(const QString &path);
    // The sheets of them that hold a batch (the template's header), offered to choose from.
    static QStringList batchSheetNames(const QString &path);

    // Whether a row of texts is the header of a table the caller reads.
    using HeaderTest = std::function<bool(const QStringList &)>;
    // Every table of the file, with the same formats, limits and refusals as read(): a CSV file's
    // one table (whatever its header: the caller checks it), or each visible sheet of a workbook
    // that has a row `isHeader` accepts in its first rows, read from that row on. A file that
    // cannot be read, or a workbook without such a sheet, gives one CsvFile with its problem.
    static QList<CsvFile> readTables(const QString &path, const HeaderTest &isHeader);

private:
    // The file's format once it is open and its size allowed; NotSpreadsheet with `problem` set
    // when it is refused.
    static SpreadsheetFormat formatOf(const QString &path, QFile &file, QString *problem);
};

} // namespace einvoice
