#include "xlsxformats.h"

#include <xlsxwriter.h>

namespace einvoice {

namespace {

constexpr lxw_color_t HeaderFill = 0xDDEBF7; // Excel's pale blue
constexpr int MaxDecimals = 10;

} // namespace

XlsxFormats::XlsxFormats(lxw_workbook *workbook) : m_workbook(workbook) { }

lxw_format *XlsxFormats::header()
{
    if (!m_header) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(m_header, HeaderFill);
        format_set_bottom(m_header, LXW_BORDER_THIN);
    }
    return m_header;
}

QString XlsxFormats::numberFormatOf(const XlsxColumn &column)
{
    switch (column.kind) {
    case XlsxColumn::Kind::Code:
        return QStringLiteral("@");
    case XlsxColumn::Kind::Number:
        if (column.decimals < 0)
            return QString();
        return column.decimals == 0
            ? QStringLiteral("#,##0")
            : QStringLiteral("#,##0.") + QString(qMin(column.decimals, MaxDecimals), QLatin1Char('0'));
    case XlsxColumn::Kind::Date:
        return QStringLiteral("dd/mm/yyyy");
    case XlsxColumn::Kind::DateTime:
        return QStringLiteral("dd/mm/yyyy hh:mm");
    case XlsxColumn::Kind::Text:
    case XlsxColumn::Kind::Boolean:
        break;
    }
    return QString();
}

lxw_format *XlsxFormats::forColumn(const XlsxColumn &column)
{
    const QString code = numberFormatOf(column);
    if (code.isEmpty())
        return nullptr;
    lxw_format *&format = m_byCode[code];
    if (!format) {
        format = workbook_add_format(m_workbook);
        format_set_num_format(format, code.toUtf8().constData());
    }
    return format;
}

} // namespace einvoice
