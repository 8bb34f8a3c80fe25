// The invoice XML (InvoiceXmlRenderer) as a round trip: an invoice whose texts come from the
// fuzzer (seller, buyer, lines, template, series, number, tax-authority code) is rendered, read
// back with QXmlStreamReader, and every text must come back exactly where it was written.
// The amounts come from the fuzzer too (within what the create payload accepts), so the totals,
// the amount in words and the number formatting run on them.
#include "fuzzsupport.h"
#include "render/invoicexmlrenderer.h"

#include <QHash>
#include <QXmlStreamReader>

#include <fuzzer/FuzzedDataProvider.h>

using namespace einvoice;

namespace {

using Texts = QHash<QString, QStringList>; // element path -> texts, in document order

// The largest total_amount the create payload accepts (json::invoiceFromCreatePayload).
constexpr qint64 MaxTotal = std::numeric_limits<qint64>::max() / Decimal::One;

QString textFrom(FuzzedDataProvider &input)
{
    const std::string bytes = input.ConsumeRandomLengthString(64);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

std::optional<Decimal> amountFrom(FuzzedDataProvider &input, qint64 maxUnits)
{
    if (!input.ConsumeBool())
        return std::nullopt;
    return Decimal::fromUnits(input.ConsumeIntegralInRange<qint64>(-maxUnits, maxUnits));
}

InvoiceLine lineFrom(FuzzedDataProvider &input, int number)
{
    InvoiceLine line;
    line.lineNumber = number;
    line.lineType = input.PickValueInArray(
        {LineType::Goods, LineType::Promotion, LineType::TradeDiscount, LineType::Note});
    line.itemCode = textFrom(input);
    line.itemName = textFrom(input);
    line.unit = textFrom(input);
    // Any amount Decimal can hold: totals past MaxInvoiceAmount or past 64 bits must be reported
    // by the totals rules, never wrap or trap.
    constexpr qint64 Any = std::numeric_limits<qint64>::max();
    line.quantity = amountFrom(input, Any);
    line.unitPrice = amountFrom(input, Any);
    line.discountPercent = amountFrom(input, Any);
    line.discountAmount = amountFrom(input, Any);
    if (input.ConsumeBool())
        line.taxRate = input.PickValueInArray({TaxRate::NotSubject, TaxRate::NotDeclared, TaxRate::Zero,
            TaxRate::Five, TaxRate::Eight, TaxRate::Ten});
    return line;
}

InvoiceDocument documentFrom(FuzzedDataProvider &input)
{
    InvoiceDocument document;
    Invoice &invoice = document.invoice;
    invoice.templateCode = input.PickValueInArray({QStringLiteral("1"), QStringLiteral("2")});
    invoice.invoiceSeries = textFrom(input);
    invoice.issuedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);
    invoice.currency = input.PickValueInArray({Currency::VND, Currency::USD, Currency::CAD});
    invoice.buyer.type
        = input.PickValueInArray({BuyerType::Unspecified, BuyerType::Personal, BuyerType::Company});
    for (QString *text :
        {&invoice.buyer.name, &invoice.buyer.legalName, &invoice.buyer.taxCode, &invoice.buyer.address,
            &invoice.buyer.email, &invoice.buyer.phone, &invoice.buyer.buyerCode, &invoice.buyer.nationalId,
            &document.seller.name, &document.seller.taxCode, &document.seller.address, &document.seller.phone,
            &document.seller.email, &document.seller.bankAccount, &document.templateName,
            &document.invoiceNumber, &document.taxAuthorityCode})
        *text = textFrom(input);
    if (input.ConsumeBool())
        invoice.totalAmountOverride = input.ConsumeIntegralInRange<qint64>(-MaxTotal, MaxTotal);
    const int lines = input.ConsumeIntegralInRange(1, 4);
    for (int i = 1; i <= lines; ++i)
        invoice.lines.append(lineFrom(input, i));
    return document;
}

Texts readBack(const QByteArray &xml)
{
    Texts texts;
    QStringList path;
    QString text;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(reader.name().toString());
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            texts[path.join(u'/')].append(text);
            text.clear();
            path.removeLast();
            break;
        default:
            break;
        }
    }
    FUZZ_EXPECT(!reader.hasError(), reader.errorString() + QStringLiteral("\n") + QString::fromUtf8(xml));
    return texts;
}

// What XML 1.0 can carry of a text: QXmlStreamWriter leaves out the control characters it forbids
// (and U+FFFE, U+FFFF), and a reader turns every CR and CRLF into LF. Invoice texts never hold
// them (the validator refuses control characters), but the renderer also shows what a server sent.
QString xmlForm(const QString &value)
{
    QString written;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') && u != 0xFFFE && u != 0xFFFF)
            written += c;
    }
    return written.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

// The element's text when the renderer writes it (empty values are left out).
void expect(const Texts &texts, const QString &path, const QString &raw, const QByteArray &xml)
{
    const QString value = xmlForm(raw);
    if (value.isEmpty())
        return;
    FUZZ_EXPECT(texts.value(path).contains(value),
        path + QStringLiteral(" should read ") + fuzz::visible(value) + QStringLiteral("\nread: ")
            + fuzz::visible(texts.value(path).join(u'|')) + QStringLiteral("\n") + QString::fromUtf8(xml));
}

void checkTexts(const InvoiceDocument &document, const QByteArray &xml)
{
    const Texts texts = readBack(xml);
    const QString general = QStringLiteral("HDon/DLHDon/TTChung/");
    const QString seller = QStringLiteral("HDon/DLHDon/NDHDon/NBan/");
    const QString buyer = QStringLiteral("HDon/DLHDon/NDHDon/NMua/");
    const QString line = QStringLiteral("HDon/DLHDon/NDHDon/DSHHDVu/HHDVu/");
    expect(texts, general + QStringLiteral("THDon"), document.effectiveTemplateName(), xml);
    expect(texts, general + QStringLiteral("KHHDon"), document.invoice.invoiceSeries, xml);
    if (document.isNumbered())
        expect(texts, general + QStringLiteral("SHDon"), document.invoiceNumber, xml);
    const SellerInfo &s = document.seller;
    expect(texts, seller + QStringLiteral("Ten"), s.name, xml);
    expect(texts, seller + QStringLiteral("MST"), s.taxCode, xml);
    expect(texts, seller + QStringLiteral("DChi"), s.address, xml);
    expect(texts, seller + QStringLiteral("SDThoai"), s.phone, xml);
    expect(texts, seller + QStringLiteral("DCTDTu"), s.email, xml);
    expect(texts, seller + QStringLiteral("STKNHang"), s.bankAccount, xml);
    const Buyer &b = document.invoice.buyer;
    const bool company = b.type == BuyerType::Company;
    expect(
        texts, buyer + QStringLiteral("Ten"), company && !b.legalName.isEmpty() ? b.legalName : b.name, xml);
    expect(texts, buyer + QStringLiteral("MST"), b.taxCode, xml);
    expect(texts, buyer + QStringLiteral("DChi"), b.address, xml);
    expect(texts, buyer + QStringLiteral("MKHang"), b.buyerCode, xml);
    expect(texts, buyer + QStringLiteral("SDThoai"), b.phone, xml);
    expect(texts, buyer + QStringLiteral("DCTDTu"), b.email, xml);
    expect(texts, buyer + QStringLiteral("CCCDan"), b.nationalId, xml);
    for (const InvoiceLine &l : document.invoice.lines) {
        expect(texts, line + QStringLiteral("MHHDVu"), l.itemCode, xml);
        expect(texts, line + QStringLiteral("THHDVu"), l.itemName, xml);
    }
    expect(texts, QStringLiteral("HDon/MCCQT"), document.taxAuthorityCode, xml);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const InvoiceDocument document = documentFrom(input);
    checkTexts(document, InvoiceXmlRenderer::render(document));
    return 0;
}
