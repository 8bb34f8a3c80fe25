#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace einvoice {

// An A1-style reference ("C5": column 2, row 5) within Excel's grid (XFD1048576).
struct XlsxCellRef
{
    static constexpr qsizetype MaxColumns = 16384;
    static constexpr qint64 MaxRows = 1'048'576;

    qsizetype column = 0; // 0-based
    qint64 row = 0; // 1-based, as in the sheet

    // nullopt for anything else, including references outside the grid.
    static std::optional<XlsxCellRef> parse(QStringView reference);
};

// A rectangular range ("A1:C2"), or one cell ("B4").
struct XlsxCellRange
{
    XlsxCellRef first;
    XlsxCellRef last;

    static std::optional<XlsxCellRange> parse(QStringView range);
};

} // namespace einvoice
