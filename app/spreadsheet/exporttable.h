#pragma once

#include "spreadsheeterror.h"
#include "spreadsheetvalue.h"
#include "xlsxcolumn.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace einvoice {

// A table the app shows, with typed columns, ready to go to Excel or CSV: every export (the
// invoice list, batch results, the catalogue, the month-end reports) fills one and hands it to
// write(). Numbers stay numbers with thousands separators, dates real dates, the header row
// frozen and the columns as wide as their content.
struct ExportTable
{
    QString sheetName; // at most 31 characters, none of []:*?/\ (Excel's rule)
    QList<XlsxColumn> columns;
    QList<QList<SpreadsheetValue>> rows;
    // Printed at the top left of every page of the sheet (Excel's page header), e.g. a report's
    // seller; the page number goes on the right. The table itself starts on row 1 whatever it is.
    QString pageHeader = {};

    void append(const QList<SpreadsheetValue> &row) { rows.append(row); }
    // A Number column shows as many decimals as its values have (0 for VND amounts, 2 when a USD
    // amount has cents), so that no value is shown rounded.
    void showAllDecimals(qsizetype column);
};

class ExportTableWriter
{
public:
    // One sheet per table, in order; nothing at `path` unless the whole workbook was written.
    static bool writeXlsx(const QList<ExportTable> &tables, const QString &path, SpreadsheetError *error);
    // UTF-8 with BOM, CRLF, RFC 4180 quoting; numbers plain ("1500000", "2.5"), dates ISO, moments
    // as Vietnam's wall-clock time; text a spreadsheet would run as a formula gets an apostrophe.
    static QByteArray csv(const ExportTable &table);
    static QString csvText(const SpreadsheetValue &value);
};

} // namespace einvoice
