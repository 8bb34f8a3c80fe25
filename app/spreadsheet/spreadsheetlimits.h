#pragma once

#include <QtGlobal>

namespace einvoice {

// What a workbook may cost to read. Checked before anything is inflated (file size, the zip's
// declared sizes) and again while inflating and parsing (bytes actually produced, rows, cells).
struct SpreadsheetLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    qint64 maxUncompressedBytes = 256LL * 1024 * 1024; // all parts together
    qint64 maxRows = 50'000; // non-empty rows of one sheet
    qint64 maxCells = 1'500'000; // cells of one sheet up to each row's last non-empty one
};

} // namespace einvoice
