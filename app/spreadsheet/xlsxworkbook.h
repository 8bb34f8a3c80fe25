#pragma once

#include "spreadsheetsheetinfo.h"
#include "xlsxrelationships.h"

#include <QList>

namespace einvoice {

class SafeXmlReader;

// "xl/workbook.xml" with its relationships: the sheets in tab order, where each one's part is,
// and the date system (1900, or 1904 for old Mac workbooks).
class XlsxWorkbook
{
public:
    static XlsxWorkbook parse(SafeXmlReader &reader, const XlsxRelationships &relationships);

    const QList<SpreadsheetSheetInfo> &sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }

private:
    void readSheet(SafeXmlReader &reader, const XlsxRelationships &relationships);

    QList<SpreadsheetSheetInfo> m_sheets;
    bool m_date1904 = false;
};

} // namespace einvoice
