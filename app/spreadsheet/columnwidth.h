#pragma once

#include "spreadsheetvalue.h"
#include "xlsxcolumn.h"

namespace einvoice {

// A column width (in Excel's units, about one digit each) that fits what was written, found
// from character counts: there is no font measuring without a display, and Excel does the same
// estimate when it autofits a column it has not drawn.
class ColumnWidth
{
public:
    static constexpr double MinWidth = 8;
    static constexpr double MaxWidth = 60;

    explicit ColumnWidth(const XlsxColumn &column);
    void fit(const SpreadsheetValue &value);
    double width() const;

    // Characters a value takes when shown in the column's format.
    static qsizetype displayLength(const SpreadsheetValue &value, const XlsxColumn &column);
    static qsizetype longestLine(const QString &text);

private:
    XlsxColumn m_column;
    qsizetype m_headerChars = 0;
    qsizetype m_chars = 0;
};

} // namespace einvoice
