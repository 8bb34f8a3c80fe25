#include "correctionlinerules.h"

#include "totals.h"

#include <QCoreApplication>

#include <algorithm>

namespace einvoice {

namespace {

enum class Direction { None, Up, Down };

QString itemField(qsizetype index, QLatin1String name)
{
    return QStringLiteral("items[") + QString::number(index) + QStringLiteral("].") + name;
}

bool isNegative(const std::optional<Decimal> &value)
{
    return value && value->isNegative();
}

// Which way a line moves the total: goods and promotion lines by the sign of quantity x price,
// trade-discount lines always down, note lines not at all.
Direction directionOf(const InvoiceLine &line)
{
    if (line.lineType == LineType::Note)
        return Direction::None;
    if (line.lineType == LineType::TradeDiscount)
        return Direction::Down;
    return isNegative(line.quantity) != isNegative(line.unitPrice) ? Direction::Down : Direction::Up;
}

void checkNegativeLine(const InvoiceLine &line, qsizetype index, ValidationIssueList &issues)
{
    if (isNegative(line.quantity) && isNegative(line.unitPrice)) {
        issues.error(itemField(index, QLatin1String("unit_price")),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "Make either the quantity or the unit price negative, not both."));
    }
    if (directionOf(line) != Direction::Down || line.lineType == LineType::TradeDiscount)
        return;
    const bool discounted = (line.discountAmount && !line.discountAmount->isZero())
        || (line.discountPercent && !line.discountPercent->isZero());
    if (discounted) {
        issues.error(itemField(index, QLatin1String("discount_amount")),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "A line that decreases must not carry a discount: enter the reduction as its amount."));
    }
}

void checkIncreaseLine(const InvoiceLine &line, qsizetype index, ValidationIssueList &issues)
{
    if (line.lineType == LineType::TradeDiscount) {
        issues.error(itemField(index, QLatin1String("line_type")),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "An increase adjustment cannot carry a trade discount: use a decrease or a combined "
                "adjustment."));
    } else if (directionOf(line) == Direction::Down) {
        const bool byQuantity = isNegative(line.quantity);
        issues.error(itemField(index, byQuantity ? QLatin1String("quantity") : QLatin1String("unit_price")),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "An increase adjustment only adds: enter a positive quantity and price."));
    }
}

void checkDecreaseLine(const InvoiceLine &line, qsizetype index, ValidationIssueList &issues)
{
    if (line.lineType == LineType::Goods && directionOf(line) == Direction::Up) {
        issues.error(itemField(index, QLatin1String("quantity")),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "A decrease adjustment is entered as negative amounts: make the quantity or the unit "
                "price negative."));
    }
}

void checkInfoLine(const InvoiceLine &line, qsizetype index, ValidationIssueList &issues)
{
    if (line.lineType != LineType::Note) {
        issues.error(itemField(index, QLatin1String("line_type")),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "An information adjustment changes no amounts: use note lines (line type 4) only."));
    }
}

void checkInfoTotal(const Invoice &invoice, ValidationIssueList &issues)
{
    if (invoice.totalAmountOverride && *invoice.totalAmountOverride != 0) {
        issues.error(QStringLiteral("total_amount"),
            QT_TRANSLATE_NOOP("einvoice::Validation", "An information adjustment has no total amount."));
    }
}

// The direction of the whole adjustment, from its computed total (before any total_amount).
void checkTotalDirection(const Invoice &invoice, CorrectionKind kind, ValidationIssueList &issues)
{
    const Decimal total = computeTotals(invoice).grandTotal;
    if (kind == CorrectionKind::Increase && total <= Decimal()) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "An increase adjustment must raise the total; its lines come to %1."),
            {total.toString()});
    } else if (kind == CorrectionKind::Decrease && !total.isNegative()) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "A decrease adjustment must lower the total; its lines come to %1."),
            {total.toString()});
    }
}

void checkCombinedDirections(const Invoice &invoice, ValidationIssueList &issues)
{
    bool up = false;
    bool down = false;
    for (const InvoiceLine &line : invoice.lines) {
        up = up || directionOf(line) == Direction::Up;
        down = down || directionOf(line) == Direction::Down;
    }
    if (up != down) {
        issues.warning(QStringLiteral("items"),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "Every line of this combined adjustment goes the same way: an increase or a decrease "
                "adjustment says so more clearly."));
    }
}

bool hasMoneyLine(const Invoice &invoice)
{
    return std::any_of(invoice.lines.cbegin(), invoice.lines.cend(),
        [](const InvoiceLine &line) { return directionOf(line) != Direction::None; });
}

} // namespace

void checkAdjustmentLines(const Invoice &invoice, CorrectionKind kind, ValidationIssueList &issues)
{
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        if (kind == CorrectionKind::Info) {
            checkInfoLine(line, i, issues);
            continue;
        }
        checkNegativeLine(line, i, issues);
        if (kind == CorrectionKind::Increase)
            checkIncreaseLine(line, i, issues);
        else if (kind == CorrectionKind::Decrease)
            checkDecreaseLine(line, i, issues);
    }
    if (kind == CorrectionKind::Info) {
        checkInfoTotal(invoice, issues);
        return;
    }
    if (!invoice.lines.isEmpty() && !hasMoneyLine(invoice)) {
        issues.error(QStringLiteral("items"),
            QT_TRANSLATE_NOOP(
                "einvoice::Validation", "This adjustment needs at least one line with an amount."));
        return;
    }
    if (kind == CorrectionKind::Combined)
        checkCombinedDirections(invoice, issues);
    else
        checkTotalDirection(invoice, kind, issues);
}

} // namespace einvoice
