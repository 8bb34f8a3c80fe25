#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace einvoice {

// One physical record of a CSV file with the 1-based line it starts on, or one row of a
// workbook's sheet with its row number (BatchWorkbookReader).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    // Cells longer than CsvReader::MaxCellLength keep only their start; their full length, by
    // field index, so that the refusal can say how long they were.
    QList<std::pair<int, qsizetype>> longCells;
    // Workbook rows only. Texts in a workbook are kept exactly as typed (a tax code stored as text
    // keeps or lacks its zero as written); numbers stored as numbers are written plainly with '.'
    // as the decimal point, read that way whatever the column's text cells show.
    bool fromWorkbook = false;
    QList<int> typedNumbers; // field indexes
    QList<std::pair<int, QString>> cellProblems; // field index, translated problem (a formula error)

    bool isTypedNumber(int field) const { return typedNumbers.contains(field); }
};

// A whole file as read: the records after any leading comment lines, or the problem that kept
// it from being read.
struct CsvFile
{
    QList<CsvRecord> records;
    QChar separator = QLatin1Char(',');
    QString encoding;
    bool moreRecords = false; // stopped at the maxRecords given to read()
    int problemLine = 0; // 0: no problem
    QString problem; // translated
    QString sheetName; // the sheet read, for a workbook
};

// Reads spreadsheet CSV: the encodings of CsvTextDecoder; comma or semicolon (detected from the
// header line outside quotes); quoted fields with doubled quotes and line breaks inside; CRLF,
// LF or CR-only ("CSV (Macintosh)") line ends, line breaks inside a cell kept as LF. Blank lines
// are skipped, and so are comment lines at the top: lines before the header whose first cell
// starts with '#' (the template's instructions).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::CsvReader)

public:
    // A cell is kept up to this many characters: ten times the longest invoice field (the item
    // name, 500), so that any longer one is refused with its real length, without holding it.
    static constexpr qsizetype MaxCellLength = 5000;

    static CsvFile read(const QByteArray &bytes, qsizetype maxRecords = -1);
    // The records only (empty when the file cannot be read).
    static QList<CsvRecord> parse(const QByteArray &bytes, QChar *separator = nullptr);
    static QChar detectSeparator(QStringView text);
    // One field quoted when it needs to be (for writing the template and results).
    static QString quote(const QString &field, QChar separator = QLatin1Char(','));

private:
    static void parseText(const QString &text, qsizetype maxRecords, CsvFile &file);
};

} // namespace einvoice
