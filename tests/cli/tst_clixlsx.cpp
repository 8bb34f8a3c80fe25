// Issue 20 on the command line: the real sepay-einvoice-cli against a SandboxServer in this
// process. `template --format xlsx` writes a workbook openpyxl reads (drop-down lists, frozen
// header, typed cells) and that `batch` issues as it is; `batch --sheet`; refused workbooks send
// nothing; `invoice list --format csv|xlsx -o` exports what the list shows, read back by openpyxl.

#include "../api/sandboxfixture.h"
#include "../batch/identityfixture.h"
#include "../spreadsheet/openpyxlview.h"
#include "clitestsupport.h"

#include <QJsonArray>

using namespace einvoice;
using namespace einvoice::test;

namespace {

using xlsxtest::openpyxlView;
using xlsxtest::sheetNamed;

QJsonObject cell(const QJsonObject &sheet, const char *name)
{
    return xlsxtest::cellOf(sheet, name);
}

} // namespace

class TstCliXlsx : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<IsolatedHome> m_home;

    CliRun cli(const QStringList &arguments)
    {
        const QProcessEnvironment env = m_home->environment(
            QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret"));
        return runCli(QStringList {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()} + arguments,
            env, 90000, m_home->path());
    }

    int posts(const QString &path) { return int(m_sandbox->requests(QStringLiteral("POST"), path).size()); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(jobsEnding(0, 0));
        m_home = std::make_unique<IsolatedHome>();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_home.reset();
    }

    // The workbook template as an independent reader sees it, then issued as it is.
    void template_readByOpenpyxl_andIssuedAsItIs()
    {
        const QString path = m_home->filePath(QStringLiteral("mau.xlsx"));
        CliRun run = cli({QStringLiteral("template"), QStringLiteral("--format"), QStringLiteral("xlsx"),
            QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject book = openpyxlView(path);
        const QJsonObject sheet = sheetNamed(book, QStringLiteral("Hóa đơn"));
        QVERIFY2(!sheet.isEmpty(), QJsonDocument(book).toJson().constData());
        QVERIFY(!sheetNamed(book, QStringLiteral("Hướng dẫn")).isEmpty());
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(cell(sheet, "A1").value(QLatin1String("value")).toString(),
            QStringLiteral("Mã nhóm hóa đơn\nInvoice key"));
        QVERIFY(cell(sheet, "B2").value(QLatin1String("is_date")).toBool());
        QCOMPARE(
            cell(sheet, "C1").value(QLatin1String("value")).toString(), QStringLiteral("Mẫu số\nTemplate"));
        QCOMPARE(cell(sheet, "J2").value(QLatin1String("value")).toString(), QStringLiteral("0312456782"));
        QCOMPARE(cell(sheet, "J2").value(QLatin1String("format")).toString(), QStringLiteral("@"));
        QCOMPARE(cell(sheet, "R2").value(QLatin1String("type")).toString(), QStringLiteral("int"));
        QCOMPARE(cell(sheet, "R2").value(QLatin1String("format")).toString(), QStringLiteral("#,##0"));
        QStringList lists;
        for (const QJsonValue &validation : sheet.value(QLatin1String("validations")).toArray()) {
            if (validation.toObject().value(QLatin1String("type")).toString() == QLatin1String("list"))
                lists.append(validation.toObject().value(QLatin1String("formula1")).toString());
        }
        QCOMPARE(lists.size(), 5); // currency, payment method, buyer type, line type, tax rate
        QVERIFY2(lists.join(u' ').contains(QLatin1String("TM/CK")), qPrintable(lists.join(u' ')));
        QVERIFY2(lists.join(u' ').contains(QLatin1String("KKKNT")), qPrintable(lists.join(u' ')));

        run = cli({QStringLiteral("--json"), QStringLiteral("batch"), path, QStringLiteral("--account"),
            SandboxSeeder::ActiveAccountId, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 2);
        QCOMPARE(run.json().value(QLatin1String("done_now")).toInt(), 2);
    }

    // The "Mẫu số" column against the --account's templates: a template the account lacks is
    // refused on its row and column before anything is sent; its second template with that
    // template's series is issued there.
    void batch_templateColumnCheckedAgainstTheAccount()
    {
        const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
        const QString yy = QDate::currentDate().toString(QStringLiteral("yy"));
        const QString header = QStringLiteral("Mã nhóm hóa đơn;Ngày hóa đơn;Mẫu số;Ký hiệu;Tên người mua;"
                                              "Tên hàng hóa, dịch vụ;Số lượng;Đơn giá;Thuế suất\n");
        const QString path = m_home->filePath(QStringLiteral("mau-so.csv"));
        const auto write = [&path](const QString &text) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
        };
        QVERIFY(write(header + QStringLiteral("BH1;%1;2;C%2TBB;Trần Thị B;Sách;3;45000;\n").arg(today, yy)
            + QStringLiteral("BH2;%1;7;C%2TBB;Lê Văn C;Vở;1;10000;\n").arg(today, yy)));
        CliRun run = cli({QStringLiteral("batch"), path, QStringLiteral("--account"),
            SandboxSeeder::ActiveAccountId, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY2(run.err.contains("line 3 template_code: The provider account has no template 7."),
            run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);

        QVERIFY(write(header + QStringLiteral("BH1;%1;2;C%2TBB;Trần Thị B;Sách;3;45000;\n").arg(today, yy)));
        run = cli({QStringLiteral("--json"), QStringLiteral("batch"), path, QStringLiteral("--account"),
            SandboxSeeder::ActiveAccountId, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        const QJsonArray creates
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        QCOMPARE(creates.size(), 1);
        const QJsonObject body = creates.first().toObject().value(QLatin1String("body")).toObject();
        QCOMPARE(body.value(QLatin1String("template_code")).toString(), QStringLiteral("2"));
        QCOMPARE(body.value(QLatin1String("invoice_series")).toString(),
            QStringLiteral("C") + yy + QStringLiteral("TBB"));
    }

    // Both templates are written from one list of columns: the CSV's header and the workbook's
    // Vietnamese header lines, as openpyxl reads them, are the same columns in the same order.
    void template_csvAndXlsxHaveTheSameColumns()
    {
        const QString csvPath = m_home->filePath(QStringLiteral("mau.csv"));
        const QString xlsxPath = m_home->filePath(QStringLiteral("mau.xlsx"));
        for (const QString &path : {csvPath, xlsxPath}) {
            const CliRun run = cli({QStringLiteral("template"), QStringLiteral("-o"), path});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QStringList lines
            = QString::fromUtf8(csv.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"));
        lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("\"#")); });
        QStringList csvColumns {QString()}; // split at commas outside quotes: one header holds a comma
        bool quoted = false;
        for (const QChar c : lines.first()) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted)
                csvColumns.append(QString());
            else
                csvColumns.last().append(c);
        }

        const QJsonObject sheet = sheetNamed(openpyxlView(xlsxPath), QStringLiteral("Hóa đơn"));
        QStringList xlsxColumns;
        for (int i = 0; i < 26; ++i) {
            const QByteArray name = QByteArray(1, char('A' + i)) + '1';
            const QString header = cell(sheet, name.constData()).value(QLatin1String("value")).toString();
            if (header.isEmpty())
                break;
            xlsxColumns.append(header.section(u'\n', 0, 0)); // the Vietnamese line
        }
        QCOMPARE(csvColumns, xlsxColumns);
        QVERIFY(csvColumns.contains(QStringLiteral("Loại tiền")));
        QVERIFY(csvColumns.contains(QStringLiteral("Mẫu số")));
    }

    void template_formatFromTheNameOrRefused()
    {
        CliRun run = cli({QStringLiteral("template"), QStringLiteral("-o"), QStringLiteral("a.xlsx")});
        QCOMPARE(run.exitCode, 0);
        QFile written(m_home->filePath(QStringLiteral("a.xlsx")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(4).startsWith("PK"));
        run = cli({QStringLiteral("template")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(m_home->filePath(QStringLiteral("batch-template.csv"))));
        run = cli({QStringLiteral("template"), QStringLiteral("--format"), QStringLiteral("ods")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("csv or xlsx"));
    }

    void batch_sheetAndRefusals()
    {
        const QString book = m_home->filePath(QStringLiteral("T12.xlsx"));
        QVERIFY(QFile::copy(QStringLiteral(BATCH_FIXTURES "/libreoffice-batch.xlsx"), book));
        CliRun run = cli({QStringLiteral("batch"), book, QStringLiteral("--sheet"), QStringLiteral("Ghi chú"),
            QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Ghi chú"), run.err.constData());
        run = cli({QStringLiteral("batch"), book, QStringLiteral("--sheet"), QStringLiteral("Sheet9"),
            QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Hóa đơn T12"), run.err.constData()); // the sheets it has
        const QString xls = m_home->filePath(QStringLiteral("T12.xls"));
        QVERIFY(QFile::copy(QStringLiteral(SPREADSHEET_FIXTURES "/libreoffice-invoices.xls"), xls));
        run = cli({QStringLiteral("batch"), xls, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(".xlsx"), run.err.constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);
    }

    // The template's instructions sheet is no batch: named with --sheet, the command says which
    // sheet lacks what and which sheet holds the invoices, and imports nothing; the same after
    // LibreOffice saved the workbook again.
    void batch_instructionsSheetRefused()
    {
        const QString book = m_home->filePath(QStringLiteral("mẫu lô.xlsx"));
        CliRun run = cli({QStringLiteral("template"), QStringLiteral("-o"), book});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const bool resaved : {false, true}) {
            if (resaved)
                QVERIFY(libreOfficeResave(book, m_home->path()));
            run = cli({QStringLiteral("--json"), QStringLiteral("batch"), book, QStringLiteral("--sheet"),
                QStringLiteral("Hướng dẫn"), QStringLiteral("--account"), SandboxSeeder::ActiveAccountId,
                QStringLiteral("--yes")});
            QCOMPARE(run.exitCode, 2);
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.contains(QStringLiteral("\"Hướng dẫn\"")), run.err.constData());
            QVERIFY2(err.contains(QStringLiteral("Tên hàng hóa")), run.err.constData()); // what it lacks
            QVERIFY2(err.contains(QStringLiteral("Hóa đơn")), run.err.constData()); // where the invoices are
            QCOMPARE(posts(QStringLiteral("/v1/invoices/")), 0);
        }
        // The invoices sheet of the same workbook is sent as it is.
        run = cli({QStringLiteral("--json"), QStringLiteral("batch"), book, QStringLiteral("--sheet"),
            QStringLiteral("Hóa đơn"), QStringLiteral("--account"), SandboxSeeder::ActiveAccountId,
            QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        QCOMPARE(posts(QStringLiteral("/v1/invoices/create")), 2);
    }

    // The list as the table shows it, to CSV and to Excel; openpyxl reads the workbook's types.
    void invoiceList_exports()
    {
        const QString csvPath = m_home->filePath(QStringLiteral("hd.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(identityCsv(identityRows(3)));
        csv.close();
        CliRun run = cli({QStringLiteral("batch"), csvPath, QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString book = m_home->filePath(QStringLiteral("list.xlsx"));
        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), book});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("3 invoice"), run.out.constData());
        const QJsonObject sheet
            = openpyxlView(book).value(QLatin1String("sheets")).toArray().first().toObject();
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY(cell(sheet, "C2").value(QLatin1String("is_date")).toBool());
        QCOMPARE(cell(sheet, "C2").value(QLatin1String("format")).toString(), QStringLiteral("dd/mm/yyyy"));
        QCOMPARE(cell(sheet, "J2").value(QLatin1String("type")).toString(), QStringLiteral("int"));
        QCOMPARE(cell(sheet, "J2").value(QLatin1String("format")).toString(), QStringLiteral("#,##0"));
        QCOMPARE(cell(sheet, "G2").value(QLatin1String("value")).toString(), QStringLiteral("0312456782"));
        QVERIFY(!cell(sheet, "A4").isEmpty());
        QVERIFY(cell(sheet, "A5").isEmpty());
        QVERIFY(!sheet.value(QLatin1String("widths")).toObject().isEmpty());

        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count("\r\n"), 4); // header and three invoices, on standard output
        QVERIFY(run.out.contains(",0312456782,"));

        // Without --all a file holds one page: the command says so when the list has more.
        const QString page = m_home->filePath(QStringLiteral("page.csv"));
        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--per-page"),
            QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
            page});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("Wrote page 1 of 2 (2 of 3 invoices); add --all for every invoice."),
            run.err.constData());
        QFile written(page);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count("\r\n"), 3); // header and the page's two invoices
        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--page"),
            QStringLiteral("2"), QStringLiteral("--per-page"), QStringLiteral("2"),
            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"),
            m_home->filePath(QStringLiteral("page2.xlsx"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("Wrote page 2 of 2 (1 of 3 invoices)"), run.err.constData());
        // Every page, or a page that is the whole list: nothing to add.
        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--all"),
            QStringLiteral("--per-page"), QStringLiteral("2"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("-o"), page});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("Wrote page"), run.err.constData());
        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("-o"), page});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("Wrote page"), run.err.constData());

        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("xlsx")});
        QCOMPARE(run.exitCode, 2); // a workbook needs -o
        run = cli({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("pdf")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCliXlsx)
#include "tst_clixlsx.moc"
