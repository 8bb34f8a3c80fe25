#include "invoicexmlrenderer.h"

#include <QXmlStreamWriter>

namespace einvoice {

namespace {

void element(QXmlStreamWriter &xml, const char *name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeTextElement(QLatin1String(name), value);
}

QString amount(Decimal value, int digits)
{
    return value.rounded(digits).toString();
}

// TTHDLQuan: the invoice a replacement (TCHDon 1) or an adjustment (2) refers to; LHDCLQuan 1 is
// an e-invoice under Decree 123 (vn-einvoice-domain.md 1.3).
void writeRelatedInvoice(QXmlStreamWriter &xml, const CorrectionLink &link)
{
    xml.writeStartElement(QStringLiteral("TTHDLQuan"));
    element(xml, "TCHDon", QString::number(relatedInvoiceNature(link.kind)));
    element(xml, "LHDCLQuan", QStringLiteral("1"));
    element(xml, "KHMSHDCLQuan", link.origin.templateCode);
    element(xml, "KHHDCLQuan", link.origin.invoiceSeries);
    element(xml, "SHDCLQuan", link.origin.invoiceNumber);
    element(xml, "NLHDCLQuan", link.origin.issuedDate.toString(Qt::ISODate));
    element(xml, "GChu", correctionReferenceText(link));
    xml.writeEndElement();
}

void writeGeneral(QXmlStreamWriter &xml, const InvoiceDocument &document)
{
    const Invoice &invoice = document.invoice;
    xml.writeStartElement(QStringLiteral("TTChung"));
    element(xml, "PBan", QStringLiteral("2.1.0"));
    element(xml, "THDon", document.effectiveTemplateName());
    element(xml, "KHMSHDon", invoice.templateCode);
    element(xml, "KHHDon", invoice.invoiceSeries);
    xml.writeTextElement(QStringLiteral("SHDon"), document.isNumbered() ? document.invoiceNumber : QString());
    element(xml, "NLap", invoice.issuedAt.date().toString(Qt::ISODate));
    element(xml, "DVTTe", toWire(invoice.currency));
    if (invoice.currency != Currency::VND)
        element(xml, "TGia", QStringLiteral("1"));
    element(xml, "HTTToan", invoice.paymentMethod ? toWire(*invoice.paymentMethod) : QString());
    if (document.correction)
        writeRelatedInvoice(xml, *document.correction);
    xml.writeEndElement();
}

void writeParties(QXmlStreamWriter &xml, const InvoiceDocument &document)
{
    const SellerInfo &seller = document.seller;
    xml.writeStartElement(QStringLiteral("NBan"));
    element(xml, "Ten", seller.name);
    element(xml, "MST", seller.taxCode);
    element(xml, "DChi", seller.address);
    element(xml, "SDThoai", seller.phone);
    element(xml, "DCTDTu", seller.email);
    element(xml, "STKNHang", seller.bankAccount);
    xml.writeEndElement();
    const Buyer &buyer = document.invoice.buyer;
    const bool company = buyer.type == BuyerType::Company;
    xml.writeStartElement(QStringLiteral("NMua"));
    element(xml, "Ten", company ? document.buyerOrganisationName() : buyer.name);
    element(xml, "MST", buyer.taxCode);
    element(xml, "DChi", buyer.address);
    element(xml, "MKHang", buyer.buyerCode);
    element(xml, "SDThoai", buyer.phone);
    element(xml, "DCTDTu", buyer.email);
    element(xml, "HVTNMHang", document.buyerPersonName());
    element(xml, "CCCDan", buyer.nationalId);
    xml.writeEndElement();
}

void writeLines(QXmlStreamWriter &xml, const InvoiceDocument &document, const InvoiceTotals &totals)
{
    const Invoice &invoice = document.invoice;
    const int digits = minorDigits(invoice.currency);
    xml.writeStartElement(QStringLiteral("DSHHDVu"));
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const LineAmounts amounts = totals.lines.value(i);
        const bool note = line.lineType == LineType::Note;
        xml.writeStartElement(QStringLiteral("HHDVu"));
        element(xml, "TChat", QString::number(toWire(line.lineType)));
        element(xml, "STT", QString::number(i + 1));
        element(xml, "MHHDVu", line.itemCode);
        element(xml, "THHDVu", line.itemName);
        element(xml, "DVTinh", note ? QString() : line.unit);
        element(xml, "SLuong", note || !line.quantity ? QString() : line.quantity->toString());
        element(xml, "DGia", note || !line.unitPrice ? QString() : line.unitPrice->toString());
        element(xml, "TLCKhau", line.discountPercent ? line.discountPercent->toString() : QString());
        element(xml, "STCKhau", amounts.discount.isZero() ? QString() : amount(amounts.discount, digits));
        element(xml, "ThTien", note ? QString() : amount(amounts.gross - amounts.discount, digits));
        element(xml, "TSuat",
            invoice.isVatInvoice() && line.taxRate && !note ? taxRateLabel(*line.taxRate) : QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeTotals(QXmlStreamWriter &xml, const InvoiceDocument &document, const InvoiceTotals &totals)
{
    const int digits = minorDigits(document.invoice.currency);
    xml.writeStartElement(QStringLiteral("TToan"));
    xml.writeStartElement(QStringLiteral("THTTLTSuat"));
    for (const RateGroup &group : totals.groups) {
        if (!group.rate)
            continue;
        xml.writeStartElement(QStringLiteral("LTSuat"));
        element(xml, "TSuat", taxRateLabel(*group.rate));
        element(xml, "ThTien", amount(group.amount, digits));
        element(xml, "TThue", amount(group.vat, digits));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    element(xml, "TgTCThue", amount(totals.totalBeforeTax, digits));
    element(xml, "TgTThue", amount(totals.totalVat, digits));
    element(xml, "TTCKTMai", amount(totals.tradeDiscount, digits));
    element(xml, "TgTTTBSo", amount(document.payableTotal(totals), digits));
    element(xml, "TgTTTBChu", document.payableTotalInWords(totals));
    xml.writeEndElement();
}

} // namespace

QByteArray InvoiceXmlRenderer::render(const InvoiceDocument &document)
{
    const InvoiceTotals totals = computeTotals(document.invoice);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("HDon"));
    xml.writeStartElement(QStringLiteral("DLHDon"));
    xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("data"));
    writeGeneral(xml, document);
    xml.writeStartElement(QStringLiteral("NDHDon"));
    writeParties(xml, document);
    writeLines(xml, document, totals);
    writeTotals(xml, document, totals);
    xml.writeEndElement(); // NDHDon
    xml.writeEndElement(); // DLHDon
    element(xml, "MCCQT", document.taxAuthorityCode);
    xml.writeEndElement(); // HDon
    xml.writeEndDocument();
    return bytes;
}

} // namespace einvoice
