#include "batch/batchimporter.h"
#include "batch/batchvalues.h"
#include "core/clock.h"

#include <QTest>

using namespace einvoice;

namespace {

// One invoice per row, for a person, dated 5 January 2026, with the cells under test.
QByteArray file(const QStringList &quantities, const QStringList &prices, const QString &currency)
{
    QString text
        = QStringLiteral("Mã nhóm hóa đơn,Ngày hóa đơn,Ký hiệu,Tài khoản nhà cung cấp,Loại tiền,"
                         "Tên người mua,Tên hàng hóa,Số lượng,Đơn giá,Thuế suất,Tỷ lệ chiết khấu (%)\n");
    for (qsizetype i = 0; i < prices.size(); ++i) {
        text += QStringLiteral("K%1,05/01/2026,C26TAA,acc-1,%2,Trần Thị B,Hàng,\"%3\",\"%4\",10,\n")
                    .arg(QString::number(i + 1), currency, quantities.value(i, QStringLiteral("1")),
                        prices.at(i));
    }
    return text.toUtf8();
}

BatchImportOptions options(const QString &stated)
{
    static ManualClock clock(QDateTime(QDate(2026, 1, 10), QTime(5, 0), QTimeZone::utc()));
    BatchImportOptions result;
    result.validation.clock = &clock;
    if (!stated.isEmpty()) {
        for (const BatchColumn column : {BatchColumn::Quantity, BatchColumn::UnitPrice})
            result.decimalSeparators.insert(column, stated.front());
    }
    return result;
}

// What became of a cell: its value, "?" when it waits for confirmation, "E" for an error on it.
QString outcome(const BatchInvoice &invoice, const QString &column, const std::optional<Decimal> &value)
{
    for (const RowProblem &problem : invoice.problems) {
        if (problem.column == column && problem.needsConfirmation())
            return QStringLiteral("?");
        if (problem.column == column && problem.error)
            return QStringLiteral("E");
    }
    return value ? value->toString() : QStringLiteral("-");
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

// Numbers of a batch file are read by their column's convention, never guessed (issue 14.1).
class TestBatchNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prices_readByTheirColumn_data();
    void prices_readByTheirColumn();
    void quantities_beyondTheContractAreErrors_data();
    void quantities_beyondTheContractAreErrors();
    void cell_parseNumber_data();
    void cell_parseNumber();
    void ambiguity_namesBothReadingsAndHoldsTheInvoice();
    void discountPercent_acceptsThePercentSign();
};

void TestBatchNumbers::prices_readByTheirColumn_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<QStringList>("prices");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *currency, const char *stated, const QStringList &prices,
                         const QStringList &expected) {
        QTest::newRow(name) << QString::fromLatin1(currency) << QString::fromLatin1(stated) << prices
                            << expected;
    };
    row("vietnamese", "VND", "", L({"1.500.000,5", "50.000", "2,5"}), L({"1500000.5", "50000", "2.5"}));
    row("english", "VND", "", L({"1,500,000.5", "50,000", "2.5"}), L({"1500000.5", "50000", "2.5"}));
    row("spaces and a comma", "VND", "", L({"1 500 000", "1\u00A0500,5", "50.000"}),
        L({"1500000", "1500.5", "50000"}));
    row("narrow no-break spaces only", "VND", "", L({"1\u202F500\u202F000", "250"}), L({"1500000", "250"}));
    row("0,5 alone", "VND", "", L({"0,5"}), L({"0.5"}));
    row("usd 12.345 without other evidence", "USD", "", L({"12.345"}), L({"?"}));
    row("usd 12.345 with english evidence", "USD", "", L({"12.345", "10.5"}), L({"E", "10.5"}));
    row("usd 12.345 with vietnamese evidence", "USD", "", L({"12.345", "1.234,5"}), L({"12345", "1234.5"}));
    row("plain numbers prove nothing", "VND", "", L({"150000", "1.500"}), L({"150000", "?"}));
    row("every cell ambiguous", "VND", "", L({"1.500", "2.000"}), L({"?", "?"}));
    row("negative", "VND", "", L({"-1.500", "2,5"}), L({"E", "2.5"}));
    row("leading plus", "VND", "", L({"+1.500", "2,5"}), L({"1500", "2.5"}));
    row("percent outside its column", "VND", "", L({"10%"}), L({"E"}));
    row("column mixes conventions", "VND", "", L({"1.234,5", "12.5", "1.500"}), L({"E", "E", "E"}));
    row("stated comma", "VND", ",", L({"1.500"}), L({"1500"}));
    row("stated dot", "USD", ".", L({"1.50", "12,345"}), L({"1.5", "12345"}));
    row("stated against the column", "VND", ".", L({"1.234,5", "1.500"}), L({"E", "E"}));
    row("five decimals", "VND", "", L({"1,23456"}), L({"E"}));
    row("not a number", "VND", "", L({"12a"}), L({"E"}));
}

void TestBatchNumbers::prices_readByTheirColumn()
{
    QFETCH(QString, currency);
    QFETCH(QString, stated);
    QFETCH(QStringList, prices);
    QFETCH(QStringList, expected);
    const BatchImport result = BatchImporter::import(file({}, prices, currency), options(stated));
    QVERIFY(result.fileProblems.isEmpty());
    QCOMPARE(result.invoices.size(), prices.size());
    QStringList actual;
    for (const BatchInvoice &invoice : result.invoices)
        actual << outcome(invoice, QStringLiteral("unit_price"), invoice.invoice.lines.value(0).unitPrice);
    QCOMPARE(actual, expected);
    for (qsizetype i = 0; i < prices.size(); ++i) { // every problem names its line
        for (const RowProblem &problem : result.invoices.at(i).problems)
            QCOMPARE(problem.row, int(i) + 2);
    }
}

void TestBatchNumbers::quantities_beyondTheContractAreErrors_data()
{
    QTest::addColumn<QStringList>("quantities");
    QTest::addColumn<QStringList>("expected");
    // 0.125 kg was sent as 125: never grouping after a 0, and three decimals are too many.
    QTest::newRow("0.125 kg") << L({"0.125"}) << L({"E"});
    QTest::newRow("0,125 kg") << L({"0,125"}) << L({"E"});
    QTest::newRow("0,5 kg") << L({"0,5"}) << L({"0.5"});
    QTest::newRow("1,25 and 1.500") << L({"1,25", "1.500"}) << L({"1.25", "1500"});
    QTest::newRow("2.5 and 1,500") << L({"2.5", "1,500"}) << L({"2.5", "1500"});
}

void TestBatchNumbers::quantities_beyondTheContractAreErrors()
{
    QFETCH(QStringList, quantities);
    QFETCH(QStringList, expected);
    const QStringList prices(quantities.size(), QStringLiteral("1000"));
    const BatchImport result
        = BatchImporter::import(file(quantities, prices, QStringLiteral("VND")), options({}));
    QStringList actual;
    for (const BatchInvoice &invoice : result.invoices)
        actual << outcome(invoice, QStringLiteral("quantity"), invoice.invoice.lines.value(0).quantity);
    QCOMPARE(actual, expected);
}

void TestBatchNumbers::cell_parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("expected"); // "" not a number, "?" needs a separator, "many": > 4 decimals
    const auto row = [](const char *name, const QString &text, const char *separator, const char *expected) {
        QTest::newRow(name) << text << QString::fromLatin1(separator) << QString::fromLatin1(expected);
    };
    row("vietnamese", QStringLiteral("1.500.000,5"), "", "1500000.5");
    row("english", QStringLiteral("1,500,000.5"), "", "1500000.5");
    row("spaces", QStringLiteral("1 500 000"), "", "1500000");
    row("no-break spaces", QStringLiteral("1\u00A0500\u00A0000"), "", "1500000");
    row("0,5", QStringLiteral("0,5"), "", "0.5");
    row("0.125", QStringLiteral("0.125"), "", "0.125");
    row("12.345 alone", QStringLiteral("12.345"), "", "?");
    row("12.345 english", QStringLiteral("12.345"), ".", "12.345");
    row("12.345 vietnamese", QStringLiteral("12.345"), ",", "12345");
    row("negative", QStringLiteral("-1.500,5"), "", "-1500.5");
    row("plus", QStringLiteral("+3"), "", "3");
    row("percent", QStringLiteral("12,5%"), "", "12.5");
    row("five decimals", QStringLiteral("1.23456"), "", "many");
    row("trailing zeros do not count", QStringLiteral("1,500000"), "", "1.5");
    row("letters", QStringLiteral("abc"), "", "");
    row("too large", QStringLiteral("99999999999999999999"), "", "");
}

void TestBatchNumbers::cell_parseNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, separator);
    QFETCH(QString, expected);
    const batchvalues::NumberCell cell
        = batchvalues::parseNumber(text, separator.isEmpty() ? QChar() : separator.front());
    const QString actual = cell.needsSeparator() ? QStringLiteral("?")
        : cell.tooManyDecimals                   ? QStringLiteral("many")
        : cell.value                             ? cell.value->toString()
                                                 : QString();
    QCOMPARE(actual, expected);
}

void TestBatchNumbers::ambiguity_namesBothReadingsAndHoldsTheInvoice()
{
    const BatchImport result = BatchImporter::import(
        file({}, {QStringLiteral("12.345"), QStringLiteral("100")}, QStringLiteral("USD")), options({}));
    QCOMPARE(result.errorCount(), 0);
    QCOMPARE(result.confirmationCount(), 1);
    QCOMPARE(result.ambiguousColumns(), QStringList {QStringLiteral("unit_price")});
    const RowProblem &problem = result.invoices.first().problems.first();
    QVERIFY(problem.needsConfirmation() && !problem.error);
    QCOMPARE(problem.row, 2);
    QCOMPARE(problem.ambiguous->asThousands, QStringLiteral("12345"));
    QCOMPARE(problem.ambiguous->asDecimals, QStringLiteral("12.345"));
    QVERIFY2(problem.message.contains(QStringLiteral("12 345")), qPrintable(problem.message));
    // Held back: never among the invoices that may be sent, nor "a goods line needs a price".
    QCOMPARE(result.validInvoices().size(), 1);
    QCOMPARE(result.invoices.first().problems.size(), 1);
}

void TestBatchNumbers::discountPercent_acceptsThePercentSign()
{
    QByteArray bytes = file({}, {QStringLiteral("1000")}, QStringLiteral("VND"));
    bytes.replace(",10,\n", ",10,\"12,5%\"\n");
    const BatchImport result = BatchImporter::import(bytes, options({}));
    QCOMPARE(result.errorCount(), 0);
    QCOMPARE(
        result.invoices.first().invoice.lines.first().discountPercent->toString(), QStringLiteral("12.5"));
}

QTEST_GUILESS_MAIN(TestBatchNumbers)
#include "tst_batchnumbers.moc"
