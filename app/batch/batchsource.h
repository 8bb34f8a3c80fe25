#pragma once

#include <QString>

namespace einvoice {

// Which batch file invoices come from, whatever happened to it between runs (issue 14): the
// file's base name without its extension, Unicode-normalised and case-folded, so that
// "HoaDon-T5.csv" re-saved by Excel, as "hoadon-t5.CSV" with other line ends or separators, or as
// "HoaDon-T5.xlsx" is the same source. Within an environment the source and an invoice key
// identify one invoice; the derived reference codes start with the source's tag.
//
// A sheet of a workbook with several sheets is a source of its own (issue 20): "Tháng 11" and
// "Tháng 12" may both hold an invoice HD01. Its key is the file's key, '/' (in neither a file
// name nor a sheet name) and the sheet's name folded the same way. A CSV file and a workbook's
// only sheet keep the file's key, which is what every run before sheets had (BatchSheetSource
// decides which one a sheet has).
struct BatchSource
{
    QString key; // "hoadon-t5", or "hoadon-2026/tháng 12"
    QString fileName; // "HoaDon-T5.csv", for messages
    QString filePath; // empty when the rows did not come from a file
    QString sheetName = {}; // the workbook's sheet as named, recorded with each run; empty for CSV

    static BatchSource fromPath(const QString &path);
    // The sheet's rows of the workbook at path: the file's key when `ownKey` is false.
    static BatchSource forSheet(const QString &path, const QString &sheetName, bool ownKey);
    static QString sheetKeyFor(const QString &sheetName);
    // For rows without a file (pasted, tests): name stands for the file name.
    static BatchSource named(const QString &name);
    static QString keyFor(const QString &fileName);

    bool isValid() const { return !key.isEmpty(); }
    // Ten hex digits of the key's hash: short, safe in a reference code and in a file name.
    QString tag() const;
    // "B<tag>-<key>" for revision 1, "B<tag>-<key>-r<n>" for an invoice issued again as new. Keys
    // with characters a reference code cannot hold are cleaned and made unique by their hash.
    QString referenceCode(const QString &invoiceKey, int revision) const;
};

} // namespace einvoice
