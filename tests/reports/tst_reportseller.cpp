// Issue 19: the seller a report names. Read from an invoice XML as the sandbox's renderer writes it
// (QĐ 1450's NBan); the user's setting wins over what was downloaded; until there is one, the
// newest readable downloaded XML gives it and it is kept; broken or oversized files give nothing.

#include "render/invoicexmlrenderer.h"
#include "reports/reportseller.h"
#include "settings/appsettings.h"
#include "store/filecachepaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

namespace {

QByteArray invoiceXml(const QString &name, const QString &taxCode)
{
    InvoiceDocument document;
    document.seller.name = name;
    document.seller.taxCode = taxCode;
    document.seller.address = QStringLiteral("Ấp 3, Đồng Xoài, Bình Phước");
    document.invoice.buyer.name = QStringLiteral("Khách lẻ");
    document.invoice.buyer.taxCode = QStringLiteral("0101234567");
    return InvoiceXmlRenderer::render(document);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TstReportSeller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromInvoiceXml_readsTheSellerNotTheBuyer()
    {
        const SellerProfile seller = ReportSeller::fromInvoiceXml(
            invoiceXml(QStringLiteral("Công ty A & B"), QStringLiteral("3801234567")));
        QCOMPARE(seller.name, QStringLiteral("Công ty A & B"));
        QCOMPARE(seller.taxCode, QStringLiteral("3801234567"));
        QCOMPARE(seller.address, QStringLiteral("Ấp 3, Đồng Xoài, Bình Phước"));
        QVERIFY(ReportSeller::fromInvoiceXml("<HDon><NBan><Ten>x</Ten>").isEmpty()); // broken
        QVERIFY(ReportSeller::fromInvoiceXml("%PDF-1.4").isEmpty());
        QCOMPARE(ReportSeller::headerLine(seller),
            QStringLiteral("Công ty A & B – Tax code 3801234567 – Ấp 3, Đồng Xoài, Bình Phước"));
    }

    void known_settingWins_elseLearnedFromDownloadsAndKept()
    {
        QTemporaryDir dir;
        QSettings raw(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settings(&raw);
        const FileCachePaths files(dir.filePath(QStringLiteral("files")));
        const QString env = QStringLiteral("sandbox");
        QVERIFY(ReportSeller::known(settings, env, files).isEmpty()); // nothing downloaded yet

        QVERIFY(files.ensureDirectory(env, FileType::Xml));
        QVERIFY(writeFile(files.filePath(env, QStringLiteral("A"), FileType::Xml),
            invoiceXml(QStringLiteral("Công ty Hạt Điều"), QStringLiteral("3801234566"))));
        QVERIFY(writeFile(files.filePath(env, QStringLiteral("Y-bad-code"), FileType::Xml),
            invoiceXml(QStringLiteral("Công ty Sai Mã"), QStringLiteral("3801234567")))); // check digit
        QVERIFY(writeFile(files.filePath(env, QStringLiteral("Z-broken"), FileType::Xml), "<HDon><NBan>"));
        QVERIFY(files.ensureDirectory(QStringLiteral("demo"), FileType::Xml));
        QVERIFY(writeFile(files.filePath(QStringLiteral("demo"), QStringLiteral("B"), FileType::Xml),
            invoiceXml(QStringLiteral("Công ty Demo"), QStringLiteral("0312345678"))));
        QCOMPARE(ReportSeller::learned(env, files).name, QStringLiteral("Công ty Hạt Điều"));
        QVERIFY(settings.seller(env).isEmpty()); // only offered (Settings), not kept
        QCOMPARE(ReportSeller::known(settings, env, files).taxCode, QStringLiteral("3801234566"));
        QCOMPARE(settings.seller(env).name, QStringLiteral("Công ty Hạt Điều")); // kept
        QVERIFY(settings.seller(QStringLiteral("demo")).isEmpty()); // other environments' files not read

        settings.setSeller(env, {QStringLiteral("Công ty Đã Sửa"), QStringLiteral("0312345678"), {}});
        QCOMPARE(ReportSeller::known(settings, env, files).name, QStringLiteral("Công ty Đã Sửa"));
    }

    void pageHeader_outsideProductionSaysTestDataFirst()
    {
        const QString period = QStringLiteral("01/11/2026 – 30/11/2026");
        const QStringList seller {
            QStringLiteral("Công ty TNHH Hạt Điều"), QStringLiteral("Tax code 3801234566")};
        QCOMPARE(ReportSeller::pageHeader(EnvironmentKind::Production, {}, period, seller),
            period + QStringLiteral(" – Công ty TNHH Hạt Điều – Tax code 3801234566"));
        QCOMPARE(ReportSeller::pageHeader(EnvironmentKind::Sandbox, {}, period, seller),
            QStringLiteral("SANDBOX: test data – ") + period
                + QStringLiteral(" – Công ty TNHH Hạt Điều – Tax code 3801234566"));
        QVERIFY(ReportSeller::testDataNote(EnvironmentKind::Production).isEmpty());
        for (EnvironmentKind kind :
            {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Custom})
            QVERIFY(!ReportSeller::testDataNote(kind).isEmpty());
        QCOMPARE(ReportSeller::pageHeader(EnvironmentKind::Demo, {}, period, {}),
            QStringLiteral("DEMO: sample data – ") + period);
    }

    // A period not fully fetched: its own line under the header's first, which keeps the seller.
    void pageHeader_incompletePeriodSaysSoOnALineOfItsOwn()
    {
        const QString period = QStringLiteral("01/11/2026 – 30/11/2026");
        const QString seller = QStringLiteral("Công ty TNHH Thương mại và Dịch vụ Hạt Điều Bình Phước – "
                                              "Tax code 3801234566 – 12 Nguyễn Huệ, Quận 1");
        const Completeness incomplete {40, 9, 3};
        const QString note = ReportSeller::incompleteNote(incomplete); // no translator: "invoice(s)"
        QVERIFY2(note.startsWith(QStringLiteral("INCOMPLETE: 12 of 40 invoice"))
                && note.endsWith(QStringLiteral("not fetched yet; figures may change")),
            qPrintable(note));
        QVERIFY(ReportSeller::incompleteNote(Completeness {40, 0, 0}).isEmpty());
        const QStringList lines
            = ReportSeller::pageHeader(EnvironmentKind::Sandbox, incomplete, period, {seller})
                  .split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QString first
            = QStringLiteral("SANDBOX: test data – ") + period + QStringLiteral(" – ") + seller;
        QCOMPARE(lines.at(0), first.left(120));
        QCOMPARE(lines.at(1), ReportSeller::incompleteNote(incomplete));
    }
};

QTEST_GUILESS_MAIN(TstReportSeller)
#include "tst_reportseller.moc"
