#include "spreadsheet/budgeteddevice.h"
#include "spreadsheet/xlsxreader.h"
#include "spreadsheet/zipbudget.h"
#include "xlsxtestsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using Code = SpreadsheetError::Code;
using xlsxtest::Workbook;

Q_DECLARE_METATYPE(SpreadsheetError::Code)

namespace {

const QString SheetPart = QStringLiteral("xl/worksheets/sheet1.xml");

Workbook oneSheet(const QByteArray &sheetData)
{
    Workbook workbook;
    workbook.sheets.append({QStringLiteral("Sheet1"), sheetData, QByteArray(), QByteArray()});
    return workbook;
}

// Every part of a one-sheet workbook except the sheet, which a test then writes itself.
xlsxtest::Entries withoutSheet()
{
    xlsxtest::Entries entries = oneSheet(QByteArray()).entries();
    entries.removeIf([](const auto &entry) { return entry.first == SheetPart; });
    return entries;
}

const QByteArray BillionLaughs
    = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c>"
      "</row></sheetData></worksheet>";

} // namespace

// Every refusal: the reader reads nothing, says why in a sentence, and costs little memory
// whatever the file claims or contains.
class TstXlsxRefusals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &suffix = QStringLiteral(".xlsx"))
    {
        return m_dir.filePath(QStringLiteral("file%1").arg(++m_files) + suffix);
    }
    QString writeBytes(const QByteArray &bytes, const QString &suffix = QStringLiteral(".xlsx"))
    {
        const QString file = path(suffix);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }
    QString writeEntries(const xlsxtest::Entries &entries, bool stored = false)
    {
        const QString file = path();
        if (!xlsxtest::writeZip(file, entries, stored))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }
    static QByteArray fixtureBytes(const QString &name)
    {
        QFile file(xlsxtest::fixture(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Opens `file` (and reads its first sheet) expecting the refusal `code`.
    static SpreadsheetError refusal(const QString &file, const SpreadsheetLimits &limits = {})
    {
        XlsxReader reader(limits);
        if (reader.open(file)) {
            if (reader.readSheet(reader.sheetNames().value(0)))
                return SpreadsheetError();
        } else if (!reader.sheets().isEmpty()) {
            qFatal("a refused workbook still lists sheets");
        }
        return reader.error();
    }

    // The data row's file is refused with its code and a sentence.
    static void verifyRefusal()
    {
        QFETCH(QString, file);
        QFETCH(Code, code);
        const SpreadsheetError error = refusal(file);
        QCOMPARE(error.code, code);
        QVERIFY(!error.message().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void files_thatAreNotWorkbooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Code>("code");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.xlsx")) << Code::FileUnreadable;
        QTest::newRow("empty") << writeBytes(QByteArray()) << Code::FileEmpty;
        QTest::newRow("csv named .xlsx") << writeBytes("Mã,Tên\n1,Bút\n") << Code::TextFile;
        QTest::newRow("utf-16 text") << writeBytes(QByteArray("\xff\xfeM\0a\0\t\0b\0", 10))
                                     << Code::Utf16Text;
        QTest::newRow("web page") << writeBytes("<!DOCTYPE html><html><table></table></html>")
                                  << Code::HtmlTable;
        QTest::newRow("pdf") << writeBytes("%PDF-1.7\n%\xe2\xe3\n") << Code::NotSpreadsheet;
        QTest::newRow("binary") << writeBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10))
                                << Code::NotSpreadsheet;
        QTest::newRow("old .xls by LibreOffice")
            << xlsxtest::fixture(QStringLiteral("libreoffice-invoices.xls")) << Code::LegacyXls;
        QTest::newRow(".ods by LibreOffice")
            << xlsxtest::fixture(QStringLiteral("libreoffice-invoices.ods")) << Code::OpenDocument;
        QTest::newRow("password-protected")
            << writeBytes(xlsxtest::compoundFile({QStringLiteral("Root Entry"),
                   QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")}))
            << Code::EncryptedWorkbook;
        QTest::newRow("word .doc") << writeBytes(
            xlsxtest::compoundFile({QStringLiteral("Root Entry"), QStringLiteral("WordDocument")}))
                                   << Code::NotSpreadsheet;
        QTest::newRow("directory") << m_dir.path() << Code::FileUnreadable;
    }
    void files_thatAreNotWorkbooks() { verifyRefusal(); }

    void zips_thatAreNotSoundWorkbooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Code>("code");
        const QByteArray fixture = fixtureBytes(QStringLiteral("libreoffice-invoices.xlsx"));
        QTest::newRow("truncated") << writeBytes(fixture.left(fixture.size() / 2)) << Code::CorruptZip;
        QTest::newRow("docx") << writeEntries(
            {{QStringLiteral("[Content_Types].xml"),
                 "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                 "application/vnd.openxmlformats-officedocument.wordprocessingml."
                 "document.main+xml\"/></Types>"},
                {QStringLiteral("_rels/.rels"),
                    "<Relationships><Relationship Id=\"r\" Type=\"x/officeDocument\" "
                    "Target=\"word/document.xml\"/></Relationships>"},
                {QStringLiteral("word/document.xml"), "<document/>"}})
                              << Code::NotSpreadsheet;
        QTest::newRow("any zip") << writeEntries({{QStringLiteral("photo.jpg"), "jpg"}})
                                 << Code::NotSpreadsheet;
        xlsxtest::Entries binary = oneSheet(QByteArray()).entries();
        binary[0].second.replace(
            "officedocument.spreadsheetml.sheet.main+xml", "ms-excel.sheet.binary.macroEnabled.main");
        QTest::newRow("xlsb") << writeEntries(binary) << Code::BinaryWorkbook;
        xlsxtest::Entries noTypes = oneSheet(QByteArray()).entries();
        noTypes.removeFirst();
        QTest::newRow("no content types") << writeEntries(noTypes) << Code::MissingPart;
        xlsxtest::Entries noWorkbook = oneSheet(QByteArray()).entries();
        noWorkbook.removeIf([](const auto &entry) { return entry.first == u"xl/workbook.xml"; });
        QTest::newRow("no workbook part") << writeEntries(noWorkbook) << Code::MissingPart;
        QTest::newRow("no sheet part") << writeEntries(withoutSheet()) << Code::MissingPart;
        QTest::newRow("no sheets") << writeEntries(Workbook().entries()) << Code::NoSheets;
    }
    void zips_thatAreNotSoundWorkbooks() { verifyRefusal(); }

    void zip_alteredDataFailsItsChecksum()
    {
        // Stored (not deflated), so one changed digit still inflates to well-formed XML.
        xlsxtest::Entries entries = oneSheet("<row r=\"1\"><c r=\"A1\"><v>1500000</v></c></row>").entries();
        QFile in(writeEntries(entries, true));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const qsizetype at = bytes.indexOf("1500000");
        QVERIFY(at > 0);
        bytes[at] = '9';
        const SpreadsheetError error = refusal(writeBytes(bytes));
        QCOMPARE(error.code, Code::CorruptZip);
        QCOMPARE(error.part, SheetPart);
    }

    void zip_withAnEncryptedEntryIsPasswordProtected()
    {
        const QString file = path();
        QVERIFY(xlsxtest::writeEncryptedZip(file, oneSheet(QByteArray()).entries(), "secret"));
        QCOMPARE(refusal(file).code, Code::EncryptedWorkbook);
    }

    void zipBomb_refusedFromItsDeclaredSizesBeforeInflating()
    {
        SpreadsheetLimits limits;
        limits.maxUncompressedBytes = 8 * 1024 * 1024;
        const QString file = path();
        QVERIFY(xlsxtest::writeZipWithLargePart(file, withoutSheet(), SheetPart, "<worksheet><sheetData>",
            QByteArray(64 * 1024, ' '), 256, "</sheetData></worksheet>")); // 16 MiB of spaces
        const SpreadsheetError error = refusal(file, limits);
        QCOMPARE(error.code, Code::UncompressedTooLarge);
        QCOMPARE(error.limit, limits.maxUncompressedBytes);
        QVERIFY(error.message().contains(QStringLiteral("8")));
        // Many parts that are each small add up the same way.
        xlsxtest::Entries many = oneSheet(QByteArray()).entries();
        for (int i = 0; i < 12; ++i)
            many.append({QStringLiteral("xl/media/blob%1.bin").arg(i), QByteArray(1024 * 1024, 'x')});
        QCOMPARE(refusal(writeEntries(many), limits).code, Code::UncompressedTooLarge);
    }

    void zipBomb_withLyingSizesStopsWithoutExhaustingMemory()
    {
        // 256 MiB of rows that claim to be 5,000 bytes: whatever the inflater does with the lie,
        // the reader's memory must not follow the real size.
        const QString file = path();
        const QByteArray row = "<row><c><v>1</v></c></row>";
        QVERIFY(xlsxtest::writeZipWithLargePart(file, withoutSheet(), SheetPart,
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
            row.repeated(64 * 1024 / row.size()), 4096, "</sheetData></worksheet>"));
        QVERIFY(xlsxtest::patchDeclaredSize(file, SheetPart, 5000));
        const qint64 peakBefore = xlsxtest::peakResidentKiB();
        const SpreadsheetError error = refusal(file);
        const qint64 grownKiB = xlsxtest::peakResidentKiB() - peakBefore;
        QVERIFY2(
            error.code == Code::MalformedXml || error.code == Code::CorruptZip, qPrintable(error.toString()));
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grownKiB)));
    }

    void budgetedDevice_stopsTheMomentTheBudgetIsSpent()
    {
        QByteArray data(1024 * 1024, 'x');
        QBuffer source(&data);
        QVERIFY(source.open(QIODevice::ReadOnly));
        ZipBudget budget(100 * 1024);
        budget.spend(10 * 1024); // what earlier parts of the same workbook used
        BudgetedDevice device(&source, &budget);
        qint64 total = 0;
        char chunk[16 * 1024];
        qint64 read = 0;
        while ((read = device.read(chunk, sizeof chunk)) > 0)
            total += read;
        QCOMPARE(read, -1);
        QVERIFY(device.budgetExceeded());
        QVERIFY2(total <= 100 * 1024, qPrintable(QString::number(total)));
        QVERIFY(source.pos() < 200 * 1024); // the source was not drained either
    }

    void xml_withDoctypesOrEntitiesIsRefused_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<Code>("code");
        QTest::newRow("billion laughs") << BillionLaughs << Code::XmlDtdRefused;
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM "
            "\"file:///etc/passwd\">]><worksheet><sheetData><row><c "
            "t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData>"
            "</worksheet>") << Code::XmlDtdRefused;
        QTest::newRow("undeclared entity")
            << QByteArray("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&x;"
                          "</t></is></c></row></sheetData></worksheet>")
            << Code::MalformedXml;
    }
    void xml_withDoctypesOrEntitiesIsRefused()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(Code, code);
        xlsxtest::Entries entries = withoutSheet();
        entries.append({SheetPart, sheet});
        const SpreadsheetError error = refusal(writeEntries(entries));
        QCOMPARE(error.code, code);
        QCOMPARE(error.part, SheetPart);
        QVERIFY(error.message().contains(SheetPart));
    }

    void xml_doctypeInThePackagePartsIsRefusedAtOpen()
    {
        xlsxtest::Entries entries = oneSheet(QByteArray()).entries();
        entries[0].second.prepend("<!DOCTYPE Types [<!ENTITY a \"a\">]>");
        const SpreadsheetError error = refusal(writeEntries(entries));
        QCOMPARE(error.code, Code::XmlDtdRefused);
        QCOMPARE(error.part, QStringLiteral("[Content_Types].xml"));
    }

    void cells_thatTheWorkbookCannotMean_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("named");
        QTest::newRow("unclosed") << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
                                  << Code::MalformedXml << SheetPart;
        QTest::newRow("column past XFD") << QByteArray("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>")
                                         << Code::InvalidCellReference << QStringLiteral("ZZZZ1");
        QTest::newRow("row 0") << QByteArray("<row r=\"0\"><c><v>1</v></c></row>")
                               << Code::InvalidCellReference << SheetPart;
        QTest::newRow("bad merge") << QByteArray(
            "</sheetData><mergeCells><mergeCell ref=\"A0:B1\"/></mergeCells>"
            "<sheetData>") << Code::InvalidCellReference
                                   << QStringLiteral("A0:B1");
        QTest::newRow("missing shared string")
            << QByteArray("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>") << Code::MalformedXml
            << QStringLiteral("B1");
        QTest::newRow("not a number") << QByteArray("<row r=\"1\"><c r=\"C1\"><v>abc</v></c></row>")
                                      << Code::MalformedXml << QStringLiteral("C1");
    }
    void cells_thatTheWorkbookCannotMean()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(Code, code);
        QFETCH(QString, named);
        const SpreadsheetError error = refusal(writeEntries(oneSheet(sheetData).entries()));
        QCOMPARE(error.code, code);
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    }

    void limits_rowsCellsAndFileSize()
    {
        SpreadsheetLimits limits;
        limits.maxRows = 3;
        QByteArray rows;
        for (int i = 1; i <= 5; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i)
                + "\"><v>1</v></c></row>";
        SpreadsheetError error = refusal(writeEntries(oneSheet(rows).entries()), limits);
        QCOMPARE(error.code, Code::TooManyRows);
        QVERIFY(error.message().contains(QStringLiteral("Sheet1")));
        QVERIFY(error.message().contains(QStringLiteral("3")));
        limits = SpreadsheetLimits();
        limits.maxCells = 1000;
        error = refusal(
            writeEntries(oneSheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>").entries()), limits);
        QCOMPARE(error.code, Code::TooManyCells); // one value in the last column needs 16,384 cells
        limits = SpreadsheetLimits();
        limits.maxFileBytes = 1000;
        QCOMPARE(refusal(xlsxtest::fixture(QStringLiteral("openpyxl-invoices.xlsx")), limits).code,
            Code::FileTooLarge);
    }

    void messages_existForEveryCode()
    {
        QSet<QString> seen;
        for (int code = int(Code::FileUnreadable); code <= int(Code::ChoiceListTooLong); ++code) {
            SpreadsheetError error
                = SpreadsheetError::make(Code(code), QStringLiteral("part"), QStringLiteral("why"));
            error.name = QStringLiteral("name");
            const QString message = error.message();
            QVERIFY2(!message.isEmpty(), qPrintable(QString::number(code)));
            QVERIFY2(!seen.contains(message), qPrintable(message));
            seen.insert(message);
        }
    }
};

QTEST_GUILESS_MAIN(TstXlsxRefusals)
#include "tst_xlsxrefusals.moc"
