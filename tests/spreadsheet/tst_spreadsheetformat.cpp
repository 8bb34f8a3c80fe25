#include "spreadsheet/spreadsheetformat.h"
#include "xlsxtestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

Q_DECLARE_METATYPE(SpreadsheetFormat)

// Telling CSV from a workbook (and from what is neither) by content, whatever the file is called.
class TstSpreadsheetFormat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyAs(const QString &fixture, const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        if (!QFile::copy(xlsxtest::fixture(fixture), target))
            qFatal("cannot copy %s", qPrintable(fixture));
        return target;
    }
    QString write(const QByteArray &bytes, const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return target;
    }

private Q_SLOTS:
    void detect_byContentNotByName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SpreadsheetFormat>("format");
        QTest::newRow("xlsx named .csv") << copyAs(QStringLiteral("openpyxl-invoices.xlsx"),
            QStringLiteral("a.csv")) << SpreadsheetFormat::Xlsx;
        QTest::newRow("LibreOffice xlsx without extension")
            << copyAs(QStringLiteral("libreoffice-invoices.xlsx"), QStringLiteral("b"))
            << SpreadsheetFormat::Xlsx;
        QTest::newRow("csv named .xlsx")
            << write("Mã,Tên\n1,Bút bi\n", QStringLiteral("c.xlsx")) << SpreadsheetFormat::Csv;
        QTest::newRow("csv with BOM")
            << write("\xef\xbb\xbfMa;Ten\r\n", QStringLiteral("d.csv")) << SpreadsheetFormat::Csv;
        QTest::newRow("csv in Windows-1258")
            << write("M\xe3,T\xean\n", QStringLiteral("e.csv")) << SpreadsheetFormat::Csv;
        QTest::newRow("unicode text with BOM") << write(QByteArray("\xff\xfeM\0a\0", 6),
            QStringLiteral("f.txt")) << SpreadsheetFormat::Utf16Text;
        QTest::newRow("unicode text without BOM") << write(QByteArray("M\0a\0,\0T\0e\0n\0\n\0", 14),
            QStringLiteral("g.csv")) << SpreadsheetFormat::Utf16Text;
        QTest::newRow("xls named .xlsx") << copyAs(QStringLiteral("libreoffice-invoices.xls"),
            QStringLiteral("h.xlsx")) << SpreadsheetFormat::LegacyXls;
        QTest::newRow("ods") << copyAs(QStringLiteral("libreoffice-invoices.ods"), QStringLiteral("i.xlsx"))
                             << SpreadsheetFormat::OpenDocument;
        QTest::newRow("encrypted") << write(
            xlsxtest::compoundFile({QStringLiteral("Root Entry"), QStringLiteral("EncryptionInfo"),
                QStringLiteral("EncryptedPackage")}),
            QStringLiteral("j.xlsx"))
                                   << SpreadsheetFormat::EncryptedWorkbook;
        QTest::newRow("bank export: a web page named .xls") << write(
            "\xef\xbb\xbf<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>1</td></tr>",
            QStringLiteral("sao-ke.xls")) << SpreadsheetFormat::HtmlTable;
        QTest::newRow("Excel 2003 XML") << write(
            "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>"
            "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">",
            QStringLiteral("n.xml")) << SpreadsheetFormat::Xml2003Workbook;
        QTest::newRow("other xml") << write("<?xml version=\"1.0\"?><invoice/>", QStringLiteral("o.xml"))
                                   << SpreadsheetFormat::NotSpreadsheet;
        QTest::newRow("pdf") << write("%PDF-1.4\n", QStringLiteral("k.xlsx"))
                             << SpreadsheetFormat::NotSpreadsheet;
        QTest::newRow("empty") << write(QByteArray(), QStringLiteral("l.csv")) << SpreadsheetFormat::Empty;
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("none.csv"))
                                 << SpreadsheetFormat::Unreadable;
        QTest::newRow("damaged zip") << write("PK\x03\x04garbage", QStringLiteral("m.xlsx"))
                                     << SpreadsheetFormat::Xlsx;
    }
    void detect_byContentNotByName()
    {
        QFETCH(QString, file);
        QFETCH(SpreadsheetFormat, format);
        SpreadsheetError why;
        QCOMPARE(SpreadsheetFormatDetector::detect(file, &why), format);
        const bool readable
            = format == SpreadsheetFormat::Csv || file.endsWith(u"a.csv") || file.endsWith(u"/b");
        QCOMPARE(why.isOk(), readable);
        if (!readable)
            QVERIFY(!why.message().isEmpty());
    }

    void errorFor_explainsEveryFormatTheReaderRefuses()
    {
        QVERIFY(SpreadsheetFormatDetector::errorFor(SpreadsheetFormat::Xlsx).isOk());
        QCOMPARE(SpreadsheetFormatDetector::errorFor(SpreadsheetFormat::LegacyXls).code,
            SpreadsheetError::Code::LegacyXls);
        QVERIFY(
            SpreadsheetFormatDetector::errorFor(SpreadsheetFormat::LegacyXls).message().contains(u".xlsx"));
    }
};

QTEST_GUILESS_MAIN(TstSpreadsheetFormat)
#include "tst_spreadsheetformat.moc"
