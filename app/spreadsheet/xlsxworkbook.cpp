#include "xlsxworkbook.h"

#include "safexmlreader.h"

namespace einvoice {

XlsxWorkbook XlsxWorkbook::parse(SafeXmlReader &reader, const XlsxRelationships &relationships)
{
    XlsxWorkbook workbook;
    while (reader.next()) {
        if (reader.isStart(QLatin1StringView("workbookPr"))) {
            const QStringView date1904 = reader.attribute(QLatin1StringView("date1904"));
            workbook.m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (reader.isStart(QLatin1StringView("sheet"))) {
            workbook.readSheet(reader, relationships);
        }
    }
    return workbook;
}

void XlsxWorkbook::readSheet(SafeXmlReader &reader, const XlsxRelationships &relationships)
{
    SpreadsheetSheetInfo sheet;
    sheet.name = reader.attribute(QLatin1StringView("name")).toString();
    const QStringView state = reader.attribute(QLatin1StringView("state"));
    sheet.visible = state != u"hidden" && state != u"veryHidden";
    // r:id; its local name is "id" in the relationships namespace (transitional or strict).
    const XlsxRelationships::Relationship *target
        = relationships.byId(reader.attribute(QLatin1StringView("id")));
    if (target) {
        sheet.part = target->target;
        sheet.worksheet = target->type.endsWith(QLatin1String("/worksheet"));
    }
    m_sheets.append(sheet);
}

} // namespace einvoice
