#include "vatreturnform.h"

namespace einvoice {

namespace {

Money atRate(const CurrencyRates &sales, int rate)
{
    for (const RateRow &row : sales.rows)
        if (row.rate == rate)
            return row.money;
    return {};
}

} // namespace

// The form in force: mẫu 01/GTGT of Thông tư 80/2021/TT-BTC (Phụ lục II), section II.3 "Hàng hóa,
// dịch vụ bán ra trong kỳ":
//   [26] sales not subject to VAT (KCT);
//   [27] = [29] + [30] + [32] + [32a] and [28] = [31] + [33], sales subject to VAT and their VAT;
//   [29] at 0 %; [30] at 5 % with [31] its VAT; [32] at 10 % with [33] its VAT;
//   [32a] sales not declared / VAT not computed (KKKNT);
//   [34] = [26] + [27] all sales, [35] = [28] their VAT.
// The 8 % rate is the 10 % rate reduced by 20 % (Nghị quyết 204/2025/QH15 and Nghị định
// 174/2025/NĐ-CP, 1 Jul 2025 - 31 Dec 2026; before them ND 72/2024 and ND 180/2024): those sales
// are declared with the 10 % indicators [32]/[33] (their VAT as invoiced, at 8 %) and itemised on
// the reduction appendix (Phụ lục giảm thuế GTGT, mẫu 01 Phụ lục IV of the decree), whose reduction
// is 20 % of 10 %, i.e. 2 % of their value. [I]: the 8 % placement follows the tax authority's
// guidance on ND 15/2022 as widely applied since; verify against the decree's appendix text.
QList<VatReturnLine> VatReturnForm::of(const CurrencyRates &vnd)
{
    const Money kct = atRate(vnd, -2), kkknt = atRate(vnd, -1), zero = atRate(vnd, 0);
    const Money five = atRate(vnd, 5), eight = atRate(vnd, 8), ten = atRate(vnd, 10);
    const Decimal v32 = ten.beforeTax + eight.beforeTax, v33 = ten.vat + eight.vat;
    const Decimal v27 = zero.beforeTax + five.beforeTax + v32 + kkknt.beforeTax;
    const Decimal v28 = five.vat + v33;
    const Decimal reduction
        = Decimal::percentOf(eight.beforeTax, Decimal::fromInteger(2), 0).value_or(Decimal());
    return {{QStringLiteral("[26]"), tr("Sales not subject to VAT"), kct.beforeTax},
        {QStringLiteral("[27]"), tr("Sales subject to VAT ([29]+[30]+[32]+[32a])"), v27},
        {QStringLiteral("[28]"), tr("VAT on sales ([31]+[33])"), v28},
        {QStringLiteral("[29]"), tr("Sales at 0%"), zero.beforeTax},
        {QStringLiteral("[30]"), tr("Sales at 5%"), five.beforeTax},
        {QStringLiteral("[31]"), tr("VAT on sales at 5%"), five.vat},
        {QStringLiteral("[32]"), tr("Sales at 10% (8% included)"), v32},
        {QStringLiteral("[33]"), tr("VAT on sales at 10% (8% included)"), v33},
        {QStringLiteral("[32a]"), tr("Sales not declared, VAT not computed (KKKNT)"), kkknt.beforeTax},
        {QStringLiteral("[34]"), tr("All sales ([26]+[27])"), kct.beforeTax + v27},
        {QStringLiteral("[35]"), tr("VAT on all sales ([28])"), v28},
        {tr("Appendix"), tr("Sales at the reduced 8% rate"), eight.beforeTax},
        {tr("Appendix"), tr("VAT reduced (20% of 10%, i.e. 2% of the 8% sales)"), reduction}};
}

} // namespace einvoice
