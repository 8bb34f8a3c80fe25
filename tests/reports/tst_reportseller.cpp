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
};

QTEST_GUILESS_MAIN(TstReportSeller)
#include "tst_reportseller.moc"
