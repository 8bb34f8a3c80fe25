#include "correctiondraft.h"

#include "core/remoteinvoiceline.h"

#include <QTimeZone>

#include <algorithm>

namespace einvoice::CorrectionDraft {

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

} // namespace einvoice::CorrectionDraft
