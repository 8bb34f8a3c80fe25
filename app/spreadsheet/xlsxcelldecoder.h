#pragma once

#include "spreadsheetcell.h"

#include <QString>

#include <optional>

namespace einvoice {

class XlsxSharedStrings;
class XlsxStyles;

// What one <c> element says, before it is a value.
struct XlsxRawCell
{
    QString type; // the t attribute: "s", "n" (or empty), "b", "e", "str", "inlineStr", "d"
    int style = 0; // the s attribute
    QString value; // the <v> text
    bool hasValue = false;
    QString formula; // the <f> text
    bool hasFormula = false;
    QString inlineText; // the <is> text
};

// Turns a raw cell into a typed SpreadsheetCell with the workbook's shared strings, number
// formats and date system: the one place where cells are mapped to values.
class XlsxCellDecoder
{
public:
    XlsxCellDecoder(const XlsxSharedStrings &strings, const XlsxStyles &styles, bool date1904);

    // nullopt for a cell the workbook cannot mean (a shared string index it does not have, a
    // number that is not one); `problem` then says what, in English.
    std::optional<SpreadsheetCell> decode(const XlsxRawCell &raw, QString *problem) const;

private:
    std::optional<SpreadsheetCell> decodeNumber(const XlsxRawCell &raw, QString *problem) const;
    std::optional<SpreadsheetCell> decodeIsoDate(const XlsxRawCell &raw, QString *problem) const;

    const XlsxSharedStrings &m_strings;
    const XlsxStyles &m_styles;
    bool m_date1904 = false;
};

} // namespace einvoice
