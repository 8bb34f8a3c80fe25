#include "invoicefingerprint.h"

#include "core/invoice.h"

#include <QCryptographicHash>
#include <QStringList>

namespace einvoice {

namespace {

QString number(const std::optional<Decimal> &value)
{
    return value ? value->toString() : QStringLiteral("-");
}

void addBuyer(QStringList &fields, const Buyer &buyer)
{
    fields << toWire(buyer.type) << buyer.name << buyer.legalName << buyer.taxCode << buyer.address
           << buyer.email << buyer.phone << buyer.buyerCode << buyer.nationalId;
}

void addLine(QStringList &fields, const InvoiceLine &line)
{
    fields << QString::number(toWire(line.lineType)) << line.itemCode << line.itemName << line.unit
           << number(line.quantity) << number(line.unitPrice)
           << (line.taxRate ? QString::number(toWire(*line.taxRate)) : QStringLiteral("-"))
           << number(line.discountPercent) << number(line.discountAmount)
           << number(line.amountBeforeDiscountAndTax);
}

} // namespace

QString InvoiceFingerprint::of(const Invoice &invoice)
{
    QStringList fields {QStringLiteral("v1"), invoice.templateCode, invoice.invoiceSeries,
        invoice.issuedAt.date().toString(Qt::ISODate), toWire(invoice.currency),
        invoice.paymentMethod ? toWire(*invoice.paymentMethod) : QString(), invoice.providerAccountId,
        invoice.referenceCode, invoice.notes,
        invoice.totalAmountOverride ? QString::number(*invoice.totalAmountOverride) : QString()};
    addBuyer(fields, invoice.buyer);
    fields << QString::number(invoice.lines.size());
    for (const InvoiceLine &line : invoice.lines)
        addLine(fields, line);
    // Unit separators between fields: no field's text can shift into its neighbour.
    const QByteArray text = fields.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace einvoice
