// Issue 20: batch files saved as Excel workbooks. Committed workbooks from two independent
// producers (openpyxl and LibreOffice, fixtures/make_batch_fixtures.py), workbooks written by the
// app's own writer, and every refusal: each bad file imports nothing and says why.

#include "batch/batchfilereader.h"
#include "batch/batchimporter.h"
#include "batch/batchworkbooktemplate.h"
#include "core/clock.h"
#include "core/vietnamtime.h"
#include "identityfixture.h"
#include "spreadsheet/exporttable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BATCH_FIXTURES "/") + name;
}

BatchImportOptions options()
{
    static ManualClock clock(QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()));
    BatchImportOptions result;
    result.validation.clock = &clock;
    result.invoiceSeries = QStringLiteral("C26TAA");
    result.providerAccountId = QStringLiteral("acc-1");
    return result;
}

QString problems(const BatchImport &batch)
{
    QStringList all;
    for (const RowProblem &problem : batch.fileProblems)
        all << QString::number(problem.row) + u' ' + problem.message;
    for (const BatchInvoice &invoice : batch.invoices) {
        for (const RowProblem &problem : invoice.problems)
            all << QString::number(problem.row) + u' ' + problem.column + u' ' + problem.message;
    }
    return all.join(u'\n');
}

const RowProblem *problemAt(const BatchInvoice &invoice, int row, const QString &column)
{
    for (const RowProblem &problem : invoice.problems) {
        if (problem.row == row && problem.column == column)
            return &problem;
    }
    return nullptr;
}

// The sandbox's account: VAT invoices (template 1) on C26TAA, sales invoices (template 2) on C26TBB.
ProviderAccount twoTemplateAccount()
{
    ProviderAccount account;
    account.id = QStringLiteral("acc-1");
    account.active = true;
    account.templates = {{QStringLiteral("1"), QStringLiteral("C26TAA"), QStringLiteral("1 - C26TAA")},
        {QStringLiteral("2"), QStringLiteral("C26TBB"), QStringLiteral("2 - C26TBB")}};
    return account;
}

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

class TstBatchWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void producers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("formulaSaved"); // openpyxl saves formulas without their result
        QTest::newRow("openpyxl") << QStringLiteral("openpyxl-batch.xlsx") << false;
        QTest::newRow("LibreOffice") << QStringLiteral("libreoffice-batch.xlsx") << true;
    }

    // The second sheet (the first has no header), under a merged group heading; typed numbers,
    // dates, a percentage, tax codes as text and as a number, a formula by its saved value.
    void producers()
    {
        QFETCH(QString, file);
        QFETCH(bool, formulaSaved);
        const CsvFile read = BatchFileReader::read(fixture(file));
        QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
        QCOMPARE(read.sheetName, QStringLiteral("Hóa đơn T12"));
        QCOMPARE(read.records.first().line, 2);
        const BatchImport batch = BatchImporter::import(read, options());
        QVERIFY2(batch.fileProblems.isEmpty(), qPrintable(problems(batch)));
        QCOMPARE(batch.invoices.size(), 2);

        const BatchInvoice &first = batch.invoices.at(0);
        QCOMPARE(first.key, QStringLiteral("HD01"));
        QCOMPARE(first.rows, (QList<int> {3, 4}));
        QCOMPARE(first.invoice.issuedAt.date(), QDate(2026, 12, 4));
        QCOMPARE(first.invoice.buyer.legalName, QStringLiteral("Công ty TNHH Minh Anh"));
        QCOMPARE(first.invoice.buyer.taxCode, QStringLiteral("0312456782"));
        QVERIFY(!problemAt(first, 3, QStringLiteral("buyer_tax_code")));
        QCOMPARE(first.invoice.lines.size(), 2);
        QCOMPARE(first.invoice.lines.at(0).quantity, dec("10"));
        QCOMPARE(first.invoice.lines.at(0).unitPrice, dec("3500"));
        QCOMPARE(first.invoice.lines.at(0).taxRate, TaxRate::Ten); // 10 % in a percentage cell
        QCOMPARE(first.invoice.lines.at(1).quantity, dec("2.5"));
        QCOMPARE(first.invoice.lines.at(1).taxRate, TaxRate::Eight);
        const RowProblem *formula = problemAt(first, 4, QStringLiteral("unit_price"));
        if (formulaSaved) {
            QCOMPARE(first.invoice.lines.at(1).unitPrice, dec("50000"));
            QVERIFY2(!first.hasErrors(), qPrintable(problems(batch)));
        } else {
            QVERIFY(formula && formula->error);
            QVERIFY2(
                formula->message.contains(QLatin1String("without its result")), qPrintable(formula->message));
        }

        const BatchInvoice &second = batch.invoices.at(1);
        QCOMPARE(second.key, QStringLiteral("HD02"));
        QCOMPARE(second.firstRow, 6);
        // Stored as the number 100109106: the zero comes back, as from a CSV, and is reported.
        QCOMPARE(second.invoice.buyer.taxCode, QStringLiteral("0100109106"));
        const RowProblem *restored = problemAt(second, 6, QStringLiteral("buyer_tax_code"));
        QVERIFY(restored && !restored->error);
        QCOMPARE(second.invoice.lines.at(0).taxRate, TaxRate::NotSubject);
        QCOMPARE(second.invoice.lines.at(0).unitPrice, dec("1500000"));
        QVERIFY2(!second.hasErrors(), qPrintable(problems(batch)));
    }

    void namedSheet()
    {
        const CsvFile notes = BatchFileReader::read(fixture(QStringLiteral("openpyxl-batch.xlsx")),
            QStringLiteral("ghi chú")); // Excel's names ignore case
        QVERIFY(notes.records.isEmpty());
        QVERIFY2(notes.problem.contains(QStringLiteral("Ghi chú")), qPrintable(notes.problem));
        const CsvFile missing = BatchFileReader::read(
            fixture(QStringLiteral("openpyxl-batch.xlsx")), QStringLiteral("Tháng 13"));
        QVERIFY(missing.records.isEmpty());
        QVERIFY2(missing.problem.contains(QStringLiteral("Hóa đơn T12")), qPrintable(missing.problem));
        const CsvFile named = BatchFileReader::read(
            fixture(QStringLiteral("libreoffice-batch.xlsx")), QStringLiteral("Hóa đơn T12"));
        QVERIFY2(named.problem.isEmpty(), qPrintable(named.problem));
        QCOMPARE(BatchImporter::import(named, options()).invoices.size(), 2);
    }

    // The app's writer as the producer: text tax codes are kept exactly (even one that lost its
    // zero: that is what was typed, and the validator says it is wrong), typed numbers are never
    // ambiguous and never conflict with a stated separator, a formula error is its cell's error.
    void typedCells()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thang12.xlsx"));
        ExportTable sheet;
        sheet.sheetName = QStringLiteral("Sheet1");
        sheet.columns = {XlsxColumn::of(QStringLiteral("Mã nhóm hóa đơn")),
            XlsxColumn::of(QStringLiteral("Tên người mua")),
            XlsxColumn::of(QStringLiteral("Mã số thuế"), XlsxColumn::Kind::Code),
            XlsxColumn::of(QStringLiteral("Tên hàng hóa, dịch vụ")),
            XlsxColumn::of(QStringLiteral("Số lượng"), XlsxColumn::Kind::Number),
            XlsxColumn::of(QStringLiteral("Đơn giá"), XlsxColumn::Kind::Number),
            XlsxColumn::of(QStringLiteral("Thuế suất")),
            XlsxColumn::of(QStringLiteral("Ngày hóa đơn"), XlsxColumn::Kind::DateTime),
            XlsxColumn::of(QStringLiteral("Địa chỉ"))};
        // A moment is written as Vietnam's wall-clock time: 4 Dec 2026 23:30 there.
        const QDateTime late(QDate(2026, 12, 4), QTime(16, 30), QTimeZone::utc());
        const QString address = QStringLiteral("1 Lê Lợi, Huế");
        sheet.append({QStringLiteral("A"), QStringLiteral("Công ty Một"), QStringLiteral("0312456782"),
            QStringLiteral("Bàn"), dec("1.5"), qint64(1500), qint64(10), late, address});
        sheet.append({QStringLiteral("B"), QStringLiteral("Công ty Hai"), QStringLiteral("312456782"),
            QStringLiteral("Ghế"), dec("1.234"), dec("1234.5"), qint64(8), late, address});
        sheet.append({QStringLiteral("C"), QStringLiteral("Chị Ba"), QString(), QStringLiteral("#N/A"),
            qint64(2), qint64(1000), QStringLiteral("5"), late, address});
        SpreadsheetError error;
        QVERIFY2(ExportTableWriter::writeXlsx({sheet}, path, &error), qPrintable(error.toString()));
        BatchImportOptions stated = options();
        for (const BatchColumn number : {BatchColumn::Quantity, BatchColumn::UnitPrice})
            stated.decimalSeparators.insert(number, u','); // the CLI's --decimal-separator ,
        const BatchImport batch = BatchImporter::import(BatchFileReader::read(path), stated);
        QCOMPARE(batch.invoices.size(), 3);
        QCOMPARE(batch.confirmationCount(), 0);
        const BatchInvoice &a = batch.invoices.at(0);
        QCOMPARE(a.invoice.buyer.taxCode, QStringLiteral("0312456782"));
        QCOMPARE(a.invoice.lines.at(0).quantity, dec("1.5"));
        QCOMPARE(a.invoice.lines.at(0).unitPrice, dec("1500"));
        QCOMPARE(a.invoice.issuedAt, VietnamTime::fromWallTime(QDate(2026, 12, 4), QTime(23, 30)));
        QVERIFY2(!a.hasErrors(), qPrintable(problems(batch)));
        const BatchInvoice &b = batch.invoices.at(1);
        QCOMPARE(b.invoice.buyer.taxCode, QStringLiteral("312456782")); // text: as typed
        QVERIFY(problemAt(b, 3, QStringLiteral("buyer_tax_code"))->error);
        const RowProblem *decimals = problemAt(b, 3, QStringLiteral("quantity"));
        QVERIFY2(decimals && decimals->error && !decimals->needsConfirmation(), qPrintable(problems(batch)));
        QCOMPARE(b.invoice.lines.at(0).unitPrice, dec("1234.5"));
        // "#N/A" typed as text is text; only a formula's error is an error cell.
        QCOMPARE(batch.invoices.at(2).invoice.lines.at(0).itemName, QStringLiteral("#N/A"));
    }

    // What a workbook's sheet holds does not depend on the name: a CSV saved as .xlsx is read as
    // CSV, a workbook named .csv as a workbook.
    void formatByContent()
    {
        QTemporaryDir dir;
        const QString csvNamedXlsx = dir.filePath(QStringLiteral("a.xlsx"));
        QFile csv(csvNamedXlsx);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Tên hàng hóa,Số lượng,Đơn giá\nBàn,1,1000\n");
        csv.close();
        const CsvFile fromCsv = BatchFileReader::read(csvNamedXlsx);
        QVERIFY2(fromCsv.problem.isEmpty(), qPrintable(fromCsv.problem));
        QVERIFY(fromCsv.sheetName.isEmpty());
        QCOMPARE(fromCsv.records.size(), 2);
        const QString workbookNamedCsv = dir.filePath(QStringLiteral("b.csv"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("libreoffice-batch.xlsx")), workbookNamedCsv));
        QCOMPARE(BatchFileReader::read(workbookNamedCsv).sheetName, QStringLiteral("Hóa đơn T12"));
        QVERIFY(BatchFileReader::isWorkbook(workbookNamedCsv));
        // A CSV with a stray NUL stays a CSV, whose reader names the cell.
        const QString withNul = dir.filePath(QStringLiteral("c.csv"));
        QFile nul(withNul);
        QVERIFY(nul.open(QIODevice::WriteOnly));
        nul.write(QByteArray("Tên hàng hóa,Số lượng\nB\0n,1\n", 36));
        nul.close();
        const CsvFile fromNul = BatchFileReader::read(withNul);
        QVERIFY2(fromNul.problem.isEmpty(), qPrintable(fromNul.problem));
        QCOMPARE(fromNul.records.size(), 2);
        QVERIFY(!BatchFileReader::isWorkbook(csvNamedXlsx));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("copyOf");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("says");
        const QString spreadsheets = QStringLiteral(SPREADSHEET_FIXTURES "/");
        QTest::newRow(".xls") << QByteArray() << spreadsheets + QStringLiteral("libreoffice-invoices.xls")
                              << QString() << QStringLiteral(".xlsx");
        QTest::newRow(".ods") << QByteArray() << spreadsheets + QStringLiteral("libreoffice-invoices.ods")
                              << QString() << QStringLiteral("OpenDocument");
        QTest::newRow("no sheet with the header")
            << QByteArray() << spreadsheets + QStringLiteral("openpyxl-1904.xlsx") << QString()
            << QStringLiteral("Mac");
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04garbage that is no zip", 26) << QString()
                                   << QString() << QString();
        QTest::newRow("a PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << QString() << QString()
                               << QString();
        QTest::newRow("a web page saved as .xls")
            << QByteArray("<html><body><table><tr><td>Tên hàng</td></tr></table></body></html>") << QString()
            << QString() << QString();
        QTest::newRow("a sheet named for a CSV") << QByteArray("Tên hàng hóa\nBàn\n") << QString()
                                                 << QStringLiteral("Sheet1") << QStringLiteral("CSV");
    }

    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, copyOf);
        QFETCH(QString, sheet);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hoadon.xlsx"));
        if (copyOf.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            QVERIFY(QFile::copy(copyOf, path));
        }
        const CsvFile read = BatchFileReader::read(path, sheet);
        QVERIFY(read.records.isEmpty());
        QVERIFY(!read.problem.isEmpty());
        QVERIFY2(read.problem.contains(says), qPrintable(read.problem));
        const BatchImport batch = BatchImporter::import(read, options());
        QVERIFY(batch.invoices.isEmpty());
        QCOMPARE(batch.fileProblems.size(), 1);
        QCOMPARE(batch.fileProblems.first().message, read.problem);
    }

    void templateColumn_data()
    {
        QTest::addColumn<bool>("workbook");
        QTest::newRow("CSV") << false;
        QTest::newRow("xlsx by openpyxl") << true; // "2" becomes the number 2
    }

    // The "Mẫu số" column puts a row on another of the account's templates, with that template's
    // series; a row that leaves it empty keeps the chosen template, and a template the account
    // does not have is refused on its row and column.
    void templateColumn()
    {
        QFETCH(bool, workbook);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("mau-so.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Mã nhóm hóa đơn;Ngày hóa đơn;Mẫu số;Ký hiệu;Tên người mua;Tên hàng hóa, dịch vụ;Số lượng;"
                   "Đơn giá;Thuế suất\n"
                   "BH1;05/12/2026;2;C26TBB;Trần Thị B;Sách;3;45000;\n"
                   "GT1;05/12/2026;;C26TAA;Nguyễn Văn A;Bàn phím;2;150000;10\n"
                   "GT2;05/12/2026;3;C26TAA;Lê Văn C;Vở;1;10000;10\n");
        file.close();
        QString path = csv;
        if (workbook) {
            path = dir.filePath(QStringLiteral("mau-so.xlsx"));
            QVERIFY(test::xlsxTool({QStringLiteral("from-csv"), csv, path}));
        }
        BatchImportOptions withAccount = options();
        withAccount.validation.account = twoTemplateAccount();
        const BatchImport batch = BatchImporter::import(BatchFileReader::read(path), withAccount);
        QVERIFY2(batch.fileProblems.isEmpty(), qPrintable(problems(batch)));
        QCOMPARE(batch.columns.index(BatchColumn::TemplateCode), 2);
        QCOMPARE(batch.invoices.size(), 3);
        const BatchInvoice &sales = batch.invoices.at(0);
        QVERIFY2(sales.problems.isEmpty(), qPrintable(problems(batch)));
        QCOMPARE(sales.invoice.templateCode, QStringLiteral("2"));
        QCOMPARE(sales.invoice.invoiceSeries, QStringLiteral("C26TBB"));
        const BatchInvoice &chosen = batch.invoices.at(1);
        QVERIFY2(chosen.problems.isEmpty(), qPrintable(problems(batch)));
        QCOMPARE(chosen.invoice.templateCode, QStringLiteral("1"));
        const BatchInvoice &unknown = batch.invoices.at(2);
        QVERIFY(unknown.hasErrors());
        const RowProblem *refused = problemAt(unknown, 4, QStringLiteral("template_code"));
        QVERIFY2(refused && refused->error, qPrintable(problems(batch)));
        QVERIFY2(refused->message.contains(u'3'), qPrintable(refused->message));
    }

    // The .xlsx template imports back as it is: one invoice of two lines, no problem at all.
    void template_importsBackCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mau.xlsx"));
        SpreadsheetError error;
        QVERIFY2(
            BatchWorkbookTemplate::write(path, QDate(2026, 12, 5), {}, &error), qPrintable(error.toString()));
        const CsvFile read = BatchFileReader::read(path);
        QVERIFY2(read.problem.isEmpty(), qPrintable(read.problem));
        QCOMPARE(read.sheetName, QStringLiteral("Hóa đơn"));
        const BatchImport batch = BatchImporter::import(read, options());
        QVERIFY2(batch.errorCount() == 0 && batch.fileProblems.isEmpty(), qPrintable(problems(batch)));
        QCOMPARE(batch.invoices.size(), 2);
        QVERIFY2(batch.invoices.first().problems.isEmpty(), qPrintable(problems(batch)));
        const Invoice &invoice = batch.invoices.first().invoice;
        QCOMPARE(invoice.templateCode, QStringLiteral("1"));
        QCOMPARE(invoice.lines.size(), 2);
        QCOMPARE(invoice.buyer.taxCode, QStringLiteral("0312456782"));
        QCOMPARE(invoice.issuedAt.date(), QDate(2026, 12, 5));
        QCOMPARE(invoice.invoiceSeries, QStringLiteral("C26TAA"));
        QCOMPARE(invoice.currency, Currency::VND);
        QCOMPARE(invoice.paymentMethod, std::optional<PaymentMethod>(PaymentMethod::Transfer));
        QCOMPARE(invoice.lines.at(0).unitPrice, dec("150000"));
        QCOMPARE(invoice.lines.at(1).taxRate, TaxRate::Eight);
        // Every header is named by its Vietnamese line, whichever language reads it.
        QCOMPARE(batch.columns.index(BatchColumn::TemplateCode), 2);
        QCOMPARE(batch.columnName(QStringLiteral("template_code")), QStringLiteral("\"Mẫu số / Template\""));
        QCOMPARE(batch.columns.index(BatchColumn::Currency), 4);
        QCOMPARE(batch.columns.index(BatchColumn::Notes), 19);
    }

    // Files are not the UI: the same file gives the same amounts, problems and questions whether
    // the app shows English or Vietnamese numbers (the editor reads typed numbers the UI's way).
    void sameFile_sameAmountsInEitherUiLanguage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("openpyxl") << QStringLiteral("openpyxl-batch.xlsx");
        QTest::newRow("LibreOffice") << QStringLiteral("libreoffice-batch.xlsx");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void sameFile_sameAmountsInEitherUiLanguage()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QString path = fixture(file);
        if (file == QLatin1String("csv")) {
            path = dir.filePath(QStringLiteral("mixed.csv"));
            QFile csv(path);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write(QStringLiteral(
                "Mã nhóm hóa đơn,Ngày hóa đơn,Ký hiệu,Tài khoản nhà cung cấp,Loại tiền,Tên người mua,"
                "Tên hàng hóa,Số lượng,Đơn giá,Thuế suất,Tỷ lệ chiết khấu (%)\n"
                "K1,05/12/2026,C26TAA,acc-1,VND,Trần Thị B,Hàng,\"1,5\",\"1.500.000\",10,\"2,5\"\n"
                "K2,05/12/2026,C26TAA,acc-1,VND,Trần Thị B,Hàng,2,\"1.500\",10,\n"
                "K3,05/12/2026,C26TAA,acc-1,VND,Trần Thị B,Hàng,\"2,5\",\"1.500,75\",10,\n")
                          .toUtf8());
        }
        const auto amounts = [&path](QLocale::Language language) {
            QLocale::setDefault(QLocale(
                language, language == QLocale::Vietnamese ? QLocale::Vietnam : QLocale::UnitedStates));
            const BatchImport batch = BatchImporter::import(BatchFileReader::read(path), options());
            QStringList seen;
            const auto text = [](const std::optional<Decimal> &value) {
                return value ? value->toString() : QStringLiteral("-");
            };
            for (const BatchInvoice &invoice : batch.invoices) {
                for (const InvoiceLine &line : invoice.invoice.lines) {
                    seen << text(line.quantity) + QLatin1Char('|') + text(line.unitPrice) + QLatin1Char('|')
                            + text(line.discountPercent) + QLatin1Char('|') + text(line.discountAmount)
                            + QLatin1Char('|') + text(line.amountBeforeDiscountAndTax);
                }
                for (const RowProblem &problem : invoice.problems)
                    seen << problem.column + (problem.needsConfirmation() ? QStringLiteral("?") : QString());
            }
            QLocale::setDefault(QLocale::c());
            return seen;
        };
        const QStringList vietnamese = amounts(QLocale::Vietnamese);
        QVERIFY(!vietnamese.isEmpty());
        QCOMPARE(amounts(QLocale::English), vietnamese);
        if (file == QLatin1String("csv")) {
            // "1.500" is fifteen hundred by its column, though typed in an English UI it is 1.5.
            QCOMPARE(vietnamese,
                QStringList({QStringLiteral("1.5|1500000|2.5|-|-"), QStringLiteral("2|1500|-|-|-"),
                    QStringLiteral("2.5|1500.75|-|-|-")}));
        }
    }
};

QTEST_GUILESS_MAIN(TstBatchWorkbook)
#include "tst_batchworkbook.moc"
