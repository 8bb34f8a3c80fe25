#include "linecolumns.h"

#include <QRegularExpression>

namespace einvoice {

namespace {

const char *const fieldNames[LineColumns::Count] = {
    "line_type",
    "item_code",
    "item_name",
    "unit",
    "quantity",
    "unit_price",
    "discount_tax",
    "discount_amount",
    "tax_rate",
    "before_discount_and_tax_amount",
};

} // namespace

QString LineColumns::fieldName(int column)
{
    if (column < 0 || column >= Count)
        return QString();
    return QLatin1String(fieldNames[column]);
}

int LineColumns::columnForField(QStringView fieldName)
{
    for (int column = 0; column < Count; ++column) {
        if (fieldName == QLatin1String(fieldNames[column]))
            return column;
    }
    return -1;
}

std::optional<LineColumns::Cell> LineColumns::cellForPath(QStringView path)
{
    static const QRegularExpression pattern(QStringLiteral("^items\\[(\\d+)\\](?:\\.([a-z_]+))?$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    Cell cell;
    cell.row = match.capturedView(1).toInt();
    if (match.hasCaptured(2))
        cell.column = columnForField(match.capturedView(2));
    return cell;
}

QString LineColumns::pathForCell(int row, int column)
{
    return QStringLiteral("items[") + QString::number(row) + QStringLiteral("].") + fieldName(column);
}

bool LineColumns::isNumeric(int column)
{
    return column == Quantity || column == UnitPrice || column == DiscountPercent || column == DiscountAmount
        || column == Amount;
}

} // namespace einvoice
