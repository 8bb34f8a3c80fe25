#include "xlsxcellref.h"

#include <QString>

namespace einvoice {

std::optional<XlsxCellRef> XlsxCellRef::parse(QStringView reference)
{
    qsizetype i = 0;
    qsizetype column = 0;
    if (i < reference.size() && reference[i] == u'$')
        ++i;
    const qsizetype lettersStart = i;
    for (; i < reference.size() && i - lettersStart < 4; ++i) {
        const QChar c = reference[i].toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    if (i == lettersStart || column > MaxColumns)
        return std::nullopt;
    if (i < reference.size() && reference[i] == u'$')
        ++i;
    const QStringView digits = reference.mid(i);
    bool ok = !digits.isEmpty() && digits.front() != u'+' && digits.front() != u'-';
    const qint64 row = ok ? digits.toLongLong(&ok) : 0;
    if (!ok || row < 1 || row > MaxRows)
        return std::nullopt;
    return XlsxCellRef {column - 1, row};
}

std::optional<XlsxCellRange> XlsxCellRange::parse(QStringView range)
{
    const qsizetype colon = range.indexOf(u':');
    const std::optional<XlsxCellRef> first = XlsxCellRef::parse(colon < 0 ? range : range.left(colon));
    const std::optional<XlsxCellRef> last = colon < 0 ? first : XlsxCellRef::parse(range.mid(colon + 1));
    if (!first || !last)
        return std::nullopt;
    XlsxCellRange parsed;
    parsed.first = {qMin(first->column, last->column), qMin(first->row, last->row)};
    parsed.last = {qMax(first->column, last->column), qMax(first->row, last->row)};
    return parsed;
}

} // namespace einvoice
