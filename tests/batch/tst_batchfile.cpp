#include "batch/batchimporter.h"
#include "batch/batchtemplate.h"
#include "batch/csvreader.h"
#include "core/clock.h"
#include "core/invoicejson.h"
#include "core/vietnamtime.h"

#include <QTest>

#include <ctime>

using namespace einvoice;

namespace {

const QByteArray Header = QByteArrayLiteral(
    "Mã nhóm hóa đơn,Mã tham chiếu,Ngày hóa đơn,Ký hiệu,Tài khoản nhà cung cấp,Tên người mua,Địa chỉ,"
    "Tên hàng hóa,Số lượng,Đơn giá,Thuế suất,Ghi chú hóa đơn\n");

// A row of an invoice for a person; reference empty unless given.
QByteArray row(const QByteArray &key, const QByteArray &item, const QByteArray &notes = {},
    const QByteArray &reference = {}, const QByteArray &date = "05/01/2026")
{
    return key + ',' + reference + ',' + date + ",C26TAA,acc-1,Trần Thị B,2 Lê Lợi Huế," + item
        + ",1,1000,10," + notes + '\n';
}

BatchImportOptions options(
    const QDateTime &nowUtc = QDateTime(QDate(2026, 1, 10), QTime(5, 0), QTimeZone::utc()))
{
    static ManualClock clock(nowUtc);
    clock.setNowUtc(nowUtc);
    BatchImportOptions result;
    result.validation.clock = &clock;
    return result;
}

bool hasError(const BatchImport &batch, int line, const QString &column)
{
    for (const BatchInvoice &invoice : batch.invoices) {
        for (const RowProblem &problem : invoice.problems) {
            if (problem.error && problem.row == line && problem.column == column)
                return true;
        }
    }
    return false;
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

} // namespace

// What a batch file may hold (issues 14.3, 14.5, 14.10, 16.5, 16.6).
class TestBatchFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void import_refusesFilesWithoutInvoiceRows_data();
    void import_refusesFilesWithoutInvoiceRows();
    void import_refusesControlCharacters_data();
    void import_refusesControlCharacters();
    void import_refusesDuplicateReferenceCodes_data();
    void import_refusesDuplicateReferenceCodes();
    void import_refusesTooLongCellsByField();
    void import_refusesTooManyLinesPerInvoice();
    void import_refusesHugeFilesEarly();
    void import_readsDatesInVietnamTime();
    void import_appliesTheEditorsDateRules_data();
    void import_appliesTheEditorsDateRules();
    void template_isDatedInVietnamAndKeepsNotesEmpty();
};

void TestBatchFile::initTestCase()
{
    // The machine outside Vietnam: what made rows dated today fail (issue 16.5).
    qputenv("TZ", "UTC");
    tzset();
}

void TestBatchFile::import_refusesFilesWithoutInvoiceRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n,,\n") << QStringLiteral("empty");
    QTest::newRow("header only") << Header << QStringLiteral("no invoice rows");
    QTest::newRow("header only, cr") << QByteArray(Header).replace('\n', '\r')
                                     << QStringLiteral("no invoice rows");
    QTest::newRow("comments and header")
        << QByteArray("# note\n" + Header + "\n\n") << QStringLiteral("no invoice rows");
}

void TestBatchFile::import_refusesFilesWithoutInvoiceRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    const BatchImport batch = BatchImporter::import(bytes, options());
    QCOMPARE(batch.fileProblems.size(), 1);
    QVERIFY2(
        batch.fileProblems.first().message.contains(words), qPrintable(batch.fileProblems.first().message));
    QVERIFY(batch.errorCount() > 0);
    QVERIFY(batch.invoices.isEmpty());
}

void TestBatchFile::import_refusesControlCharacters_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column"); // empty: no error
    QTest::newRow("nul in an item name") << row("A", QByteArray("B\0n", 3)) << 2 << "item_name";
    QTest::newRow("nul in the key") << row(QByteArray("A\0", 2), "Bàn") << 2 << "invoice_key";
    QTest::newRow("bell in the note") << row("A", "Bàn", "x\x07y") << 2 << "notes";
    QTest::newRow("tab in a quoted item name") << row("A", "\"B\tn\"") << 2 << "item_name";
    QTest::newRow("line break in a quoted item name") << row("A", "\"B\nn\"") << 2 << "item_name";
    QTest::newRow("line break in a quoted note") << row("A", "Bàn", "\"dòng 1\ndòng 2\"") << 2 << "";
    QTest::newRow("nul in a second row")
        << QByteArray(row("A", "Bàn") + row("A", QByteArray("G\0", 2))) << 3 << "item_name";
    QTest::newRow("replacement character written in utf-8") << row("A", "B\xEF\xBF\xBDn") << 2 << "item_name";
}

void TestBatchFile::import_refusesControlCharacters()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(QString, column);
    const BatchImport batch = BatchImporter::import(Header + body, options());
    if (column.isEmpty()) {
        QVERIFY2(batch.errorCount() == 0, qPrintable(problems(batch)));
        QCOMPARE(batch.invoices.first().invoice.notes, QStringLiteral("dòng 1\ndòng 2"));
        return;
    }
    QVERIFY2(hasError(batch, line, column), qPrintable(problems(batch)));
    QVERIFY(batch.validInvoices().isEmpty());
}

void TestBatchFile::import_refusesDuplicateReferenceCodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("same written code")
        << QByteArray(row("A", "X", {}, "REF-1") + row("B", "Y", {}, "REF-1")) << QList<int> {2, 3};
    QTest::newRow("codes that differ in case")
        << QByteArray(row("A", "X", {}, "ref-1") + row("B", "Y", {}, "REF-1")) << QList<int> {2, 3};
    QTest::newRow("derived codes of two keys") << QByteArray(row("A", "X") + row("B", "Y")) << QList<int> {};
    QTest::newRow("keys that differ in case")
        << QByteArray(row("hd1", "X") + row("HD1", "Y")) << QList<int> {2, 3};
    QTest::newRow("third with the first's code")
        << QByteArray(row("A", "X", {}, "R") + row("B", "Y", {}, "S") + row("C", "Z", {}, "R"))
        << QList<int> {2, 4};
    QTest::newRow("same invoice on two rows")
        << QByteArray(row("A", "X", {}, "R") + row("A", "Y", {}, "R")) << QList<int> {};
}

void TestBatchFile::import_refusesDuplicateReferenceCodes()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, lines);
    const BatchImport batch = BatchImporter::import(Header + body, options());
    QList<int> flagged;
    for (const BatchInvoice &invoice : batch.invoices) {
        for (const RowProblem &problem : invoice.problems) {
            if (problem.error
                && (problem.column == QLatin1String("reference_code")
                    || problem.column == QLatin1String("invoice_key")))
                flagged << problem.row;
        }
    }
    std::sort(flagged.begin(), flagged.end());
    QCOMPARE(flagged, lines);
    if (lines.size() == 2) { // each names the other's line
        const QString first = batch.invoices.first().problems.last().message;
        QVERIFY2(first.contains(QString::number(lines.at(1))), qPrintable(first));
    }
}

void TestBatchFile::import_refusesTooLongCellsByField()
{
    const QByteArray longName(10 << 20, 'x'); // 10 MB
    const QByteArray longNote(501, 'n');
    const BatchImport batch
        = BatchImporter::import(Header + row("A", longName) + row("B", "Bàn", longNote), options());
    QVERIFY(hasError(batch, 2, QStringLiteral("item_name")));
    QVERIFY(hasError(batch, 3, QStringLiteral("notes")));
    QVERIFY2(
        problems(batch).contains(QString::number(10 << 20)), qPrintable(problems(batch))); // its real length
    QVERIFY(batch.validInvoices().isEmpty());
}

void TestBatchFile::import_refusesTooManyLinesPerInvoice()
{
    QByteArray bytes = Header;
    bytes.reserve(bytes.size() + 100000 * 80);
    for (int i = 0; i < 100000; ++i)
        bytes += row("A", "Bàn phím");
    const BatchImport batch = BatchImporter::import(bytes, options());
    QCOMPARE(batch.invoices.size(), 1);
    QVERIFY2(hasError(batch, 2, QStringLiteral("items")),
        qPrintable(batch.invoices.first().problems.value(0).message));
}

void TestBatchFile::import_refusesHugeFilesEarly()
{
    QVERIFY(BatchImporter::fileSizeProblem(BatchImporter::MaxFileBytes).isEmpty());
    const QString tooBig = BatchImporter::fileSizeProblem(BatchImporter::MaxFileBytes + 1);
    QVERIFY2(tooBig.contains(QStringLiteral("128 MB")), qPrintable(tooBig));
    QByteArray bytes = Header;
    for (int i = 0; i <= BatchImporter::MaxDataRows; ++i)
        bytes += "K,,,,,,,X,1,1,10,\n";
    const BatchImport batch = BatchImporter::import(bytes, options());
    QCOMPARE(batch.fileProblems.size(), 1);
    QVERIFY2(batch.fileProblems.first().message.contains(QStringLiteral("200000")),
        qPrintable(batch.fileProblems.first().message));
    QVERIFY(batch.invoices.isEmpty());
}

void TestBatchFile::import_readsDatesInVietnamTime()
{
    // 20:30 UTC on 4 December is 03:30 on 5 December in Vietnam: a row dated that day is today.
    const QDateTime now(QDate(2026, 12, 4), QTime(20, 30), QTimeZone::utc());
    const BatchImport batch
        = BatchImporter::import(Header + row("A", "Bàn", {}, {}, "05/12/2026"), options(now));
    QVERIFY2(batch.errorCount() == 0, qPrintable(problems(batch)));
    const QDateTime issued = batch.invoices.first().invoice.issuedAt;
    QCOMPARE(json::formatIssuedDate(issued), QStringLiteral("2026-12-05 00:00:00"));
    QCOMPARE(VietnamTime::toVietnam(issued).date(), QDate(2026, 12, 5));
}

void TestBatchFile::import_appliesTheEditorsDateRules_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("series");
    QTest::addColumn<bool>("dateError");
    QTest::addColumn<bool>("seriesError");
    QTest::newRow("today") << QByteArray("10/01/2026") << QByteArray("C26TAA") << false << false;
    QTest::newRow("tomorrow in Vietnam")
        << QByteArray("11/01/2026 08:00") << QByteArray("C26TAA") << true << false;
    QTest::newRow("before the tax approval")
        << QByteArray("02/01/2026") << QByteArray("C26TAA") << true << false;
    QTest::newRow("series of last year") << QByteArray("10/01/2026") << QByteArray("C25TAA") << false << true;
}

void TestBatchFile::import_appliesTheEditorsDateRules()
{
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, series);
    QFETCH(bool, dateError);
    QFETCH(bool, seriesError);
    BatchImportOptions withAccount = options();
    ProviderAccount account;
    account.id = QStringLiteral("acc-1");
    account.active = true;
    account.taxAuthorityApprovedDate = QDate(2026, 1, 5);
    withAccount.validation.account = account;
    QByteArray body = row("A", "Bàn", {}, {}, date);
    body.replace("C26TAA", series);
    const BatchImport batch = BatchImporter::import(Header + body, withAccount);
    QCOMPARE(hasError(batch, 2, QStringLiteral("issued_date")), dateError);
    QCOMPARE(hasError(batch, 2, QStringLiteral("invoice_series")), seriesError);
}

void TestBatchFile::template_isDatedInVietnamAndKeepsNotesEmpty()
{
    const QByteArray bytes = BatchTemplate::csv();
    const QString today = VietnamTime::today(SystemClock::instance()).toString(QStringLiteral("dd/MM/yyyy"));
    QVERIFY2(QString::fromUtf8(bytes).contains(today), qPrintable(today));
    const CsvFile file = CsvReader::read(bytes);
    QVERIFY(file.problem.isEmpty());
    QCOMPARE(file.records.first().fields.first(), QStringLiteral("Mã nhóm hóa đơn")); // comments skipped
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"# ")); // the instructions come first, as comments
    BatchImportOptions withAccount = options(SystemClock::instance().nowUtc());
    withAccount.providerAccountId = QStringLiteral("acc-1");
    const BatchImport batch = BatchImporter::import(bytes, withAccount);
    QVERIFY2(batch.errorCount() == 0, qPrintable(problems(batch)));
    for (const BatchInvoice &invoice : batch.invoices)
        QVERIFY2(invoice.invoice.notes.isEmpty(), qPrintable(invoice.invoice.notes));
}

QTEST_GUILESS_MAIN(TestBatchFile)
#include "tst_batchfile.moc"
