#include "blanklines.h"

namespace einvoice {

bool isBlankLine(const InvoiceLine &line)
{
    return line.lineType == LineType::Goods && line.itemCode.trimmed().isEmpty()
        && line.itemName.trimmed().isEmpty() && line.unit.trimmed().isEmpty() && !line.quantity
        && !line.unitPrice && !line.taxRate && !line.discountPercent && !line.discountAmount
        && !line.amountBeforeDiscountAndTax;
}

QList<InvoiceLine> withoutTrailingBlankLines(QList<InvoiceLine> lines)
{
    while (!lines.isEmpty() && isBlankLine(lines.constLast()))
        lines.removeLast();
    return lines;
}

} // namespace einvoice
