#pragma once

#include "decimal.h"
#include "enums.h"
#include "invoice.h"

#include <QList>

#include <optional>

namespace einvoice {

// The largest amount a line or a total may reach, in currency units: 900 trillion, a round
// figure inside both the signed XML's 15 digits (QĐ 1450 amounts are Numeric(19,4)) and the
// range of Decimal (about 9.22e14).
inline constexpr Decimal MaxInvoiceAmount = Decimal::fromInteger(900'000'000'000'000);

// Amounts of one line after its own discounts, in the invoice currency's minor-unit precision.
struct LineAmounts
{
    Decimal gross; // quantity x unit price (or the line's stated amount)
    Decimal discount; // per-line discount taken off gross
    Decimal net; // what the line adds to its rate group (negative for trade-discount lines)
    bool outOfRange = false; // an amount passed MaxInvoiceAmount: all three are then 0
};

// One VAT rate group (sepay-api.md 8, vn-einvoice-domain.md 1.6).
struct RateGroup
{
    std::optional<TaxRate> rate; // unset on sales invoices
    Decimal amount; // sum of net amounts of the group's lines
    Decimal vat; // rounded once for the group, half-up
};

struct InvoiceTotals
{
    QList<LineAmounts> lines; // one per invoice line, same order
    QList<RateGroup> groups; // ordered KCT, KKKNT, 0, 5, 8, 10; sales invoices: one group
    Decimal totalBeforeTax;
    Decimal totalVat;
    Decimal tradeDiscount; // sum of type-3 lines, positive
    Decimal grandTotal; // whole đồng for VND, cents for USD/CAD
    bool outOfRange = false; // a line or a total passed MaxInvoiceAmount: the sums are not usable
};

// The one place where invoice arithmetic is done. Pure and exact.
InvoiceTotals computeTotals(const Invoice &invoice);

// The amounts of one line on its own (the rules are documented in totals.cpp).
LineAmounts computeLineAmounts(const InvoiceLine &line, Currency currency);
// VAT of an amount at a rate, rounded half away from zero to the currency's minor digits.
// computeTotals applies it once per rate group; per line it only serves to show the difference.
Decimal vatFor(Decimal amount, TaxRate rate, Currency currency);

} // namespace einvoice
