#pragma once

#include "spreadsheeterror.h"
#include "spreadsheetlimits.h"
#include "zipbudget.h"

#include <QHash>
#include <QString>

#include <functional>

namespace einvoice {

class SafeXmlReader;

// Where an entry's central directory record is, so it is found again without a search.
struct ZipEntry
{
    quint64 directoryOffset = 0;
    quint64 index = 0;
};

// The zip container of a workbook, read with Debian's minizip (the zip library libxlsxwriter
// uses too: QuaZip bundles its own copy under the same symbol names, and the two cannot share a
// process). open() checks what can be checked without inflating (file size, the central
// directory's sizes and flags), then the declared content types, and finds the workbook part
// through the package relationships. Parts are then read one at a time through a SafeXmlReader
// that streams from the zip under a byte budget.
class XlsxPackage
{
public:
    explicit XlsxPackage(const SpreadsheetLimits &limits = {});
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    SpreadsheetError open(const QString &path);
    // The main part, e.g. "xl/workbook.xml".
    const QString &workbookPart() const { return m_workbookPart; }
    bool hasPart(const QString &part) const;
    // Starts a new byte budget: each reading operation (the workbook parts, then each sheet) may
    // inflate up to the limit, never more.
    void renewBudget() { m_budget = ZipBudget(m_limits.maxUncompressedBytes); }
    // Streams `part` through `parse`. The error is the first of: missing part, zip damage (CRC
    // included), budget spent, unsafe or malformed XML, or what `parse` reported with fail().
    SpreadsheetError readPart(const QString &part, const std::function<void(SafeXmlReader &)> &parse);

private:
    SpreadsheetError checkFile(const QString &path) const;
    SpreadsheetError checkCentralDirectory();
    SpreadsheetError findWorkbookPart();
    bool openEntry(const QString &part);
    QByteArray readSmallEntry(const QString &part);

    SpreadsheetLimits m_limits;
    ZipBudget m_budget;
    void *m_zip = nullptr; // unzFile
    QHash<QString, ZipEntry> m_entries; // by lower-case part name
    QString m_workbookPart;
};

} // namespace einvoice
