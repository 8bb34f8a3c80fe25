#include "spreadsheet/exceldate.h"
#include "spreadsheet/excelnumber.h"
#include "spreadsheet/spreadsheettable.h"
#include "spreadsheet/xlsxcellref.h"
#include "spreadsheet/xlsxnumberformat.h"

#include <QTest>

using namespace einvoice;

Q_DECLARE_METATYPE(XlsxNumberFormat::Kind)

// The small rules every cell goes through: Excel's stored numbers, serial dates, number formats
// and A1 references.
class TstExcelValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_showsWhatExcelShows_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("typed decimal stays") << "0.1"
                                             << "0.1";
        QTest::newRow("integer") << "1500000"
                                 << "1500000";
        QTest::newRow("money") << "33333.33"
                               << "33333.33";
        QTest::newRow("binary noise of 0.1+0.2") << "0.30000000000000004"
                                                 << "0.3";
        QTest::newRow("binary noise below") << "99999.989999999991"
                                            << "99999.99";
        QTest::newRow("exponent") << "1.2345678901234501E+17"
                                  << "123456789012345000";
        QTest::newRow("small exponent") << "1E-3"
                                        << "0.001";
        QTest::newRow("lower-case exponent") << "2.5e2"
                                             << "250";
        QTest::newRow("negative") << "-2"
                                  << "-2";
        QTest::newRow("negative zero") << "-0"
                                       << "0";
        QTest::newRow("trailing zeros") << "12.500"
                                        << "12.5";
        QTest::newRow("leading zeros") << "007"
                                       << "7";
        QTest::newRow("carry through nines") << "9.9999999999999999"
                                             << "10";
        QTest::newRow("LibreOffice 15 digits") << "46360.6041666667"
                                               << "46360.6041666667";
        QTest::newRow("plus sign") << "+4"
                                   << "4";
    }
    void canonical_showsWhatExcelShows()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QCOMPARE(ExcelNumber::canonical(stored).value_or(QStringLiteral("<none>")), expected);
    }

    void canonical_refusesWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("stored");
        for (const char *bad : {"", "abc", "1e", "--1", "1.2.3", "1,5", ".", "1e999", "0x10", "1 2"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void canonical_refusesWhatIsNotANumber()
    {
        QFETCH(QString, stored);
        QVERIFY(!ExcelNumber::canonical(stored).has_value());
    }

    void significantDigits_countsWithoutZeros()
    {
        QCOMPARE(ExcelNumber::significantDigits(u"1500"), 2);
        QCOMPARE(ExcelNumber::significantDigits(u"0.0012"), 2);
        QCOMPARE(ExcelNumber::significantDigits(u"123456789012.3456"), 16);
    }

    void serial_followsThe1900And1904Systems_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::newRow("1900-01-01") << "1" << false << QDate(1900, 1, 1) << QTime(0, 0);
        QTest::newRow("before the leap-year bug") << "59" << false << QDate(1900, 2, 28) << QTime(0, 0);
        QTest::newRow("after the leap-year bug") << "61" << false << QDate(1900, 3, 1) << QTime(0, 0);
        QTest::newRow("invoice day") << "46360" << false << QDate(2026, 12, 4) << QTime(0, 0);
        QTest::newRow("14:30 stored by Excel")
            << "46360.604166666664" << false << QDate(2026, 12, 4) << QTime(14, 30);
        QTest::newRow("14:30 stored by LibreOffice")
            << "46360.6041666667" << false << QDate(2026, 12, 4) << QTime(14, 30);
        QTest::newRow("just before midnight rounds up")
            << "46360.99999999999" << false << QDate(2026, 12, 5) << QTime(0, 0);
        QTest::newRow("time only") << "0.5" << false << QDate() << QTime(12, 0);
        QTest::newRow("1904 epoch") << "0" << true << QDate(1904, 1, 1) << QTime(0, 0);
        QTest::newRow("1904 invoice day") << "44898" << true << QDate(2026, 12, 4) << QTime(0, 0);
        QTest::newRow("last day") << "2958465" << false << QDate(9999, 12, 31) << QTime(0, 0);
    }
    void serial_followsThe1900And1904Systems()
    {
        QFETCH(QString, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        const std::optional<ExcelDate::Value> value = ExcelDate::fromSerial(serial, date1904);
        QVERIFY(value.has_value());
        QCOMPARE(value->date, date);
        QCOMPARE(value->time, time);
    }

    void serial_refusesDaysThatNeverWere()
    {
        QVERIFY(!ExcelDate::fromSerial(u"60", false)); // 1900-02-29
        QVERIFY(!ExcelDate::fromSerial(u"-1", false));
        QVERIFY(!ExcelDate::fromSerial(u"2958466", false)); // after 9999-12-31
        QVERIFY(ExcelDate::fromSerial(u"60", true)); // the 1904 system has no such day
    }

    void daysOf_isTheInverseOfTheSerial()
    {
        for (const QDate &date :
            {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2026, 12, 4)}) {
            for (bool date1904 : {false, true}) {
                if (date1904 && date.year() < 1904)
                    continue;
                QCOMPARE(
                    ExcelDate::dateFromDays(ExcelDate::daysOf(date, date1904), date1904).value_or(QDate()),
                    date);
            }
        }
        QCOMPARE(ExcelDate::daysOf(QDate(2026, 12, 4), false), 46360);
    }

    void classify_readsCustomFormats_data()
    {
        using Kind = XlsxNumberFormat::Kind;
        QTest::addColumn<QString>("code");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("General") << "General" << Kind::General;
        QTest::newRow("thousands") << "#,##0" << Kind::Number;
        QTest::newRow("dong sign quoted") << "#,##0 \"đ\"" << Kind::Number;
        QTest::newRow("text d in quotes") << "0 \"days\"" << Kind::Number;
        QTest::newRow("escaped d") << "0\\d" << Kind::Number;
        QTest::newRow("percent") << "0.00%" << Kind::Percent;
        QTest::newRow("scientific") << "0.00E+00" << Kind::Number;
        QTest::newRow("text") << "@" << Kind::Text;
        QTest::newRow("Vietnamese date") << "dd/mm/yyyy" << Kind::Date;
        QTest::newRow("LibreOffice upper case") << "DD/MM/YYYY" << Kind::Date;
        QTest::newRow("locale prefix") << "[$-42A]dd/mm/yyyy" << Kind::Date;
        QTest::newRow("month and year") << "mmm-yy" << Kind::Date;
        QTest::newRow("date time") << "dd/mm/yyyy\\ hh:mm" << Kind::DateTime;
        QTest::newRow("time") << "h:mm" << Kind::Time;
        QTest::newRow("minutes only") << "mm:ss" << Kind::Time;
        QTest::newRow("AM/PM") << "h AM/PM" << Kind::Time;
        QTest::newRow("elapsed hours") << "[h]:mm:ss" << Kind::Duration;
        QTest::newRow("red negatives") << "#,##0;[Red]-#,##0" << Kind::Number;
        QTest::newRow("accounting") << "_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* \"-\"\\ _₫_-;_-@_-"
                                    << Kind::Number;
        QTest::newRow("General with sections") << "General;-General" << Kind::Number;
    }
    void classify_readsCustomFormats()
    {
        QFETCH(QString, code);
        QFETCH(XlsxNumberFormat::Kind, kind);
        QCOMPARE(XlsxNumberFormat::classify(code), kind);
    }

    void builtin_knowsTheDateIds()
    {
        using Kind = XlsxNumberFormat::Kind;
        QCOMPARE(XlsxNumberFormat::builtin(14).kind, Kind::Date);
        QCOMPARE(XlsxNumberFormat::builtin(22).kind, Kind::DateTime);
        QCOMPARE(XlsxNumberFormat::builtin(20).kind, Kind::Time);
        QCOMPARE(XlsxNumberFormat::builtin(46).kind, Kind::Duration);
        QCOMPARE(XlsxNumberFormat::builtin(9).kind, Kind::Percent);
        QCOMPARE(XlsxNumberFormat::builtin(49).kind, Kind::Text);
        QCOMPARE(XlsxNumberFormat::builtin(3).code, QStringLiteral("#,##0"));
        QCOMPARE(XlsxNumberFormat::builtin(57).kind, Kind::Date); // East Asian
        QCOMPARE(XlsxNumberFormat::builtin(0).kind, Kind::General);
    }

    void cellRef_parsesA1AndRefusesOutsideTheGrid()
    {
        const auto c5 = XlsxCellRef::parse(u"C5");
        QVERIFY(c5);
        QCOMPARE(c5->column, 2);
        QCOMPARE(c5->row, 5);
        QCOMPARE(XlsxCellRef::parse(u"$AA$10")->column, 26);
        QCOMPARE(XlsxCellRef::parse(u"XFD1048576")->column, 16383);
        for (const char16_t *bad : {u"XFE1", u"A0", u"A1048577", u"1A", u"A", u"A-1", u"ABCDE1", u""})
            QVERIFY2(!XlsxCellRef::parse(bad), QString::fromUtf16(bad).toUtf8());
        const auto range = XlsxCellRange::parse(u"C3:A1");
        QVERIFY(range);
        QCOMPARE(range->first.column, 0);
        QCOMPARE(range->last.row, 3);
        QCOMPARE(spreadsheetColumnName(0), QStringLiteral("A"));
        QCOMPARE(spreadsheetColumnName(25), QStringLiteral("Z"));
        QCOMPARE(spreadsheetColumnName(26), QStringLiteral("AA"));
        QCOMPARE(spreadsheetColumnName(16383), QStringLiteral("XFD"));
        QCOMPARE(spreadsheetCellName(2, 5), QStringLiteral("C5"));
    }
};

QTEST_GUILESS_MAIN(TstExcelValues)
#include "tst_excelvalues.moc"
