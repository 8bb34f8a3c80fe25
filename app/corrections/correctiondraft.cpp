#include "correctiondraft.h"

#include "core/remoteinvoiceline.h"

#include <QTimeZone>

#include <algorithm>

namespace einvoice::CorrectionDraft {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

bool sameBuyer(const Buyer &a, const Buyer &b)
{
    const bool typesKnown = a.type != BuyerType::Unspecified && b.type != BuyerType::Unspecified;
    return (!typesKnown || a.type == b.type) && sameText(a.name, b.name) && sameText(a.legalName, b.legalName)
        && sameText(a.taxCode, b.taxCode) && sameText(a.address, b.address) && sameText(a.email, b.email)
        && sameText(a.phone, b.phone) && sameText(a.buyerCode, b.buyerCode)
        && sameText(a.nationalId, b.nationalId);
}

bool sameLine(const InvoiceLine &a, const InvoiceLine &b)
{
    return a.lineType == b.lineType && sameText(a.itemCode, b.itemCode) && sameText(a.itemName, b.itemName)
        && sameText(a.unit, b.unit) && a.quantity == b.quantity && a.unitPrice == b.unitPrice
        && a.taxRate == b.taxRate && a.discountPercent == b.discountPercent
        && a.discountAmount == b.discountAmount
        && a.amountBeforeDiscountAndTax == b.amountBeforeDiscountAndTax;
}

} // namespace

Invoice prefill(const InvoiceDetail &origin, CorrectionKind kind, const QDateTime &vietnamNow,
    const QString &templateCode)
{
    Invoice invoice;
    invoice.templateCode = templateCode;
    invoice.invoiceSeries = origin.invoiceSeries;
    invoice.issuedAt = QDateTime(vietnamNow.date(),
        QTime(vietnamNow.time().hour(), vietnamNow.time().minute()), vietnamNow.timeZone());
    invoice.paymentMethod = paymentMethodFromWire(origin.paymentMethod);
    invoice.isDraft = false;
    invoice.buyer = origin.summary.buyer;
    if (kind == CorrectionKind::Info)
        return invoice;
    const bool withTaxRate
        = templateCode.isEmpty() ? linesCarryTaxRates(origin.lines) : invoice.isVatInvoice();
    for (const RemoteInvoiceLine &remote : origin.lines) {
        InvoiceLine line = invoiceLineOf(remote, withTaxRate);
        if (kind != CorrectionKind::Replace) {
            if (line.lineType != LineType::Goods)
                continue;
            line.quantity.reset(); // picked by typing the difference
        }
        invoice.lines.append(line);
    }
    return invoice;
}

Invoice toSend(Invoice edited, CorrectionKind kind)
{
    if (edited.templateCode == QLatin1String("2")) {
        for (InvoiceLine &line : edited.lines)
            line.taxRate.reset();
    }
    if (kind == CorrectionKind::Info) {
        if (edited.lines.isEmpty() && !edited.notes.trimmed().isEmpty()) {
            InvoiceLine note;
            note.lineType = LineType::Note;
            note.itemName = edited.notes.trimmed();
            edited.lines.append(note);
        }
        return edited;
    }
    if (kind == CorrectionKind::Replace)
        return edited;
    edited.lines.erase(
        std::remove_if(edited.lines.begin(), edited.lines.end(),
            [](const InvoiceLine &line) { return line.lineType == LineType::Goods && !line.quantity; }),
        edited.lines.end());
    int number = 0;
    for (InvoiceLine &line : edited.lines) {
        line.lineNumber = ++number;
        const bool positive = line.quantity && !line.quantity->isNegative() && !line.quantity->isZero()
            && !(line.unitPrice && line.unitPrice->isNegative());
        if (kind == CorrectionKind::Decrease && positive)
            line.quantity = -*line.quantity;
    }
    return edited;
}

namespace {

Invoice originAsReplacement(const Invoice &correction, const InvoiceDetail &origin)
{
    return toSend(prefill(origin, CorrectionKind::Replace, correction.issuedAt, correction.templateCode),
        CorrectionKind::Replace);
}

bool sameBuyerAndPayment(const Invoice &correction, const Invoice &original)
{
    // A request without a payment method changes nothing the detail would show.
    const bool paymentChanged = correction.paymentMethod && original.paymentMethod
        && correction.paymentMethod != original.paymentMethod;
    return sameBuyer(correction.buyer, original.buyer) && !paymentChanged;
}

} // namespace

bool repeatsOriginInformation(const Invoice &info, const InvoiceDetail &origin)
{
    return sameBuyerAndPayment(info, originAsReplacement(info, origin))
        && std::all_of(info.lines.cbegin(), info.lines.cend(), [&info](const InvoiceLine &line) {
               return line.lineType == LineType::Note && line.itemName.trimmed() == info.notes.trimmed();
           });
}

bool repeatsOrigin(const Invoice &replacement, const InvoiceDetail &origin)
{
    const Invoice original = originAsReplacement(replacement, origin);
    if (!sameBuyerAndPayment(replacement, original) || replacement.lines.size() != original.lines.size())
        return false;
    if (replacement.totalAmountOverride
        && Decimal::fromInteger(*replacement.totalAmountOverride) != origin.summary.totalAmount)
        return false;
    return std::equal(
        replacement.lines.cbegin(), replacement.lines.cend(), original.lines.cbegin(), sameLine);
}

} // namespace einvoice::CorrectionDraft
