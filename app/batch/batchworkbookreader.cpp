#include "batchworkbookreader.h"

#include "batchcolumns.h"
#include "batchimporter.h"
#include "spreadsheet/spreadsheetlimits.h"
#include "spreadsheet/xlsxreader.h"

namespace einvoice {

namespace {

using HeaderTest = std::function<bool(const QStringList &)>;

// The header row: the first of the sheet's first rows that `isHeader` accepts.
qsizetype headerRow(const SpreadsheetTable &table, const HeaderTest &isHeader)
{
    const qsizetype last = std::min<qsizetype>(table.rows.size(), BatchWorkbookReader::HeaderSearchRows);
    for (qsizetype i = 0; i < last; ++i) {
        if (isHeader(table.rows.at(i).texts()))
            return i;
    }
    return -1;
}

// A batch file's header names the item column.
qsizetype headerRow(const SpreadsheetTable &table)
{
    return headerRow(table, [](const QStringList &texts) {
        return BatchColumnMap::fromHeader(texts).has(BatchColumn::ItemName);
    });
}

// "0.1" shown as "10%": the number a person typed into a percentage cell.
QString percentText(const QString &plain)
{
    QString digits = plain;
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    qsizetype point = digits.indexOf(u'.');
    if (point < 0)
        point = digits.size();
    digits.remove(point, 1);
    while (digits.size() < point + 2)
        digits.append(u'0');
    QString result = digits.left(point + 2) + u'.' + digits.mid(point + 2);
    while (result.endsWith(u'0') && result.contains(u'.'))
        result.chop(1);
    if (result.endsWith(u'.'))
        result.chop(1);
    while (result.size() > 1 && result.startsWith(u'0') && result.at(1) != u'.')
        result.remove(0, 1);
    return (negative ? QStringLiteral("-") : QString()) + result + u'%';
}

SpreadsheetLimits batchLimits()
{
    SpreadsheetLimits limits;
    limits.maxFileBytes = BatchImporter::MaxFileBytes;
    return limits;
}

} // namespace

QStringList BatchWorkbookReader::sheetNames(const QString &path)
{
    XlsxReader reader(batchLimits());
    QStringList names;
    if (!reader.open(path))
        return names;
    for (const SpreadsheetSheetInfo &sheet : reader.sheets()) {
        if (sheet.visible && sheet.worksheet)
            names.append(sheet.name);
    }
    return names;
}

QStringList BatchWorkbookReader::batchSheetNames(const QString &path)
{
    XlsxReader reader(batchLimits());
    return reader.open(path) ? batchSheets(reader) : QStringList();
}

QStringList BatchWorkbookReader::batchSheets(XlsxReader &reader)
{
    QStringList names;
    for (const SpreadsheetSheetInfo &sheet : reader.sheets()) {
        if (!sheet.visible || !sheet.worksheet)
            continue;
        const std::optional<SpreadsheetTable> table = reader.readSheet(sheet.name);
        if (table && headerRow(*table) >= 0)
            names.append(sheet.name);
    }
    return names;
}

// What a sheet named on the command line lacks, and where the invoices are (the template's
// instructions sheet is named next to its invoices sheet).
QString BatchWorkbookReader::notABatch(const QString &sheetName, XlsxReader &reader)
{
    QString problem
        = tr("The sheet \"%1\" is not a batch: it has no row naming the item column (\"%2\") in its "
             "first %3 rows.")
              .arg(sheetName, BatchColumnMap::templateHeader(BatchColumn::ItemName))
              .arg(HeaderSearchRows);
    if (const QStringList batches = batchSheets(reader); !batches.isEmpty())
        problem += u' ' + tr("Sheets with invoices: %1.").arg(batches.join(QStringLiteral(", ")));
    return problem;
}

CsvFile BatchWorkbookReader::read(const QString &path, const QString &sheetName)
{
    CsvFile file;
    XlsxReader reader(batchLimits());
    if (!reader.open(path)) {
        file.problem = reader.error().message();
        return file;
    }
    if (!sheetName.isEmpty()) {
        const std::optional<SpreadsheetTable> table = reader.readSheet(sheetName);
        if (!table)
            file.problem = reader.error().message();
        else if (headerRow(*table) < 0)
            file.problem = notABatch(table->sheetName, reader);
        else
            useTable(*table, headerRow(*table), file);
        return file;
    }
    QStringList looked;
    for (const SpreadsheetSheetInfo &sheet : reader.sheets()) {
        if (!sheet.visible || !sheet.worksheet)
            continue;
        const std::optional<SpreadsheetTable> table = reader.readSheet(sheet.name);
        if (!table) {
            file.problem = reader.error().message();
            return file;
        }
        if (const qsizetype header = headerRow(*table); header >= 0) {
            useTable(*table, header, file);
            return file;
        }
        looked.append(sheet.name);
    }
    file.problem
        = tr("No sheet of the workbook has the template's header (a column \"%1\"); sheets looked "
             "at: %2. Name the sheet to read.")
              .arg(BatchColumnMap::templateHeader(BatchColumn::ItemName), looked.join(QStringLiteral(", ")));
    return file;
}

QList<CsvFile> BatchWorkbookReader::readMatching(const QString &path, const HeaderTest &isHeader)
{
    CsvFile failed;
    XlsxReader reader(batchLimits());
    if (!reader.open(path)) {
        failed.problem = reader.error().message();
        return {failed};
    }
    QList<CsvFile> tables;
    QStringList looked;
    for (const SpreadsheetSheetInfo &sheet : reader.sheets()) {
        if (!sheet.visible || !sheet.worksheet)
            continue;
        const std::optional<SpreadsheetTable> table = reader.readSheet(sheet.name);
        if (!table) {
            failed.problem = reader.error().message();
            return {failed};
        }
        looked.append(sheet.name);
        if (const qsizetype header = headerRow(*table, isHeader); header >= 0) {
            tables.append(CsvFile());
            useTable(*table, header, tables.last());
            if (!tables.last().problem.isEmpty())
                return {tables.last()};
        }
    }
    if (tables.isEmpty()) {
        failed.problem = tr("No sheet of the workbook has a header this import reads; sheets looked at: %1.")
                             .arg(looked.join(QStringLiteral(", ")));
        return {failed};
    }
    return tables;
}

void BatchWorkbookReader::useTable(const SpreadsheetTable &table, qsizetype header, CsvFile &file)
{
    file.sheetName = table.sheetName;
    if (table.rows.size() - header > BatchImporter::MaxDataRows + 1) {
        file.problem = BatchImporter::tr("The file has more than %1 rows; a batch file may have at most %1. "
                                         "Split it into several files.")
                           .arg(BatchImporter::MaxDataRows);
        return;
    }
    for (qsizetype i = header; i < table.rows.size(); ++i)
        file.records.append(record(table.rows.at(i)));
}

CsvRecord BatchWorkbookReader::record(const SpreadsheetRow &row)
{
    CsvRecord record;
    record.line = int(row.number);
    record.fromWorkbook = true;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        QString text = cellText(row.cells.at(i), record, int(i));
        if (text.size() > CsvReader::MaxCellLength) {
            record.longCells.append({int(i), text.size()});
            text.truncate(CsvReader::MaxCellLength);
        }
        record.fields.append(text.normalized(QString::NormalizationForm_C));
    }
    return record;
}

QString BatchWorkbookReader::cellText(const SpreadsheetCell &cell, CsvRecord &record, int field)
{
    using Type = SpreadsheetCell::Type;
    switch (cell.type()) {
    case Type::Number:
        record.typedNumbers.append(field);
        return cell.isPercent() ? percentText(cell.text()) : cell.text();
    case Type::Date:
        return cell.date().toString(Qt::ISODate);
    case Type::DateTime:
        return cell.date().toString(Qt::ISODate) + u' ' + cell.time().toString(QStringLiteral("HH:mm:ss"));
    case Type::Error:
        record.cellProblems.append({field,
            tr("The cell's formula gives the error %1; correct it in the spreadsheet.").arg(cell.text())});
        return QString();
    case Type::FormulaWithoutValue:
        record.cellProblems.append({field,
            tr("The cell's formula was saved without its result; open the file in Excel or LibreOffice "
               "and save it again.")});
        return QString();
    case Type::Empty:
    case Type::Text:
    case Type::Boolean:
    case Type::Time:
        break;
    }
    return cell.text();
}

} // namespace einvoice
