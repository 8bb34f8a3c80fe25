#pragma once

#include "spreadsheeterror.h"
#include "spreadsheetlimits.h"
#include "spreadsheetsheetinfo.h"
#include "spreadsheettable.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace einvoice {

class XlsxPackage;
class XlsxSharedStrings;
class XlsxStyles;

// Reads the values of an Excel workbook (.xlsx, .xlsm, .xltx; transitional or strict). open()
// refuses, with a SpreadsheetError and before reading any sheet, whatever is not a sound
// workbook: other formats (.xls, .ods, .xlsb, encrypted, CSV), damaged zips, zip bombs, DTDs.
// Sheets are then read one at a time, each within the row and cell limits.
//
//     XlsxReader reader;
//     if (!reader.open(path))
//         return fail(reader.error().message());
//     const auto table = reader.readFirstMatching([](const SpreadsheetRow &row) { ... });
class XlsxReader
{
public:
    using RowPredicate = std::function<bool(const SpreadsheetRow &)>;

    explicit XlsxReader(const SpreadsheetLimits &limits = {});
    ~XlsxReader();

    bool open(const QString &path);
    const SpreadsheetError &error() const { return m_error; }

    const QList<SpreadsheetSheetInfo> &sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    bool isDate1904() const { return m_date1904; }

    // The sheet called `name` (Excel compares sheet names without regard to case).
    std::optional<SpreadsheetTable> readSheet(const QString &name);
    // The first visible worksheet whose first non-empty row satisfies `isHeader`.
    std::optional<SpreadsheetTable> readFirstMatching(const RowPredicate &isHeader);

private:
    bool fail(const SpreadsheetError &error);
    bool readWorkbook();
    std::optional<SpreadsheetTable> read(const SpreadsheetSheetInfo &sheet);

    SpreadsheetLimits m_limits;
    SpreadsheetError m_error;
    std::unique_ptr<XlsxPackage> m_package;
    std::unique_ptr<XlsxSharedStrings> m_strings;
    std::unique_ptr<XlsxStyles> m_styles;
    QList<SpreadsheetSheetInfo> m_sheets;
    bool m_date1904 = false;
};

} // namespace einvoice
