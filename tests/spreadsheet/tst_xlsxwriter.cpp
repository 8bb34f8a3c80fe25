#include "spreadsheet/xlsxreader.h"
#include "spreadsheet/xlsxsheetwriter.h"
#include "spreadsheet/xlsxworkbookwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using Kind = XlsxColumn::Kind;
using Code = SpreadsheetError::Code;
using Type = SpreadsheetCell::Type;

namespace {

XlsxColumn column(const QString &header, Kind kind, int decimals = 0)
{
    XlsxColumn column;
    column.header = header;
    column.kind = kind;
    column.decimals = decimals;
    return column;
}

QList<XlsxColumn> invoiceColumns()
{
    XlsxColumn rate = column(QStringLiteral("Thuế suất"), Kind::Text);
    rate.choices = {QStringLiteral("-2"), QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("5"),
        QStringLiteral("8"), QStringLiteral("10")};
    rate.hint = QStringLiteral("-2: không chịu thuế, -1: không kê khai");
    return {column(QStringLiteral("Mã hóa đơn"), Kind::Text),
        column(QStringLiteral("Mã số thuế\nTax code"), Kind::Code),
        column(QStringLiteral("Số lượng"), Kind::Number, -1), column(QStringLiteral("Đơn giá"), Kind::Number),
        column(QStringLiteral("Tiền thuế"), Kind::Number, 2), rate,
        column(QStringLiteral("Ngày"), Kind::Date), column(QStringLiteral("Lúc tạo"), Kind::DateTime),
        column(QStringLiteral("Đã trả"), Kind::Boolean)};
}

const QString LongName = QStringLiteral("Công ty TNHH Thương mại và Dịch vụ Kỹ thuật Số Việt Nam - Chi nhánh "
                                        "Thành phố Hồ Chí Minh");

// A workbook with every kind of value, the way the exports and the template will write them.
bool writeInvoices(const QString &path, SpreadsheetError *error)
{
    XlsxWorkbookWriter book(path);
    XlsxSheetWriter *sheet = book.addSheet(QStringLiteral("Hóa đơn"), invoiceColumns());
    XlsxSheetWriter *notes = book.addSheet(QStringLiteral("Giải thích"),
        {column(QStringLiteral("Cột"), Kind::Text), column(QStringLiteral("Ý nghĩa"), Kind::Text)});
    if (!sheet || !notes) {
        *error = book.error();
        return false;
    }
    const QDateTime createdUtc(QDate(2026, 12, 4), QTime(7, 30), Qt::UTC);
    sheet->appendRow(
        {QStringLiteral("HD001"), QStringLiteral("0312345678"), *Decimal::fromString(u"2.5"), qint64(1500000),
            *Decimal::fromString(u"33333.33"), QStringLiteral("10"), QDate(2026, 12, 4), createdUtc, true});
    sheet->appendRow({QStringLiteral("HD002"), QStringLiteral("0100109106-001"), *Decimal::fromString(u"0.1"),
        *Decimal::fromString(u"123456789012.3456"), *Decimal::fromString(u"0.3"), QStringLiteral("8"),
        QDate(1899, 12, 31), QDateTime(), false});
    sheet->appendRow(
        {QStringLiteral("=SUM(A1)"), LongName, {}, {}, {}, {}, {}, {}, {}, QStringLiteral("extra")});
    notes->appendRow({QStringLiteral("Mã số thuế"), QStringLiteral("Giữ nguyên số 0 ở đầu.")});
    const bool committed = book.commit();
    *error = book.error();
    return committed;
}

QJsonObject openpyxlView(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CHECK_XLSX_SCRIPT), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qFatal("openpyxl failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part"));
}

} // namespace

// Every workbook the writer makes is read back by openpyxl (an independent reader, through
// Debian's python) and by XlsxReader; nothing half-written ever stands at the target path.
class TstXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral("/usr/bin/python3")));
        m_book = m_dir.filePath(QStringLiteral("hoa-don.xlsx"));
        SpreadsheetError error;
        QVERIFY2(writeInvoices(m_book, &error), qPrintable(error.toString()));
    }

    void openpyxl_seesTypedValuesAndFormats()
    {
        const QJsonObject view = openpyxlView(m_book);
        const QJsonArray sheets = view.value(u"sheets").toArray();
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets[1].toObject().value(u"name").toString(), QStringLiteral("Giải thích"));
        const QJsonObject cells = sheets[0].toObject().value(u"cells").toObject();
        const auto cell = [&cells](const char *name) {
            return cells.value(QLatin1String(name)).toObject();
        };
        QCOMPARE(cell("B2").value(u"value").toString(), QStringLiteral("0312345678"));
        QCOMPARE(cell("B2").value(u"type").toString(), QStringLiteral("str"));
        QCOMPARE(cell("B2").value(u"format").toString(), QStringLiteral("@"));
        QCOMPARE(cell("C2").value(u"value").toString(), QStringLiteral("2.5"));
        QCOMPARE(cell("C2").value(u"format").toString(), QStringLiteral("General"));
        QCOMPARE(cell("D2").value(u"value").toInt(), 1500000);
        QCOMPARE(cell("D2").value(u"format").toString(), QStringLiteral("#,##0"));
        QCOMPARE(cell("E2").value(u"value").toString(), QStringLiteral("33333.33"));
        QCOMPARE(cell("E2").value(u"format").toString(), QStringLiteral("#,##0.00"));
        QCOMPARE(cell("C3").value(u"value").toString(), QStringLiteral("0.1"));
        QCOMPARE(cell("E3").value(u"value").toString(), QStringLiteral("0.3"));
        QCOMPARE(cell("D3").value(u"type").toString(), QStringLiteral("str")); // 16 digits: kept as text
        QCOMPARE(cell("D3").value(u"value").toString(), QStringLiteral("123456789012.3456"));
        QVERIFY(cell("G2").value(u"is_date").toBool());
        QCOMPARE(cell("G2").value(u"value").toString(), QStringLiteral("2026-12-04T00:00:00"));
        QCOMPARE(cell("G2").value(u"format").toString(), QStringLiteral("dd/mm/yyyy"));
        QCOMPARE(
            cell("H2").value(u"value").toString(), QStringLiteral("2026-12-04T14:30:00")); // Vietnam time
        QCOMPARE(cell("H2").value(u"format").toString(), QStringLiteral("dd/mm/yyyy hh:mm"));
        QCOMPARE(cell("G3").value(u"value").toString(), QStringLiteral("1899-12-31"));
        QVERIFY(!cells.contains(u"H3")); // no moment: no cell
        QCOMPARE(cell("I2").value(u"type").toString(), QStringLiteral("bool"));
        QCOMPARE(cell("A4").value(u"type").toString(), QStringLiteral("str")); // text, not a formula
        QCOMPARE(cell("A4").value(u"value").toString(), QStringLiteral("=SUM(A1)"));
        QCOMPARE(cell("B1").value(u"value").toString(), QStringLiteral("Mã số thuế\nTax code"));
        QCOMPARE(cell("J4").value(u"value").toString(), QStringLiteral("extra")); // past the columns: kept
    }

    void openpyxl_seesHeaderFrozenPanesValidationAndWidths()
    {
        const QJsonArray sheets = openpyxlView(m_book).value(u"sheets").toArray();
        for (const QJsonValue &sheet : sheets) {
            QCOMPARE(sheet.toObject().value(u"freeze").toString(), QStringLiteral("A2"));
            QVERIFY(
                sheet.toObject().value(u"cells").toObject().value(u"A1").toObject().value(u"bold").toBool());
        }
        const QJsonObject invoices = sheets[0].toObject();
        QVERIFY(!invoices.value(u"cells").toObject().value(u"A2").toObject().value(u"bold").toBool());
        const QJsonArray validations = invoices.value(u"validations").toArray();
        QCOMPARE(validations.size(), 1);
        const QJsonObject rate = validations[0].toObject();
        QCOMPARE(rate.value(u"type").toString(), QStringLiteral("list"));
        QCOMPARE(rate.value(u"sqref").toString(), QStringLiteral("F2:F1048576"));
        QCOMPARE(rate.value(u"formula1").toString(), QStringLiteral("\"-2,-1,0,5,8,10\""));
        QCOMPARE(rate.value(u"prompt").toString(), QStringLiteral("-2: không chịu thuế, -1: không kê khai"));
        const QJsonObject widths = invoices.value(u"widths").toObject();
        const auto width = [&widths](const char16_t *column) {
            return widths.value(column).toDouble();
        };
        QVERIFY2(width(u"A") >= 12 && width(u"A") < 20, "fits \"Mã hóa đơn\"");
        QVERIFY2(width(u"B") > 59 && width(u"B") < 62, "a 100-character name is capped at 60");
        QVERIFY2(width(u"C") < 12, "a short number column stays narrow");
        QVERIFY2(width(u"D") >= 14 && width(u"D") < 22, "fits \"123456789012.3456\"");
        QVERIFY2(width(u"H") >= 16, "fits a date and time");
        const QJsonObject notes = sheets[1].toObject().value(u"widths").toObject();
        QVERIFY(notes.value(u"B").toDouble() >= 22);
    }

    void reader_roundTripsEveryValueWithItsType()
    {
        XlsxReader reader;
        QVERIFY2(reader.open(m_book), qPrintable(reader.error().toString()));
        QCOMPARE(
            reader.sheetNames(), (QStringList {QStringLiteral("Hóa đơn"), QStringLiteral("Giải thích")}));
        const std::optional<SpreadsheetTable> table = reader.readSheet(QStringLiteral("Hóa đơn"));
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 4);
        const SpreadsheetRow &first = table->rows[1];
        QCOMPARE(first.cell(1).type(), Type::Text);
        QCOMPARE(first.cell(1).text(), QStringLiteral("0312345678"));
        QCOMPARE(first.cell(2).toDecimal(), Decimal::fromString(u"2.5"));
        QCOMPARE(first.cell(3).toDecimal(), Decimal::fromInteger(1500000));
        QCOMPARE(first.cell(4).toDecimal(2), Decimal::fromString(u"33333.33"));
        QCOMPARE(first.cell(6).type(), Type::Date);
        QCOMPARE(first.cell(6).date(), QDate(2026, 12, 4));
        QCOMPARE(first.cell(7).type(), Type::DateTime);
        QCOMPARE(first.cell(7).dateTime(), QDateTime(QDate(2026, 12, 4), QTime(7, 30), Qt::UTC));
        QVERIFY(first.cell(8).boolean());
        const SpreadsheetRow &second = table->rows[2];
        QCOMPARE(second.cell(2).stored(), QStringLiteral("0.1"));
        QCOMPARE(second.cell(3).type(), Type::Text);
        QCOMPARE(second.cell(4).toDecimal(), Decimal::fromString(u"0.3"));
        QCOMPARE(table->rows[3].cell(0).text(), QStringLiteral("=SUM(A1)"));
        QCOMPARE(table->rows[3].cell(1).text(), LongName);
        QCOMPARE(table->rows[0].cell(1).text(), QStringLiteral("Mã số thuế\nTax code"));
    }

    void commit_replacesTheTargetAndLeavesNothingBehind()
    {
        const QString target = m_dir.filePath(QStringLiteral("replace.xlsx"));
        QVERIFY(writeFile(target, "old export"));
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        SpreadsheetError error;
        QVERIFY(writeInvoices(target, &error));
        XlsxReader reader;
        QVERIFY(reader.open(target));
        const QFileDevice::Permissions kept = QFileInfo(target).permissions(); // the user's choice, 0600
        QVERIFY(kept.testFlag(QFileDevice::ReadOwner) && kept.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!kept.testFlag(QFileDevice::ReadGroup) && !kept.testFlag(QFileDevice::ReadOther));
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void failure_leavesTheTargetUntouched()
    {
        const QString target = m_dir.filePath(QStringLiteral("kept.xlsx"));
        QVERIFY(writeFile(target, "the user's file"));
        {
            XlsxWorkbookWriter book(target);
            XlsxSheetWriter *sheet
                = book.addSheet(QStringLiteral("A"), {column(QStringLiteral("x"), Kind::Text)});
            QVERIFY(sheet->appendRow({QStringLiteral("fine")}));
            QVERIFY(!sheet->appendRow({QString(40000, u'x')}));
            QVERIFY(!sheet->appendRow({QStringLiteral("refused after the error")}));
            QVERIFY(!book.commit());
            QCOMPARE(book.error().code, Code::TextTooLong);
            QVERIFY(book.error().message().contains(QStringLiteral("A3")));
            QVERIFY(!leftovers(m_dir.path()).isEmpty()); // the temporary file exists until the writer goes
        }
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the user's file"));
        QVERIFY(leftovers(m_dir.path()).isEmpty());
        {
            XlsxWorkbookWriter abandoned(target);
            abandoned.addSheet(QStringLiteral("A"), {column(QStringLiteral("x"), Kind::Text)});
        }
        QCOMPARE(QFileInfo(target).size(), qint64(15));
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void twoWriters_toOneTarget_leaveOneWholeWorkbook()
    {
        // Two exports to the same file at once (two windows, or the app and the CLI): each writes
        // its own temporary file, the last commit wins, and the target is never a mix.
        const QString target = m_dir.filePath(QStringLiteral("twice.xlsx"));
        XlsxWorkbookWriter first(target);
        XlsxWorkbookWriter second(target);
        XlsxSheetWriter *a = first.addSheet(QStringLiteral("A"), {column(QStringLiteral("x"), Kind::Text)});
        XlsxSheetWriter *b = second.addSheet(QStringLiteral("B"), {column(QStringLiteral("x"), Kind::Text)});
        for (int i = 0; i < 100; ++i) {
            a->appendRow({QStringLiteral("first %1").arg(i)});
            b->appendRow({QStringLiteral("second %1").arg(i)});
        }
        QVERIFY(second.commit());
        QVERIFY(first.commit());
        XlsxReader reader;
        QVERIFY(reader.open(target));
        QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("A")});
        QCOMPARE(reader.readSheet(QStringLiteral("A"))->rows.size(), 101);
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void newFile_getsTheUsualPermissions()
    {
        const QString target = m_dir.filePath(QStringLiteral("new.xlsx"));
        XlsxWorkbookWriter book(target);
        QVERIFY(book.addSheet(QStringLiteral("A"), {column(QStringLiteral("x"), Kind::Text)}));
        QVERIFY(book.commit());
        QVERIFY(QFileInfo(target).permissions().testFlag(QFileDevice::ReadOther));
    }

    void errors_nameWhatIsWrong()
    {
        const QString target = m_dir.filePath(QStringLiteral("errors.xlsx"));
        {
            XlsxWorkbookWriter book(target);
            QVERIFY(!book.addSheet(QStringLiteral("Hóa đơn/2026"), {}));
            QCOMPARE(book.error().code, Code::InvalidSheetName);
            QVERIFY(book.error().message().contains(QStringLiteral("Hóa đơn/2026")));
        }
        {
            XlsxWorkbookWriter book(target);
            QVERIFY(book.addSheet(QStringLiteral("Hóa đơn"), {}));
            QVERIFY(!book.addSheet(QStringLiteral("Hóa đơn"), {}));
            QCOMPARE(book.error().code, Code::DuplicateSheetName);
        }
        {
            XlsxWorkbookWriter book(target);
            XlsxColumn list = column(QStringLiteral("Sản phẩm"), Kind::Text);
            for (int i = 0; i < 40; ++i)
                list.choices.append(QStringLiteral("Sản phẩm số %1").arg(i));
            QVERIFY(!book.addSheet(QStringLiteral("A"), {list}));
            QCOMPARE(book.error().code, Code::ChoiceListTooLong);
            QVERIFY(book.error().message().contains(QStringLiteral("Sản phẩm")));
        }
        XlsxWorkbookWriter nowhere(m_dir.filePath(QStringLiteral("no/such/folder/x.xlsx")));
        QVERIFY(!nowhere.addSheet(QStringLiteral("A"), {}));
        QVERIFY(!nowhere.commit());
        QCOMPARE(nowhere.error().code, Code::WriteFailed);
        QVERIFY(nowhere.error().message().contains(QStringLiteral("x.xlsx")));
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TstXlsxWriter)
#include "tst_xlsxwriter.moc"
