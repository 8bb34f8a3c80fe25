#include "batch/batchimporter.h"
#include "batch/batchtemplate.h"
#include "batch/batchvalues.h"
#include "batch/csvreader.h"
#include "core/clock.h"
#include "core/invoicejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace einvoice;

namespace {

const QByteArray Header = QByteArrayLiteral(
    "Mã nhóm hóa đơn,Ngày hóa đơn,Ký hiệu,Tài khoản nhà cung cấp,Tên người mua,Mã số thuế,Địa chỉ,"
    "Tên hàng hóa,ĐVT,Số lượng,Đơn giá,Thuế suất\n");
const QByteArray Head = QByteArrayLiteral("C26TAA,5b1c2e40-1a2b-11f1-9c3d-0242ac120002,Công ty Mẫu,");

QByteArray row(const QByteArray &key, const QByteArray &date, const QByteArray &tax, const QByteArray &rest)
{
    return key + ',' + date + ',' + Head + tax + ",\"1 Lê Lợi, TP.HCM\"," + rest + '\n';
}

} // namespace

class TstBatchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_readsSeparatorsQuotesAndBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("secondRecord");
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << QStringLiteral(",")
                               << QStringList {QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << QStringLiteral(";")
                                   << QStringList {QStringLiteral("1,5"), QStringLiteral("2")};
        QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n")
                                  << QStringLiteral(",")
                                  << QStringList {QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("quoted") << QByteArray("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\n") << QStringLiteral(",")
                                << QStringList {QStringLiteral("x, \"y\""), QStringLiteral("two\nlines")};
        QTest::newRow("blank lines") << QByteArray("a,b\n\n,\n1,2") << QStringLiteral(",")
                                     << QStringList {QStringLiteral("1"), QStringLiteral("2")};
    }
    void csv_readsSeparatorsQuotesAndBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        QFETCH(QStringList, secondRecord);
        QChar found;
        const QList<CsvRecord> records = CsvReader::parse(bytes, &found);
        QCOMPARE(QString(found), separator);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().fields.first(), QStringLiteral("a"));
        QCOMPARE(records.at(1).fields, secondRecord);
    }

    void values_parseSpreadsheetCells_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        // Vietnam's wall time, whatever the zone of the machine (issue 16.5).
        QTest::newRow("date vn") << QStringLiteral("date") << "05/01/2026"
                                 << "2026-01-05T00:00:00+07:00";
        QTest::newRow("date short") << QStringLiteral("date") << "5/1/2026 9:30"
                                    << "2026-01-05T09:30:00+07:00";
        QTest::newRow("date iso") << QStringLiteral("date") << "2026-01-05"
                                  << "2026-01-05T00:00:00+07:00";
        QTest::newRow("date us rejected") << QStringLiteral("date") << "01/31/2026"
                                          << "";
        QTest::newRow("date negative year (fuzz_date_input)") << QStringLiteral("date") << "5-1--2026"
                                                              << "";
        QTest::newRow("number grouped") << QStringLiteral("number") << "1.500.000"
                                        << "1500000";
        QTest::newRow("number comma decimal") << QStringLiteral("number") << "2,5"
                                              << "2.5";
        QTest::newRow("number thousands is not guessed") << QStringLiteral("number") << "50.000"
                                                         << "";
        QTest::newRow("number both") << QStringLiteral("number") << "1,234.50"
                                     << "1234.5";
        QTest::newRow("number junk") << QStringLiteral("number") << "abc"
                                     << "";
        QTest::newRow("rate 10") << QStringLiteral("rate") << "10%"
                                 << "10";
        QTest::newRow("rate kct") << QStringLiteral("rate") << "KCT"
                                  << "-2";
        QTest::newRow("rate kkknt") << QStringLiteral("rate") << "kkknt"
                                    << "-1";
        QTest::newRow("rate -1") << QStringLiteral("rate") << "-1"
                                 << "-1";
        QTest::newRow("rate 7") << QStringLiteral("rate") << "7"
                                << "";
        QTest::newRow("tax 9 digits") << QStringLiteral("tax") << "312456782"
                                      << "0312456782";
        QTest::newRow("tax branch") << QStringLiteral("tax") << "312456782-001"
                                    << "0312456782-001";
        QTest::newRow("tax valid kept") << QStringLiteral("tax") << "0312456782"
                                        << "0312456782";
    }
    void values_parseSpreadsheetCells()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString actual;
        if (kind == QLatin1String("date")) {
            const auto date = batchvalues::parseDate(input);
            actual = date ? date->toString(Qt::ISODate) : QString();
        } else if (kind == QLatin1String("number")) {
            const auto number = batchvalues::parseNumber(input).value;
            actual = number ? number->toString() : QString();
        } else if (kind == QLatin1String("rate")) {
            const auto rate = batchvalues::parseTaxRate(input);
            actual = rate ? QString::number(toWire(*rate)) : QString();
        } else {
            actual = batchvalues::restoreTaxCode(input);
        }
        QCOMPARE(actual, expected);
    }

    void import_groupsRowsByKey()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" + Header
            + row("A", "05/01/2026", "312456782", "Bàn phím,cái,2,150000,10")
            + row("B", "2026-01-05", "", "Sách,cuốn,1,45000,KCT") + "A,,,,,,,Phí lắp đặt,lần,1,50000,8\n";
        const BatchImport result = BatchImporter::import(bytes, validation());
        QCOMPARE(result.invoices.size(), 2);
        const BatchInvoice &a = result.invoices.first();
        QCOMPARE(a.rows, (QList<int> {2, 4}));
        QCOMPARE(a.invoice.lines.size(), 2);
        QCOMPARE(a.invoice.lines.at(1).taxRate, TaxRate::Eight);
        QCOMPARE(a.invoice.buyer.taxCode, QStringLiteral("0312456782"));
        QVERIFY2(!a.hasErrors(), qPrintable(a.problems.value(0).message));
        QCOMPARE(result.invoices.at(1).invoice.lines.first().taxRate, TaxRate::NotSubject);
        QCOMPARE(result.invoices.at(1).invoice.buyer.type, BuyerType::Personal);
        QVERIFY(a.invoice.referenceCode.isEmpty()); // given by the batch planner from the source and key
    }

    // A row that names the invoice and nothing else (found by fuzz_batch_import): its blank line
    // is not sent and not checked, and the invoice sent is the one read.
    void import_aRowWithOnlyTheKey_addsNothingToSend()
    {
        const QByteArray bytes
            = Header + row("A", "05/01/2026", "312456782", "Bàn phím,cái,2,150000,10") + "A,,,,,,,,,,,\r\n";
        const BatchImport result = BatchImporter::import(bytes, validation());
        QCOMPARE(result.invoices.size(), 1);
        const BatchInvoice &a = result.invoices.first();
        QVERIFY2(!a.hasErrors(), qPrintable(a.problems.value(0).message));
        const QJsonArray items = json::toCreatePayload(a.invoice).value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QLatin1String("item_name")).toString(),
            QStringLiteral("Bàn phím"));
    }

    void import_reportsRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        QTest::newRow("bad date") << row("A", "31/02/2026", "", "X,cái,1,1000,10") << 2
                                  << QStringLiteral("issued_date");
        QTest::newRow("bad rate on second line") << row("A", "05/01/2026", "", "X,cái,1,1000,10")
                + "A,,,,,,,Y,cái,1,1000,7\n" << 3 << "tax_rate";
        QTest::newRow("bad number") << row("A", "05/01/2026", "", "X,cái,abc,1000,10") << 2
                                    << QStringLiteral("quantity");
        QTest::newRow("empty key") << row("", "05/01/2026", "", "X,cái,1,1000,10") << 2
                                   << QStringLiteral("invoice_key");
        QTest::newRow("conflicting buyer")
            << row("A", "05/01/2026", "", "X,cái,1,1000,10") + row("A", "06/01/2026", "", "Y,cái,1,1000,10")
            << 3 << "issued_date";
        QTest::newRow("validator: no quantity")
            << row("A", "05/01/2026", "", "X,cái,,1000,10") << 2 << "quantity";
    }
    void import_reportsRowAndColumn()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, row);
        QFETCH(QString, column);
        const BatchImport result = BatchImporter::import(Header + body, validation());
        QCOMPARE(result.errorCount(), 1);
        bool found = false;
        for (const BatchInvoice &invoice : result.invoices) {
            for (const RowProblem &problem : invoice.problems)
                found = found || (problem.error && problem.row == row && problem.column == column);
        }
        QVERIFY2(found,
            qPrintable(result.invoices.first().problems.value(0).column + u' '
                + result.invoices.first().problems.value(0).message));
    }

    void import_reportsMissingColumns()
    {
        const BatchImport result = BatchImporter::import(QByteArray("foo,bar\n1,2\n"));
        QCOMPARE(result.fileProblems.size(), 1);
        QCOMPARE(result.fileProblems.first().column, QStringLiteral("item_name"));
    }

    void template_importsWithoutErrors()
    {
        BatchImportOptions options = validation();
        options.providerAccountId = QStringLiteral("5b1c2e40-1a2b-11f1-9c3d-0242ac120002");
        const QByteArray bytes = BatchTemplate::csv(QDate(2026, 1, 5));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const BatchImport result = BatchImporter::import(bytes, options);
        QCOMPARE(result.invoices.size(), 2);
        QCOMPARE(result.invoices.first().invoice.lines.size(), 2);
        QCOMPARE(result.errorCount(), 0);
    }

private:
    static BatchImportOptions validation()
    {
        static ManualClock clock(QDateTime(QDate(2026, 1, 10), QTime(5, 0), Qt::UTC));
        BatchImportOptions options;
        options.validation.clock = &clock;
        return options;
    }
};

QTEST_GUILESS_MAIN(TstBatchImport)
#include "tst_batchimport.moc"
