#include "spreadsheet/xlsxreader.h"
#include "xlsxtestsupport.h"

#include <QTest>

using namespace einvoice;
using Type = SpreadsheetCell::Type;

namespace {

bool isTemplateHeader(const SpreadsheetRow &row)
{
    return row.cell(0).text() == u"Mã hóa đơn";
}

} // namespace

// The committed workbooks of two independent producers (fixtures/make_fixtures.py): openpyxl,
// which writes inline strings and formulas without results, and LibreOffice, which writes
// shared strings, rich text runs and cached formula results.
class TstXlsxFixtures : public QObject
{
    Q_OBJECT

private:
    SpreadsheetTable readInvoices(XlsxReader &reader)
    {
        QFETCH(QString, file);
        if (!reader.open(xlsxtest::fixture(file)))
            qFatal("%s", qPrintable(reader.error().toString()));
        const std::optional<SpreadsheetTable> table = reader.readFirstMatching(isTemplateHeader);
        if (!table)
            qFatal("%s", qPrintable(reader.error().toString()));
        return *table;
    }

private Q_SLOTS:
    void producers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("cachedFormulas");
        QTest::newRow("openpyxl") << "openpyxl-invoices.xlsx" << false;
        QTest::newRow("libreoffice") << "libreoffice-invoices.xlsx" << true;
    }

    void invoices_pickTheSheetWithTheHeader_data() { producers_data(); }
    void invoices_pickTheSheetWithTheHeader()
    {
        XlsxReader reader;
        const SpreadsheetTable table = readInvoices(reader);
        QCOMPARE(reader.sheetNames(), (QStringList {QStringLiteral("Hướng dẫn"), QStringLiteral("Hóa đơn")}));
        QCOMPARE(table.sheetName, QStringLiteral("Hóa đơn"));
        QVERIFY(!reader.isDate1904());
    }

    void invoices_dropEmptyRowsAndTrailingColumns_data() { producers_data(); }
    void invoices_dropEmptyRowsAndTrailingColumns()
    {
        XlsxReader reader;
        const SpreadsheetTable table = readInvoices(reader);
        QList<qint64> numbers;
        for (const SpreadsheetRow &row : table.rows)
            numbers.append(row.number);
        QCOMPARE(numbers, (QList<qint64> {1, 2, 3, 4, 7, 8}));
        QCOMPARE(table.columnCount(), 11);
        QCOMPARE(table.rows[2].cells.size(), 11); // P3 is styled but empty
        QCOMPARE(table.rows[3].cells.size(), 10); // K4 empty, O4 only spaces
    }

    void invoices_fillMergedHeaders_data() { producers_data(); }
    void invoices_fillMergedHeaders()
    {
        XlsxReader reader;
        const SpreadsheetTable table = readInvoices(reader);
        const SpreadsheetRow &groups = table.rows[0];
        QCOMPARE(groups.texts(),
            (QStringList {QStringLiteral("Mã hóa đơn"), QStringLiteral("Người mua"),
                QStringLiteral("Người mua"), QStringLiteral("Hàng hóa"), QStringLiteral("Hàng hóa"),
                QStringLiteral("Hàng hóa"), QStringLiteral("Hàng hóa")}));
        QVERIFY(!groups.cell(1).isMergedCopy());
        QVERIFY(groups.cell(2).isMergedCopy());
        const SpreadsheetRow &names = table.rows[1];
        QCOMPARE(names.cell(0).text(), QStringLiteral("Mã hóa đơn")); // A1:A2 merged down
        QVERIFY(names.cell(0).isMergedCopy());
        QCOMPARE(names.cell(2).text(), QStringLiteral("Mã số thuế"));
        QCOMPARE(names.cell(10).text(), QStringLiteral("Ghi chú"));
    }

    void invoices_keepTextAndNumbersApart_data() { producers_data(); }
    void invoices_keepTextAndNumbersApart()
    {
        XlsxReader reader;
        const SpreadsheetTable table = readInvoices(reader);
        const SpreadsheetRow &first = table.rows[2];
        QCOMPARE(first.cell(2).type(), Type::Text);
        QCOMPARE(first.cell(2).text(), QStringLiteral("0312345678"));
        QCOMPARE(first.cell(4).type(), Type::Number);
        QCOMPARE(first.cell(4).text(), QStringLiteral("10"));
        QCOMPARE(first.cell(5).toDecimal(), Decimal::fromInteger(3500));
        QCOMPARE(first.cell(10).text(), QStringLiteral(" A ")); // spaces kept exactly
        const SpreadsheetRow &second = table.rows[3];
        QCOMPARE(second.cell(4).text(), QStringLiteral("2.5"));
        QCOMPARE(second.cell(5).toDecimal(2), Decimal::fromString(u"33333.33"));
        QCOMPARE(second.cell(5).toDecimal(0), std::nullopt); // more decimals than allowed
        const SpreadsheetRow &third = table.rows[4];
        QCOMPARE(third.cell(2).type(), Type::Number); // a tax code typed as a number
        QCOMPARE(third.cell(2).text(), QStringLiteral("312345678"));
        QCOMPARE(third.cell(5).toDecimal(), Decimal::fromInteger(1500000));
        QCOMPARE(third.cell(10).text(), QStringLiteral("Giao hàng\ntrước 17:00"));
    }

    void invoices_readPercentagesDatesAndBooleans_data() { producers_data(); }
    void invoices_readPercentagesDatesAndBooleans()
    {
        XlsxReader reader;
        const SpreadsheetTable table = readInvoices(reader);
        const SpreadsheetCell &rate = table.rows[2].cell(6);
        QCOMPARE(rate.type(), Type::Number);
        QVERIFY(rate.isPercent());
        QCOMPARE(rate.toDecimal(), Decimal::fromString(u"0.1"));
        QCOMPARE(table.rows[3].cell(6).text(), QStringLiteral("0.08"));
        const SpreadsheetCell &day = table.rows[2].cell(7);
        QCOMPARE(day.type(), Type::Date);
        QCOMPARE(day.date(), QDate(2026, 12, 4));
        QCOMPARE(day.text(), QStringLiteral("2026-12-04"));
        const SpreadsheetCell &moment = table.rows[4].cell(7);
        QCOMPARE(moment.type(), Type::DateTime);
        QCOMPARE(moment.time(), QTime(14, 30));
        QCOMPARE(moment.dateTime().toUTC(), QDateTime(QDate(2026, 12, 4), QTime(7, 30), Qt::UTC));
        QCOMPARE(table.rows[2].cell(9).type(), Type::Boolean);
        QVERIFY(table.rows[2].cell(9).boolean());
        QCOMPARE(table.rows[3].cell(9).text(), QStringLiteral("FALSE"));
    }

    void invoices_readFormulasByTheirCachedValue_data() { producers_data(); }
    void invoices_readFormulasByTheirCachedValue()
    {
        QFETCH(bool, cachedFormulas);
        XlsxReader reader;
        const SpreadsheetTable table = readInvoices(reader);
        const SpreadsheetCell &amount = table.rows[3].cell(8);
        const SpreadsheetCell &failed = table.rows[5].cell(1);
        const SpreadsheetCell &joined = table.rows[5].cell(2);
        QCOMPARE(table.rows[5].cell(0).text(), QStringLiteral("Công ty Đại Việt JSC")); // rich text runs
        if (!cachedFormulas) {
            QCOMPARE(amount.type(), Type::FormulaWithoutValue);
            QCOMPARE(amount.text(), QStringLiteral("E4*F4"));
            QCOMPARE(failed.type(), Type::FormulaWithoutValue);
            QCOMPARE(joined.type(), Type::FormulaWithoutValue);
            return;
        }
        QCOMPARE(amount.type(), Type::Number);
        QCOMPARE(amount.toDecimal(), Decimal::fromString(u"83333.325"));
        QCOMPARE(table.rows[2].cell(8).text(), QStringLiteral("35000"));
        QCOMPARE(failed.type(), Type::Error);
        QCOMPARE(failed.text(), QStringLiteral("#DIV/0!"));
        QCOMPARE(joined.type(), Type::Text);
        QCOMPARE(joined.text(), QStringLiteral("HD001-1"));
    }

    void mac1904_readsDatesFromThe1904Epoch()
    {
        XlsxReader reader;
        QVERIFY2(reader.open(xlsxtest::fixture(QStringLiteral("openpyxl-1904.xlsx"))),
            qPrintable(reader.error().toString()));
        QVERIFY(reader.isDate1904());
        const std::optional<SpreadsheetTable> table = reader.readSheet(QStringLiteral("mac")); // any case
        QVERIFY(table);
        const SpreadsheetRow &row = table->rows[1];
        QCOMPARE(row.cell(0).type(), Type::Date);
        QCOMPARE(row.cell(0).date(), QDate(2026, 12, 4));
        QCOMPARE(row.cell(1).type(), Type::DateTime);
        QCOMPARE(row.cell(1).text(), QStringLiteral("2026-12-04T14:30:15"));
        QCOMPARE(row.cell(2).type(), Type::Time); // built-in format 20, h:mm
        QCOMPARE(row.cell(2).time(), QTime(14, 30));
        QCOMPARE(table->rows[2].cell(0).date(), QDate(1904, 1, 2)); // built-in format 14
    }
};

QTEST_GUILESS_MAIN(TstXlsxFixtures)
#include "tst_xlsxfixtures.moc"
