#include "spreadsheet/xlsxreader.h"
#include "xlsxtestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using Type = SpreadsheetCell::Type;
using xlsxtest::Workbook;

namespace {

// Style 1: dd/mm/yyyy; 2: h:mm; 3: built-in percent; 4: built-in date.
const QByteArray Styles
    = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"9\"/>"
      "<xf numFmtId=\"14\"/>";
const QByteArray Formats = "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                           "<numFmt numFmtId=\"165\" formatCode=\"h:mm\"/>";

Workbook oneSheet(const QByteArray &sheetData, const QByteArray &afterSheetData = QByteArray())
{
    Workbook workbook;
    workbook.sheets.append({QStringLiteral("Sheet1"), sheetData, QByteArray(), afterSheetData});
    workbook.numFmts = Formats;
    workbook.cellXfs = Styles;
    return workbook;
}

QByteArray header(const QByteArray &row)
{
    return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>Mã</t></is></c></row>";
}

bool isHeader(const SpreadsheetRow &row)
{
    return row.cell(0).text() == u"Mã";
}

} // namespace

// Workbooks made here for what producers write only sometimes: cells without references or
// out of order, inline rich text, ISO dates, strict namespaces, hidden and chart sheets.
class TstXlsxStructure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const xlsxtest::Entries &entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("book%1.xlsx").arg(++m_files));
        if (!xlsxtest::writeZip(path, entries))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    SpreadsheetTable read(const Workbook &workbook, const SpreadsheetLimits &limits = {})
    {
        XlsxReader reader(limits);
        if (!reader.open(write(workbook.entries())))
            qFatal("%s", qPrintable(reader.error().toString()));
        const auto table = reader.readSheet(reader.sheetNames().value(0));
        if (!table)
            qFatal("%s", qPrintable(reader.error().toString()));
        return *table;
    }

private Q_SLOTS:
    void cells_withGapsAndWithoutReferences()
    {
        const SpreadsheetTable table
            = read(oneSheet("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c><v>2</v></c></row>"
                            "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows[0].number, 2);
        QCOMPARE(table.rows[0].texts(),
            (QStringList {QString(), QString(), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(table.rows[0].cell(0).type(), Type::Empty);
        QCOMPARE(table.rows[1].number, 3);
        QCOMPARE(table.rows[1].cell(0).text(), QStringLiteral("x"));
    }

    void rows_outOfOrderComeBackSorted()
    {
        const SpreadsheetTable table = read(oneSheet("<row r=\"5\"><c r=\"A5\"><v>5</v></c></row>"
                                                     "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"));
        QCOMPARE(table.rows[0].number, 2);
        QCOMPARE(table.rows[1].number, 5);
    }

    void strings_richRunsEscapesAndPhoneticGuides()
    {
        Workbook workbook
            = oneSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>Công </t></r><r><rPr><b/>"
                       "</rPr><t>ty</t></r><rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></is></c>"
                       "<c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>");
        workbook.sharedStrings = "<si><t>a_x000D_b</t></si><si><t>_x005F_x000D_ &amp; &lt;ok&gt;</t></si>";
        const SpreadsheetTable table = read(workbook);
        QCOMPARE(table.rows[0].cell(0).text(), QStringLiteral("Công ty"));
        QCOMPARE(table.rows[0].cell(1).text(), QStringLiteral("a\rb"));
        QCOMPARE(table.rows[0].cell(2).text(), QStringLiteral("_x000D_ & <ok>"));
    }

    void numbers_keepTheirStoredTextAndShowExcelsDigits()
    {
        const SpreadsheetTable table = read(oneSheet("<row r=\"1\"><c r=\"A1\"><v>0.30000000000000004</v></c>"
                                                     "<c r=\"B1\"><v>1.2345678901234501E+17</v></c>"
                                                     "<c r=\"C1\" t=\"n\"><v>0.1</v></c></row>"));
        const SpreadsheetCell &sum = table.rows[0].cell(0);
        QCOMPARE(sum.text(), QStringLiteral("0.3"));
        QCOMPARE(sum.stored(), QStringLiteral("0.30000000000000004"));
        QCOMPARE(sum.toDecimal(), Decimal::fromString(u"0.3"));
        const SpreadsheetCell &huge = table.rows[0].cell(1);
        QCOMPARE(huge.text(), QStringLiteral("123456789012345000"));
        QCOMPARE(huge.toDecimal(), std::nullopt); // beyond Decimal: refused, not wrapped around
        QCOMPARE(table.rows[0].cell(2).toDecimal()->units(), 1000);
    }

    void dates_fromSerialsAndIsoText()
    {
        const SpreadsheetTable table = read(oneSheet(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>46360</v></c><c r=\"B1\" s=\"2\"><v>0.5</v></c>"
            "<c r=\"C1\" s=\"1\"><v>60</v></c><c r=\"D1\" s=\"1\"><v>-3</v></c><c r=\"E1\" "
            "s=\"1\"><v>0</v></c>"
            "<c r=\"F1\" t=\"d\"><v>2026-12-04</v></c><c r=\"G1\" t=\"d\"><v>2026-12-04T14:30:00Z</v></c>"
            "<c r=\"H1\" t=\"d\"><v>14:30:00</v></c><c r=\"I1\" s=\"4\"><v>46360</v></c></row>"));
        const SpreadsheetRow &row = table.rows[0];
        QCOMPARE(row.cell(0).date(), QDate(2026, 12, 4));
        QCOMPARE(row.cell(1).type(), Type::Time);
        QCOMPARE(row.cell(1).text(), QStringLiteral("12:00:00"));
        QCOMPARE(row.cell(2).type(), Type::Number); // 1900-02-29 never was
        QCOMPARE(row.cell(2).text(), QStringLiteral("60"));
        QCOMPARE(row.cell(3).type(), Type::Number);
        QCOMPARE(row.cell(4).type(), Type::Number); // "1900-01-00" is no date
        QCOMPARE(row.cell(5).type(), Type::Date);
        QCOMPARE(row.cell(5).date(), QDate(2026, 12, 4));
        QCOMPARE(row.cell(6).type(), Type::DateTime);
        QCOMPARE(row.cell(6).time(), QTime(14, 30));
        QCOMPARE(row.cell(7).type(), Type::Time);
        QCOMPARE(row.cell(8).date(), QDate(2026, 12, 4));
    }

    void formulas_booleansErrorsAndEmptyValues()
    {
        const SpreadsheetTable table = read(
            oneSheet("<row r=\"1\"><c r=\"A1\"><f>B1*2</f><v></v></c><c r=\"B1\"><f>1+1</f></c>"
                     "<c r=\"C1\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"D1\" t=\"b\"><v>true</v></c>"
                     "<c r=\"E1\" t=\"e\"><v>#N/A</v></c><c r=\"F1\" s=\"3\"><v>0.08</v></c><c r=\"G1\"/>"
                     "<c r=\"H1\" t=\"str\"><f>A1</f><v>x</v></c></row>"));
        const SpreadsheetRow &row = table.rows[0];
        QCOMPARE(row.cell(0).type(), Type::FormulaWithoutValue);
        QCOMPARE(row.cell(0).text(), QStringLiteral("B1*2"));
        QCOMPARE(row.cell(1).type(), Type::FormulaWithoutValue);
        QVERIFY(row.cell(2).isBlank()); // a formula whose result is ""
        QVERIFY(row.cell(3).boolean());
        QCOMPARE(row.cell(4).type(), Type::Error);
        QVERIFY(row.cell(5).isPercent());
        QCOMPARE(row.cell(6).type(), Type::Empty);
        QCOMPARE(row.cell(7).text(), QStringLiteral("x"));
    }

    void merges_fillOnlyRowsThatHaveValues()
    {
        const SpreadsheetTable table = read(oneSheet(
            "<row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"D2\"><v>1</v></c></row>"
            "<row r=\"3\"><c r=\"D3\"><v>2</v></c></row><row r=\"5\"><c r=\"D5\"><v>3</v></c></row>"
            "<row r=\"6\"><c r=\"C6\" t=\"inlineStr\"><is><t> </t></is></c><c r=\"D6\"><v>4</v></c></row>",
            "<mergeCells><mergeCell ref=\"A2:B5\"/><mergeCell ref=\"C6:C9\"/></mergeCells>"));
        QList<qint64> numbers;
        for (const SpreadsheetRow &row : table.rows)
            numbers.append(row.number);
        QCOMPARE(numbers, (QList<qint64> {2, 3, 5, 6})); // row 4 has nothing of its own
        QCOMPARE(table.rows[0].texts(),
            (QStringList {QStringLiteral("7"), QStringLiteral("7"), QString(), QStringLiteral("1")}));
        QVERIFY(table.rows[0].cell(1).isMergedCopy());
        QCOMPARE(table.rows[2].texts(),
            (QStringList {QStringLiteral("7"), QStringLiteral("7"), QString(), QStringLiteral("3")}));
        QCOMPARE(table.rows[3].cell(0).type(), Type::Empty); // outside the merge
    }

    void merges_countAgainstTheCellLimit()
    {
        SpreadsheetLimits limits;
        limits.maxCells = 1000;
        XlsxReader reader(limits);
        QVERIFY(reader.open(write(oneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
            "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>")
                                      .entries())));
        QVERIFY(!reader.readSheet(QStringLiteral("Sheet1")));
        QCOMPARE(reader.error().code, SpreadsheetError::Code::TooManyCells);
    }

    void sheets_hiddenAndChartSheetsAreNotPickedByHeader()
    {
        Workbook workbook;
        workbook.sheets.append({QStringLiteral("Ẩn"), header("1"), "hidden", QByteArray()});
        workbook.sheets.append({QStringLiteral("Dữ liệu"), header("3"), QByteArray(), QByteArray()});
        xlsxtest::Entries entries = workbook.entries();
        for (auto &[name, bytes] : entries) {
            if (name == u"xl/workbook.xml")
                bytes.replace(
                    "</sheets>", "<sheet name=\"Biểu đồ\" sheetId=\"9\" r:id=\"rIdChart\"/></sheets>");
            if (name == u"xl/_rels/workbook.xml.rels")
                bytes.replace("</Relationships>",
                    "<Relationship Id=\"rIdChart\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    "relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>");
        }
        XlsxReader reader;
        QVERIFY2(reader.open(write(entries)), qPrintable(reader.error().toString()));
        QCOMPARE(reader.sheets().size(), 3);
        QVERIFY(!reader.sheets()[0].visible);
        QVERIFY(!reader.sheets()[2].worksheet);
        QCOMPARE(reader.readFirstMatching(isHeader)->sheetName, QStringLiteral("Dữ liệu"));
        QCOMPARE(reader.readSheet(QStringLiteral("ẩn"))->rows[0].number, 1); // by name, any case
        QVERIFY(reader.readSheet(QStringLiteral("Biểu đồ"))->isEmpty());
    }

    void sheets_unknownNameAndNoHeaderAreExplained()
    {
        XlsxReader reader;
        QVERIFY(reader.open(write(oneSheet(header("1")).entries())));
        QVERIFY(!reader.readSheet(QStringLiteral("Hóa đơn")));
        QCOMPARE(reader.error().code, SpreadsheetError::Code::SheetNotFound);
        QVERIFY(reader.error().message().contains(QStringLiteral("Hóa đơn")));
        QVERIFY(reader.error().message().contains(QStringLiteral("Sheet1")));
        QVERIFY(!reader.readFirstMatching([](const SpreadsheetRow &) { return false; }));
        QCOMPARE(reader.error().code, SpreadsheetError::Code::NoMatchingSheet);
        QVERIFY(reader.readSheet(QStringLiteral("SHEET1"))); // and the reader still works
        QVERIFY(reader.error().isOk());
    }

    void packages_strictNamespacesAndOtherPartNames()
    {
        xlsxtest::Entries entries = oneSheet(header("1")).entries();
        for (auto &[name, bytes] : entries) {
            bytes.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://purl.oclc.org/ooxml/spreadsheetml/main");
            bytes.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships");
            bytes.replace("Target=\"xl/workbook.xml\"", "Target=\"/xl/Book.xml\"");
            bytes.replace("PartName=\"/xl/workbook.xml\"", "PartName=\"/xl/book.xml\"");
            if (name == u"xl/workbook.xml")
                name = QStringLiteral("XL/BOOK.XML"); // part names ignore case
            if (name == u"xl/_rels/workbook.xml.rels")
                name = QStringLiteral("xl/_rels/book.xml.rels");
        }
        XlsxReader reader;
        QVERIFY2(reader.open(write(entries)), qPrintable(reader.error().toString()));
        QVERIFY(reader.readFirstMatching(isHeader));
    }
};

QTEST_GUILESS_MAIN(TstXlsxStructure)
#include "tst_xlsxstructure.moc"
