#pragma once

#include <QString>

namespace einvoice {

// Which batch file invoices come from, whatever happened to it between runs (issue 14): the
// file's base name without its extension, Unicode-normalised and case-folded, so that
// "HoaDon-T5.csv" re-saved by Excel, as "hoadon-t5.CSV" with other line ends or separators, or as
// "HoaDon-T5.xlsx" is the same source. Within an environment the source and an invoice key
// identify one invoice; the derived reference codes start with the source's tag.
struct BatchSource
{
    QString key; // "hoadon-t5"
    QString fileName; // "HoaDon-T5.csv", for messages
    QString filePath; // empty when the rows did not come from a file

    static BatchSource fromPath(const QString &path);
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
