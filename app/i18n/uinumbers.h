#pragma once

#include "core/decimal.h"

#include <QLocale>
#include <QString>

namespace einvoice {

// Numbers as the UI language writes them, for what the app shows (never for what it prints on an
// invoice, which is Vietnamese whatever the language: MoneyFormat): "2,023,816,000" and "0.6" in
// English, "2.023.816.000" and "0,6" in Vietnamese (issue 16.13). What the user types is read in
// the same convention (NumberInput); files, the CLI and JSON keep their own rules.
class UiNumbers
{
public:
    // The locale of the UI language's numbers (the translator sets the default locale).
    static QLocale locale();
    // Exact: grouped in the UI language's way, at least minDecimals decimals ("1,234.50").
    static QString money(Decimal value, int minDecimals = 0);
    // Whole amounts without decimals, others with two, as the invoice list shows them.
    static QString amount(Decimal value);
};

} // namespace einvoice
