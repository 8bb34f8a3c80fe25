#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace einvoice {

struct SpreadsheetRow;
struct SpreadsheetTable;
class SpreadsheetCell;
class XlsxReader;

// A batch file saved as an Excel workbook (.xlsx), read into the records the importer reads from
// a CSV file. The sheet is the one named, or the first visible sheet with the template's header
// (a row naming the item column) within its first rows; rows above the header (titles, merged
// group headings) are not read. Cells keep their types: texts exactly as typed, numbers written
// plainly ("1500000", "2.5", a percentage as "10%") and marked typed, dates as "yyyy-MM-dd". A
// formula gives its saved result; a formula error or a formula saved without a result is a
// problem of its cell.
class BatchWorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchWorkbookReader)

public:
    // Rows above the header that may hold titles and group headings.
    static constexpr int HeaderSearchRows = 10;

    static CsvFile read(const QString &path, const QString &sheetName = QString());
    // The visible worksheets, in tab order; none when the workbook cannot be opened.
    static QStringList sheetNames(const QString &path);
    // Those of them that are batches: a row naming the item column in their first rows (the
    // template's own instructions sheet, "Hướng dẫn", is not one).
    static QStringList batchSheetNames(const QString &path);
    // Every visible sheet with a row `isHeader` accepts in its first rows, each from that row on;
    // one CsvFile with the problem when the workbook cannot be read or has no such sheet.
    static QList<CsvFile> readMatching(
        const QString &path, const std::function<bool(const QStringList &)> &isHeader);
    // The record of one row: what BatchImporter reads of each cell.
    static CsvRecord record(const SpreadsheetRow &row);

private:
    static QStringList batchSheets(XlsxReader &reader);
    static QString notABatch(const QString &sheetName, XlsxReader &reader);
    static void useTable(const SpreadsheetTable &table, qsizetype header, CsvFile &file);
    static QString cellText(const SpreadsheetCell &cell, CsvRecord &record, int field);
};

} // namespace einvoice
