#include "remoteinvoiceline.h"

#include <algorithm>

namespace einvoice {

InvoiceLine invoiceLineOf(const RemoteInvoiceLine &remote, bool withTaxRate)
{
    InvoiceLine line;
    line.lineNumber = remote.lineNumber;
    line.lineType = remote.lineType;
    line.itemCode = remote.itemCode;
    line.itemName = remote.itemName;
    line.unit = remote.unit;
    if (remote.lineType == LineType::Note)
        return line;
    line.quantity = remote.quantity;
    line.unitPrice = remote.unitPrice;
    if (withTaxRate && remote.taxRate.isInteger())
        line.taxRate = taxRateFromWire(int(remote.taxRate.toRoundedInteger()));
    return line;
}

bool linesCarryTaxRates(const QList<RemoteInvoiceLine> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const RemoteInvoiceLine &line) {
        return line.lineType != LineType::Note && !line.taxRate.isZero();
    });
}

} // namespace einvoice
