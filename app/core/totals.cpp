#include "totals.h"

#include <map>

namespace einvoice {

// Invoice arithmetic (sepay-api.md 8, vn-einvoice-domain.md 1.5-1.6). Every amount is exact
// (Decimal, four decimals) and rounded half away from zero to the currency's minor digits
// (0 for VND, 2 for USD/CAD) exactly once, from the exact intermediate product.
// Range: every amount of a line and every total is at most MaxInvoiceAmount in magnitude;
// past that the line or the totals say outOfRange and the validator refuses the invoice.

namespace {

bool withinRange(const std::optional<Decimal> &amount)
{
    return amount && *amount <= MaxInvoiceAmount && *amount >= -MaxInvoiceAmount;
}

// Adds to `total`, or marks the totals out of range when the result would pass the limit.
void addChecked(Decimal &total, Decimal amount, InvoiceTotals &totals)
{
    const std::optional<Decimal> result = Decimal::sum(total, amount);
    if (withinRange(result))
        total = *result;
    else
        totals.outOfRange = true;
}

// Rule: a missing quantity counts as 1 (the API makes quantity optional).
Decimal quantityOf(const InvoiceLine &line)
{
    return line.quantity.value_or(Decimal::fromInteger(1));
}

// Rule: gross = quantity x unit_price rounded to minor digits; without a unit price the line's
// stated before_discount_and_tax_amount is used; without either the line is worth 0.
std::optional<Decimal> grossOf(const InvoiceLine &line, int decimals)
{
    if (line.unitPrice)
        return Decimal::multiply(quantityOf(line), *line.unitPrice, decimals);
    if (line.amountBeforeDiscountAndTax)
        return line.amountBeforeDiscountAndTax->rounded(decimals);
    return Decimal();
}

// The line's discount taken off `gross`, or nullopt when it cannot be computed.
std::optional<Decimal> discountOf(const InvoiceLine &line, Decimal gross, int decimals)
{
    // Rule: discount_amount wins when both discounts are sent (it is the explicit figure);
    // otherwise discount_tax is a percentage of gross, rounded to minor digits.
    if (line.discountAmount)
        return line.discountAmount->rounded(decimals);
    if (line.discountPercent)
        return Decimal::percentOf(gross, *line.discountPercent, decimals);
    return Decimal();
}

LineAmounts outOfRangeLine()
{
    LineAmounts amounts;
    amounts.outOfRange = true;
    return amounts;
}

// Rule: a promotion line (type 2) is free (0, in no group) unless a positive price is given:
// unit_price > 0, or else before_discount_and_tax_amount > 0. A priced promotion line is then
// computed exactly like a goods line (discounts included) and adds to its rate group.
bool promotionIsCharged(const InvoiceLine &line)
{
    if (line.unitPrice)
        return *line.unitPrice > Decimal();
    return line.amountBeforeDiscountAndTax && *line.amountBeforeDiscountAndTax > Decimal();
}

// Whether the line adds to a rate group at all. Note lines (type 4) carry nothing.
bool joinsGroup(const InvoiceLine &line)
{
    switch (line.lineType) {
    case LineType::Note:
        return false;
    case LineType::Promotion:
        return promotionIsCharged(line);
    case LineType::Goods:
    case LineType::TradeDiscount:
        return true;
    }
    return false;
}

// Group key: the rate's wire value; lines without a rate (sales invoices, or VAT-invoice lines
// whose rate is missing) share one group ordered before KCT.
constexpr int NoRateKey = -100;

int groupKey(const Invoice &invoice, const InvoiceLine &line)
{
    if (!invoice.isVatInvoice() || !line.taxRate)
        return NoRateKey;
    return toWire(*line.taxRate);
}

} // namespace

Decimal vatFor(Decimal amount, TaxRate rate, Currency currency)
{
    // Rule: VAT = round_half_up(amount x rate / 100) to minor digits; KCT and KKKNT charge 0.
    // At most 10 % of an amount within range: never past the range itself.
    return Decimal::percentOf(amount, Decimal::fromInteger(percentOf(rate)), minorDigits(currency))
        .value_or(Decimal());
}

LineAmounts computeLineAmounts(const InvoiceLine &line, Currency currency)
{
    const int decimals = minorDigits(currency);
    LineAmounts amounts;
    if (line.lineType == LineType::Note)
        return amounts;
    if (line.lineType == LineType::TradeDiscount) {
        // Rule: a trade-discount line (type 3) subtracts its before_discount_and_tax_amount
        // (or quantity x unit_price when that is absent) from its rate group: net is negative.
        const std::optional<Decimal> gross = line.amountBeforeDiscountAndTax
            ? line.amountBeforeDiscountAndTax->rounded(decimals)
            : grossOf(line, decimals);
        if (!withinRange(gross))
            return outOfRangeLine();
        amounts.gross = *gross;
        amounts.net = -amounts.gross;
        return amounts;
    }
    if (line.lineType == LineType::Promotion && !promotionIsCharged(line))
        return amounts;
    const std::optional<Decimal> gross = grossOf(line, decimals);
    if (!withinRange(gross))
        return outOfRangeLine();
    const std::optional<Decimal> discount = discountOf(line, *gross, decimals);
    if (!withinRange(discount))
        return outOfRangeLine();
    // Rule: net = gross - discount.
    const std::optional<Decimal> net = Decimal::sum(*gross, -*discount);
    if (!withinRange(net))
        return outOfRangeLine();
    amounts.gross = *gross;
    amounts.discount = *discount;
    amounts.net = *net;
    return amounts;
}

InvoiceTotals computeTotals(const Invoice &invoice)
{
    InvoiceTotals totals;
    std::map<int, Decimal> groupAmounts; // ordered by rate: KCT(-2), KKKNT(-1), 0, 5, 8, 10
    if (!invoice.isVatInvoice())
        groupAmounts[NoRateKey] = Decimal(); // sales invoices: one group without rate, no VAT
    for (const InvoiceLine &line : invoice.lines) {
        const LineAmounts amounts = computeLineAmounts(line, invoice.currency);
        totals.lines.append(amounts);
        totals.outOfRange = totals.outOfRange || amounts.outOfRange;
        if (line.lineType == LineType::TradeDiscount)
            addChecked(totals.tradeDiscount, amounts.gross, totals);
        if (joinsGroup(line))
            addChecked(groupAmounts[groupKey(invoice, line)], amounts.net, totals);
    }
    for (const auto &[key, amount] : groupAmounts) {
        RateGroup group;
        group.amount = amount;
        if (key != NoRateKey) {
            group.rate = taxRateFromWire(key);
            // Rule: VAT is rounded ONCE per rate group, never summed from rounded line VATs.
            group.vat = vatFor(amount, *group.rate, invoice.currency);
        }
        totals.groups.append(group);
        addChecked(totals.totalBeforeTax, group.amount, totals); // Rule: sum of group amounts.
        addChecked(totals.totalVat, group.vat, totals);
    }
    // Rule: grand total = total before tax + total VAT; every part is already at minor digits,
    // so for VND it is whole đồng. The client's total_amount override is not applied here.
    totals.grandTotal = totals.totalBeforeTax;
    addChecked(totals.grandTotal, totals.totalVat, totals);
    return totals;
}

} // namespace einvoice
