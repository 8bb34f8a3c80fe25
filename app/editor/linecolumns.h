#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace einvoice {

// The columns of the invoice lines table and the API field each one edits.
class LineColumns
{
public:
    enum Column {
        LineType,
        ItemCode,
        ItemName,
        Unit,
        Quantity,
        UnitPrice,
        DiscountPercent,
        DiscountAmount,
        TaxRate,
        Amount,
        Count
    };

    struct Cell
    {
        int row = -1;
        int column = -1; // -1 when the path names the line as a whole ("items[2]")
    };

    // "line_type", "item_code", ..., "discount_tax", "before_discount_and_tax_amount".
    static QString fieldName(int column);
    static int columnForField(QStringView fieldName); // -1 when unknown
    // "items[2].quantity" -> {2, Quantity}; nullopt for paths outside items[].
    static std::optional<Cell> cellForPath(QStringView path);
    static QString pathForCell(int row, int column);
    static bool isNumeric(int column);
};

} // namespace einvoice
