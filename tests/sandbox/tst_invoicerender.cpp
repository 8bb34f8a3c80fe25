// The invoice renderers (app/render): a real A4 PDF with Vietnamese text and marks, and the XML
// structure of the tax authority's format.

#include "core/clock.h"
#include "core/totals.h"
#include "pdftext.h"
#include "render/invoicepdfrenderer.h"
#include "render/invoicexmlrenderer.h"
#include "render/moneyformat.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace einvoice;

namespace {

InvoiceDocument sampleDocument(InvoiceDocument::Mark mark)
{
    InvoiceDocument document;
    Invoice &invoice = document.invoice;
    invoice.templateCode = QStringLiteral("1");
    invoice.invoiceSeries = QStringLiteral("C26TAA");
    invoice.issuedAt = QDateTime(QDate(2026, 5, 4), QTime(9, 30), Clock::vietnamTimeZone());
    invoice.paymentMethod = PaymentMethod::Transfer;
    invoice.buyer.type = BuyerType::Personal;
    invoice.buyer.name = QStringLiteral("Nguyễn Văn Ấn");
    invoice.buyer.address = QStringLiteral("15 Hàng Bạc, Hà Nội");
    InvoiceLine desk;
    desk.itemName = QStringLiteral("Bàn làm việc gỗ sồi");
    desk.unit = QStringLiteral("cái");
    desk.quantity = Decimal::fromInteger(2);
    desk.unitPrice = Decimal::fromInteger(150000);
    desk.taxRate = TaxRate::Ten;
    InvoiceLine service = desk;
    service.lineNumber = 2;
    service.itemName = QStringLiteral("Dịch vụ lắp đặt");
    service.quantity = Decimal::fromInteger(1);
    service.unitPrice = Decimal::fromInteger(100000);
    service.taxRate = TaxRate::Eight;
    invoice.lines = {desk, service};
    document.seller.name = QStringLiteral("Công ty TNHH Đồng Hành");
    document.seller.taxCode = QStringLiteral("0100109106");
    document.mark = mark;
    if (mark == InvoiceDocument::Mark::None) {
        document.invoiceNumber = QStringLiteral("17");
        document.taxAuthorityCode = QStringLiteral("M1-26-ABCDE-00000000017");
    }
    return document;
}

// A goods line with a discount by rate, one with a discount by amount and a trade-discount line
// (chiết khấu thương mại) at 10 %: 262.500 + 185.000 - 50.000 = 397.500, VAT 39.750.
InvoiceDocument discountedDocument()
{
    InvoiceDocument document = sampleDocument(InvoiceDocument::Mark::Preview);
    InvoiceLine &byRate = document.invoice.lines[0];
    byRate.quantity = Decimal::fromInteger(3);
    byRate.unitPrice = Decimal::fromInteger(100000);
    byRate.taxRate = TaxRate::Ten;
    byRate.discountPercent = *Decimal::fromString(u"12.5");
    InvoiceLine &byAmount = document.invoice.lines[1];
    byAmount.unitPrice = Decimal::fromInteger(200000);
    byAmount.taxRate = TaxRate::Ten;
    byAmount.discountAmount = Decimal::fromInteger(15000);
    InvoiceLine trade;
    trade.lineNumber = 3;
    trade.lineType = LineType::TradeDiscount;
    trade.itemName = QStringLiteral("Chiết khấu doanh số quý 2");
    trade.amountBeforeDiscountAndTax = Decimal::fromInteger(50000);
    trade.taxRate = TaxRate::Ten;
    document.invoice.lines.append(trade);
    return document;
}

// A company buyer with the person who buys for it.
InvoiceDocument companyBuyerDocument()
{
    InvoiceDocument document = sampleDocument(InvoiceDocument::Mark::Preview);
    Buyer &buyer = document.invoice.buyer;
    buyer.type = BuyerType::Company;
    buyer.name = QStringLiteral("Trần Thị Bích Ngọc");
    buyer.legalName = QStringLiteral("Công ty Cổ phần Hoa Sen Việt");
    buyer.taxCode = QStringLiteral("0312345678");
    return document;
}

// Every element's text by its path, "HDon/DLHDon/...": the last one for a repeated path.
QMultiMap<QString, QString> xmlValues(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    QStringList path;
    QMultiMap<QString, QString> values;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            path.append(xml.name().toString());
        else if (xml.isCharacters() && !xml.isWhitespace())
            values.insert(path.join(QLatin1Char('/')), xml.text().toString());
        else if (xml.isEndElement())
            path.removeLast();
    }
    return values;
}

} // namespace

class InvoiceRenderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdf_isA4WithVietnameseTextNumberAndTaxCode()
    {
        const QByteArray pdf = InvoicePdfRenderer::render(sampleDocument(InvoiceDocument::Mark::None));
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.contains("DejaVuSans")); // the font is embedded
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QTRY_COMPARE(document.status(), QPdfDocument::Status::Ready);
        const QSizeF page = document.pagePointSize(0);
        QVERIFY(qAbs(page.width() - 595) < 3 && qAbs(page.height() - 842) < 3);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("HÓA ĐƠN GIÁ TRỊ GIA TĂNG")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Văn Ấn")));
        QVERIFY(text.contains(QStringLiteral("0000017")));
        QVERIFY(text.contains(QStringLiteral("M1-26-ABCDE-00000000017")));
        QVERIFY(text.contains(QStringLiteral("C26TAA")));
        QVERIFY(text.contains(QStringLiteral("438.000")));
        QVERIFY(text.contains(QStringLiteral("Bốn trăm ba mươi tám nghìn đồng")));
        QVERIFY(!text.contains(QStringLiteral("BẢN NHÁP")));
    }

    void pdf_marksDraftsAndPreviews_data()
    {
        QTest::addColumn<int>("mark");
        QTest::addColumn<QString>("text");
        QTest::newRow("draft") << int(InvoiceDocument::Mark::Draft) << QStringLiteral("BẢN NHÁP");
        QTest::newRow("preview") << int(InvoiceDocument::Mark::Preview) << QStringLiteral("BẢN XEM TRƯỚC");
    }

    void pdf_marksDraftsAndPreviews()
    {
        QFETCH(int, mark);
        QFETCH(QString, text);
        const QString content
            = pdfText(InvoicePdfRenderer::render(sampleDocument(InvoiceDocument::Mark(mark))));
        QVERIFY(content.contains(text));
        QVERIFY(content.contains(QStringLiteral("chưa cấp số")));
        QVERIFY(content.contains(QStringLiteral("Hóa đơn")) || content.contains(QStringLiteral("HÓA ĐƠN")));
    }

    void xml_hasTheTaxAuthorityBlocksAndTotals()
    {
        const InvoiceDocument document = sampleDocument(InvoiceDocument::Mark::None);
        QXmlStreamReader xml(InvoiceXmlRenderer::render(document));
        QStringList path;
        QStringList blocks;
        QMap<QString, QString> values;
        int rateGroups = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                path.append(xml.name().toString());
                blocks.append(path.join(QLatin1Char('/')));
                rateGroups += xml.name() == QLatin1String("LTSuat");
            } else if (xml.isCharacters() && !xml.isWhitespace()) {
                values.insert(path.join(QLatin1Char('/')), xml.text().toString());
            } else if (xml.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const char *block : {"HDon/DLHDon/TTChung", "HDon/DLHDon/NDHDon/NBan", "HDon/DLHDon/NDHDon/NMua",
                 "HDon/DLHDon/NDHDon/DSHHDVu/HHDVu", "HDon/DLHDon/NDHDon/TToan", "HDon/MCCQT"})
            QVERIFY2(blocks.contains(QLatin1String(block)), block);
        const QString totals = QStringLiteral("HDon/DLHDon/NDHDon/TToan/");
        QCOMPARE(values.value(totals + QStringLiteral("TgTCThue")), QStringLiteral("400000"));
        QCOMPARE(values.value(totals + QStringLiteral("TgTThue")), QStringLiteral("38000"));
        QCOMPARE(values.value(totals + QStringLiteral("TgTTTBSo")),
            computeTotals(document.invoice).grandTotal.toString());
        QCOMPARE(values.value(totals + QStringLiteral("TgTTTBChu")),
            QStringLiteral("Bốn trăm ba mươi tám nghìn đồng"));
        QCOMPARE(rateGroups, 2);
        QCOMPARE(values.value(QStringLiteral("HDon/DLHDon/TTChung/KHHDon")), QStringLiteral("C26TAA"));
        QCOMPARE(values.value(QStringLiteral("HDon/DLHDon/TTChung/SHDon")), QStringLiteral("17"));
        QCOMPARE(values.value(QStringLiteral("HDon/DLHDon/NDHDon/NMua/HVTNMHang")),
            QStringLiteral("Nguyễn Văn Ấn"));
    }
    void pdf_showsLineDiscountsAndTradeDiscountLines()
    {
        const InvoiceDocument document = discountedDocument();
        const InvoiceTotals totals = computeTotals(document.invoice);
        QCOMPARE(totals.grandTotal.toString(), QStringLiteral("437250")); // the sample's own arithmetic
        // Words a cell wraps read as words apart.
        const QString text = pdfText(InvoicePdfRenderer::render(document)).simplified();
        for (const char *shown : {"Tỷ lệ CK", "Tiền chiết khấu", "12,5%", "37.500", "262.500", "15.000",
                 "185.000", "Chiết khấu thương mại", "Chiết khấu doanh số quý 2", "-50.000",
                 "Tổng chiết khấu thương mại", "397.500", "39.750", "437.250"})
            QVERIFY2(text.contains(QString::fromUtf8(shown)), qPrintable(text));
        QVERIFY(text.contains(MoneyFormat::format(totals.totalBeforeTax, 0)));
        QVERIFY(text.contains(MoneyFormat::format(totals.totalVat, 0)));
        QVERIFY(text.contains(MoneyFormat::format(totals.grandTotal, 0)));
    }

    void pdf_hasNoDiscountColumnsWithoutDiscounts()
    {
        const QString text
            = pdfText(InvoicePdfRenderer::render(sampleDocument(InvoiceDocument::Mark::Preview)));
        QVERIFY2(!text.contains(QStringLiteral("Tiền chiết khấu")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Chiết khấu thương mại")));
    }

    void xml_carriesLineDiscountsAndTheTradeDiscount()
    {
        const QMultiMap<QString, QString> values
            = xmlValues(InvoiceXmlRenderer::render(discountedDocument()));
        const QString line = QStringLiteral("HDon/DLHDon/NDHDon/DSHHDVu/HHDVu/");
        QCOMPARE(values.values(line + QStringLiteral("TChat")),
            (QStringList {QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1")})); // newest first
        QCOMPARE(values.value(line + QStringLiteral("TLCKhau")), QStringLiteral("12.5"));
        QCOMPARE(values.values(line + QStringLiteral("STCKhau")),
            (QStringList {QStringLiteral("15000"), QStringLiteral("37500")}));
        QVERIFY(values.values(line + QStringLiteral("ThTien")).contains(QStringLiteral("262500")));
        const QString totals = QStringLiteral("HDon/DLHDon/NDHDon/TToan/");
        QCOMPARE(values.value(totals + QStringLiteral("TTCKTMai")), QStringLiteral("50000"));
        QCOMPARE(values.value(totals + QStringLiteral("TgTCThue")), QStringLiteral("397500"));
        QCOMPARE(values.value(totals + QStringLiteral("TgTTTBSo")), QStringLiteral("437250"));
    }

    void pdf_and_xml_nameTheCompanyAndThePersonWhoBuys()
    {
        const InvoiceDocument document = companyBuyerDocument();
        const QString text = pdfText(InvoicePdfRenderer::render(document));
        QVERIFY2(text.contains(QStringLiteral("Họ tên người mua hàng")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Trần Thị Bích Ngọc")));
        QVERIFY(text.contains(QStringLiteral("Tên đơn vị")));
        QVERIFY(text.contains(QStringLiteral("Công ty Cổ phần Hoa Sen Việt")));
        const QMultiMap<QString, QString> values = xmlValues(InvoiceXmlRenderer::render(document));
        const QString buyer = QStringLiteral("HDon/DLHDon/NDHDon/NMua/");
        QCOMPARE(values.value(buyer + QStringLiteral("Ten")), QStringLiteral("Công ty Cổ phần Hoa Sen Việt"));
        QCOMPARE(values.value(buyer + QStringLiteral("HVTNMHang")), QStringLiteral("Trần Thị Bích Ngọc"));
    }

    void pdf_companyNamedOnceHasNoPersonName()
    {
        InvoiceDocument document = companyBuyerDocument();
        document.invoice.buyer.legalName.clear();
        const QString text = pdfText(InvoicePdfRenderer::render(document));
        QVERIFY(text.contains(QStringLiteral("Tên đơn vị")));
        QVERIFY(!text.contains(QStringLiteral("Họ tên người mua hàng")));
        QVERIFY(text.contains(QStringLiteral("Trần Thị Bích Ngọc")));
    }
};

QTEST_MAIN(InvoiceRenderTest)
#include "tst_invoicerender.moc"
