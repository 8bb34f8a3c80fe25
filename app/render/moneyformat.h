#pragma once

#include "core/decimal.h"

#include <QString>

namespace einvoice {

// Numbers as printed on Vietnamese invoices: "." groups thousands, "," separates decimals.
class MoneyFormat
{
public:
    // 1234567 -> "1.234.567"; with decimals = 2: 1234.5 -> "1.234,50".
    static QString format(Decimal value, int decimals);
    // Quantities: no trailing zeros, "2", "2,5".
    static QString quantity(Decimal value);
};

} // namespace einvoice
