#pragma once

#include "xlsxcolumn.h"

#include <QHash>
#include <QString>

struct lxw_workbook;
struct lxw_format;

namespace einvoice {

// The cell formats of one workbook being written, made once and shared by every sheet: the bold
// header, and one per number format a column needs. The workbook owns them.
class XlsxFormats
{
public:
    explicit XlsxFormats(lxw_workbook *workbook);

    lxw_format *header();
    lxw_format *forColumn(const XlsxColumn &column);
    // "#,##0", "#,##0.00", "dd/mm/yyyy", "@", or "" for General.
    static QString numberFormatOf(const XlsxColumn &column);

private:
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_header = nullptr;
    QHash<QString, lxw_format *> m_byCode;
};

} // namespace einvoice
