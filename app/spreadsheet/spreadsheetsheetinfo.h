#pragma once

#include <QString>

namespace einvoice {

// One sheet as the workbook lists it, in tab order.
struct SpreadsheetSheetInfo
{
    QString name;
    QString part; // "xl/worksheets/sheet1.xml"; empty when the workbook points nowhere
    bool visible = true; // false for state="hidden" or "veryHidden"
    bool worksheet = true; // false for a chart sheet or dialog sheet (no cells)
};

} // namespace einvoice
