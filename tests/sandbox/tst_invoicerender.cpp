// The invoice renderers (app/render): a real A4 PDF with Vietnamese text and marks, and the XML
// structure of the tax authority's format.

#include "core/clock.h"
#include "core/totals.h"
#include "pdftext.h"
#include "render/invoicepdfrenderer.h"
#include "render/invoicexmlrenderer.h"

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
};

QTEST_MAIN(InvoiceRenderTest)
#include "tst_invoicerender.moc"
