#include "invoicelinechecks.h"

#include "fieldlimits.h"
#include "legalrules.h"
#include "series.h"
#include "totals.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace einvoice {

namespace {

QString itemField(qsizetype index, QLatin1String name)
{
    return QStringLiteral("items[") + QString::number(index) + QStringLiteral("].") + name;
}

using LineNumber = std::pair<const std::optional<Decimal> *, QLatin1String>;

// The numbers of a line with their API names.
std::array<LineNumber, 5> lineNumbers(const InvoiceLine &line)
{
    return {{{&line.quantity, QLatin1String("quantity")}, {&line.unitPrice, QLatin1String("unit_price")},
        {&line.discountPercent, QLatin1String("discount_tax")},
        {&line.discountAmount, QLatin1String("discount_amount")},
        {&line.amountBeforeDiscountAndTax, QLatin1String("before_discount_and_tax_amount")}}};
}

// Amounts a note line (type 4) must not carry.
void checkNoteLine(const InvoiceLine &line, qsizetype index, ValidationIssueList &issues)
{
    for (const auto &[value, name] : lineNumbers(line)) {
        if (value->has_value() && !(*value)->isZero()) {
            issues.error(itemField(index, name),
                QT_TRANSLATE_NOOP("einvoice::Validation", "A note line must not carry amounts."));
        }
    }
    if (line.taxRate) {
        issues.error(itemField(index, QLatin1String("tax_rate")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A note line must not carry a VAT rate."));
    }
}

// The decimals each number may have (FieldLimits: the contract and the XML standard).
void checkDecimals(const InvoiceLine &line, qsizetype index, Currency currency, ValidationIssueList &issues)
{
    for (const auto &[value, name] : lineNumbers(line)) {
        const std::optional<int> allowed
            = FieldLimits::current().maxDecimals(QStringLiteral("items.") + name, currency);
        if (!value->has_value() || !allowed || (*value)->decimalPlaces() <= *allowed)
            continue;
        if (*allowed == 0) {
            issues.error(itemField(index, name),
                QT_TRANSLATE_NOOP("einvoice::Validation", "%1 must be a whole number of %2."),
                {(*value)->toString(), toWire(currency)});
        } else {
            issues.error(itemField(index, name),
                QT_TRANSLATE_NOOP("einvoice::Validation", "%1 has %2 decimals; at most %3 are accepted."),
                {(*value)->toString(), QString::number((*value)->decimalPlaces()),
                    QString::number(*allowed)});
        }
    }
}

void checkLineNumbers(const InvoiceLine &line, qsizetype index, ValidationIssueList &issues)
{
    if (line.quantity && *line.quantity <= Decimal()) {
        issues.error(itemField(index, QLatin1String("quantity")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The quantity must be greater than zero."));
    }
    if (line.unitPrice && line.unitPrice->isNegative()) {
        issues.error(itemField(index, QLatin1String("unit_price")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The unit price must not be negative."));
    }
    if (line.discountAmount && line.discountAmount->isNegative()) {
        issues.error(itemField(index, QLatin1String("discount_amount")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The discount amount must not be negative."));
    }
    if (line.discountPercent
        && (line.discountPercent->isNegative() || *line.discountPercent > Decimal::fromInteger(100))) {
        issues.error(itemField(index, QLatin1String("discount_tax")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The discount percentage must be between 0 and 100."));
    }
}

// A discount amount larger than the line's amount would make the line, and maybe the invoice,
// negative. (A percentage up to 100 cannot; other checks report negative numbers.)
void checkDiscountWithinAmount(
    const InvoiceLine &line, qsizetype index, Currency currency, ValidationIssueList &issues)
{
    if (line.lineType == LineType::TradeDiscount || !line.discountAmount || line.discountAmount->isNegative())
        return;
    const LineAmounts amounts = computeLineAmounts(line, currency);
    if (amounts.gross.isNegative() || amounts.discount <= amounts.gross)
        return;
    issues.error(itemField(index, QLatin1String("discount_amount")),
        QT_TRANSLATE_NOOP("einvoice::Validation", "The discount %1 is larger than the line amount %2."),
        {amounts.discount.toString(), amounts.gross.toString()});
}

bool goodsLinesHaveRate(const Invoice &invoice, TaxRate rate)
{
    return std::any_of(invoice.lines.cbegin(), invoice.lines.cend(),
        [rate](const InvoiceLine &line) { return line.lineType == LineType::Goods && line.taxRate == rate; });
}

void checkLineTaxRate(const Invoice &invoice, qsizetype index, ValidationIssueList &issues)
{
    const InvoiceLine &line = invoice.lines.at(index);
    const QString field = itemField(index, QLatin1String("tax_rate"));
    const bool needsRate = line.lineType == LineType::Goods || line.lineType == LineType::TradeDiscount;
    if (!invoice.isVatInvoice()) {
        if (line.taxRate && InvoiceSeries::isValidTemplateCode(invoice.templateCode)) {
            issues.warning(field,
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "A sales invoice has no VAT rate per line; this rate is ignored."));
        }
        return;
    }
    if (needsRate && !line.taxRate) {
        issues.error(field, QT_TRANSLATE_NOOP("einvoice::Validation", "Choose a VAT rate for this line."));
    } else if (line.lineType == LineType::TradeDiscount && line.taxRate
        && !goodsLinesHaveRate(invoice, *line.taxRate)) {
        issues.error(field,
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "No goods line has the VAT rate %1 that this discount applies to."),
            {taxRateLabel(*line.taxRate)});
    }
}

void checkLine(const Invoice &invoice, qsizetype index, ValidationIssueList &issues)
{
    const InvoiceLine &line = invoice.lines.at(index);
    if (line.itemName.trimmed().isEmpty()) {
        issues.error(itemField(index, QLatin1String("item_name")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "The line needs a name."));
    }
    if (line.lineType == LineType::Note) {
        checkNoteLine(line, index, issues);
        return;
    }
    if (line.lineType == LineType::Goods && !line.quantity) {
        issues.error(itemField(index, QLatin1String("quantity")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A goods line needs a quantity."));
    }
    if (line.lineType == LineType::Goods && !line.unitPrice) {
        issues.error(itemField(index, QLatin1String("unit_price")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A goods line needs a unit price."));
    }
    if (line.lineType == LineType::TradeDiscount
        && !(line.amountBeforeDiscountAndTax && *line.amountBeforeDiscountAndTax > Decimal())) {
        issues.error(itemField(index, QLatin1String("before_discount_and_tax_amount")),
            QT_TRANSLATE_NOOP("einvoice::Validation", "A trade-discount line needs a positive amount."));
    }
    checkLineNumbers(line, index, issues);
    checkDiscountWithinAmount(line, index, invoice.currency, issues);
    checkDecimals(line, index, invoice.currency, issues);
    checkLineTaxRate(invoice, index, issues);
}

void checkReducedRates(const Invoice &invoice, ValidationIssueList &issues)
{
    if (!invoice.isVatInvoice() || !invoice.issuedAt.isValid())
        return;
    const QDate date = invoice.issuedAt.date();
    if (LegalRules::current().isInVatReductionPeriod(date))
        return; // 10 % inside a period is not flagged: the item's eligibility is unknown
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        if (invoice.lines.at(i).taxRate == TaxRate::Eight && invoice.lines.at(i).lineType != LineType::Note) {
            issues.warning(itemField(i, QLatin1String("tax_rate")),
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "The 8% rate applies only in a VAT reduction period; %1 is outside "
                    "every period."),
                {date.toString(Qt::ISODate)});
        }
    }
}

// Rule: no amount of a line and no total may pass MaxInvoiceAmount (see totals.h).
bool checkAmountRange(const Invoice &invoice, const InvoiceTotals &totals, ValidationIssueList &issues)
{
    const QString limit = MaxInvoiceAmount.toString();
    bool lineOutOfRange = false;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        if (!totals.lines.at(i).outOfRange)
            continue;
        lineOutOfRange = true;
        const InvoiceLine &line = invoice.lines.at(i);
        issues.error(itemField(i,
                         line.unitPrice ? QLatin1String("unit_price")
                                        : QLatin1String("before_discount_and_tax_amount")),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The amount of this line is larger than an invoice can carry (at most %1)."),
            {limit});
    }
    if (totals.outOfRange && !lineOutOfRange) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The invoice total is larger than an invoice can carry (at most %1)."),
            {limit});
    }
    const qint64 maxWhole = MaxInvoiceAmount.toRoundedInteger();
    if (invoice.totalAmountOverride
        && (*invoice.totalAmountOverride > maxWhole || *invoice.totalAmountOverride < -maxWhole)) {
        issues.error(QStringLiteral("total_amount"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "The total amount is larger than an invoice can carry (at most %1)."),
            {limit});
        return false;
    }
    return !totals.outOfRange;
}

void checkTotals(const Invoice &invoice, ValidationIssueList &issues)
{
    const InvoiceTotals totals = computeTotals(invoice);
    if (!checkAmountRange(invoice, totals, issues))
        return;
    Decimal payable = totals.grandTotal;
    if (invoice.totalAmountOverride) {
        const QString field = QStringLiteral("total_amount");
        const Decimal override = Decimal::fromInteger(*invoice.totalAmountOverride);
        if (!totals.grandTotal.isInteger()) {
            issues.error(field,
                QT_TRANSLATE_NOOP("einvoice::Validation",
                    "The total amount must be a whole number, but the lines add up to %1."),
                {totals.grandTotal.toString()});
        } else if (override != totals.grandTotal) {
            issues.warning(field,
                QT_TRANSLATE_NOOP(
                    "einvoice::Validation", "The total amount %1 differs from the total of the lines, %2."),
                {override.toString(), totals.grandTotal.toString()});
        }
        payable = override;
    }
    bool linesNonNegative = true; // else the line checks report it
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const LineAmounts &amounts = totals.lines.at(i);
        linesNonNegative = linesNonNegative
            && (invoice.lines.at(i).lineType == LineType::TradeDiscount
                || (!amounts.gross.isNegative() && !amounts.net.isNegative()));
    }
    if (totals.grandTotal.isNegative() && linesNonNegative) { // trade discounts larger than the goods
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "The invoice total %1 is negative: the discounts are larger than the goods."),
            {totals.grandTotal.toString()});
    }
    const qint64 threshold = LegalRules::current().cashPaymentWarningThreshold();
    if (invoice.paymentMethod == PaymentMethod::Cash && invoice.currency == Currency::VND
        && payable >= Decimal::fromInteger(threshold)) {
        issues.warning(QStringLiteral("payment_method"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "Cash payment of %1 đồng or more: the buyer cannot deduct the input VAT "
                "without proof of a non-cash payment."),
            {QString::number(threshold)});
    }
}

} // namespace

void checkInvoiceLines(const Invoice &invoice, ValidationIssueList &issues)
{
    if (invoice.lines.isEmpty()) {
        issues.error(
            QStringLiteral("items"), QT_TRANSLATE_NOOP("einvoice::Validation", "Add at least one line."));
        return;
    }
    for (qsizetype i = 0; i < invoice.lines.size(); ++i)
        checkLine(invoice, i, issues);
    checkReducedRates(invoice, issues);
    checkTotals(invoice, issues);
}

} // namespace einvoice
