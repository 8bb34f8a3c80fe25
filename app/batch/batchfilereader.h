#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QString>

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
};

} // namespace einvoice
