// Issue 20 on the batch page: the .xlsx template saved, opened and issued through the chosen
// account; a workbook Excel would make from a CSV (typed by openpyxl) opened and sent; the results
// exported to Excel and read back by openpyxl; an .xls refused with its reason, nothing sent; the
// sheet of a workbook with several chosen from the keyboard, and only that sheet sent.

#include "../spreadsheet/openpyxlview.h"
#include "batchfixture.h"
#include "batchpagefixture.h"
#include "identityfixture.h"
#include "sandbox/sandboxseeder.h"
#include "support/scriptedquestions.h"
#include "ui/batch/batchaccountpicker.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchresultstable.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

using namespace einvoice;
using namespace einvoice::test;

class TstBatchPageExcel : public BatchPageFixture
{
    Q_OBJECT

    int creates()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size());
    }

    QString createdBodies()
    {
        const QJsonArray posts
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        return QString::fromUtf8(QJsonDocument(posts).toJson(QJsonDocument::Compact));
    }

    static QString problems(const BatchPage &page)
    {
        QStringList texts;
        for (const BatchInvoice &invoice : page.currentImport().invoices) {
            for (const RowProblem &problem : invoice.problems)
                texts.append(problem.column + QStringLiteral(": ") + problem.message);
        }
        return texts.join(u'\n');
    }

    // On screen and active (for its Alt keys), with the server's two active accounts listed.
    static bool shownWithAccounts(BatchPage &page)
    {
        page.resize(1280, 700);
        page.show();
        QApplication::setActiveWindow(&page);
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        auto *accounts = page.findChild<QComboBox *>(QStringLiteral("accountCombo"));
        return QTest::qWaitFor([accounts] { return accounts->count() == 2; }, 10000);
    }

    static QComboBox *sheetCombo(const BatchPage &page)
    {
        return page.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    }

    // The workbook with a one-sheet copy from openpyxl (what Excel makes of a CSV).
    QString oneSheetWorkbook()
    {
        const QString csv = writeFile(QStringLiteral("mot.csv"), todayBatchCsv(1));
        const QString book = m_dir->filePath(QStringLiteral("mot.xlsx"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(XLSX_TOOL), QStringLiteral("from-csv"), csv, book});
        return python.waitForFinished(60000) && python.exitCode() == 0 ? book : QString();
    }

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void template_savedOpenedAndSent()
    {
        test::ScriptedQuestions questions;
        questions.savePath = m_dir->filePath(QStringLiteral("mẫu lô")); // typed without an ending
        BatchPageServices s = services();
        s.questions = &questions;
        BatchPage page(s);
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("accountCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 10000);
        auto *picker = page.findChild<BatchAccountPicker *>();
        QTRY_VERIFY_WITH_TIMEOUT(picker->account() && !picker->account()->templates.isEmpty(), 10000);
        page.findChild<QPushButton *>(QStringLiteral("templateButton"))->click();
        const QString path = questions.savePath + QStringLiteral(".xlsx");
        QVERIFY(QFile::exists(path));
        // Made for the chosen account: its template codes and series are the drop-down lists of
        // the "Mẫu số" (C) and "Ký hiệu" (D) columns.
        QHash<QString, QString> lists;
        for (const QJsonValue &validation :
            xlsxtest::firstSheet(path).value(QLatin1String("validations")).toArray()) {
            const QJsonObject list = validation.toObject();
            lists.insert(list.value(QLatin1String("sqref")).toString().left(1),
                list.value(QLatin1String("formula1")).toString());
        }
        const QString yy = QDate::currentDate().toString(QStringLiteral("yy"));
        QCOMPARE(lists.value(QStringLiteral("C")), QStringLiteral("\"1,2\""));
        QCOMPARE(lists.value(QStringLiteral("D")), QStringLiteral("\"C%1TAA,C%1TBB\"").arg(yy));
        QVERIFY(page.loadFile(path));
        // A workbook has no text encoding to report.
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(!summary.contains(QLatin1String("xlsx")), qPrintable(summary));
        QCOMPARE(page.currentImport().sheetName, QStringLiteral("Hóa đơn"));
        QTRY_COMPARE_WITH_TIMEOUT(page.currentImport().errorCount(), 0, 10000);
        QCOMPARE(page.currentImport().invoices.size(), 2);
        QCOMPARE(page.currentImport().invoices.first().invoice.lines.size(), 2);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fileLabel"))
                    ->text()
                    .contains(QStringLiteral("Hóa đơn")));
        page.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 2, 20000);
        QCOMPARE(creates(), 2);
    }

    void workbook_sentAndResultsExported()
    {
        const QString csv = writeFile(QStringLiteral("t12.csv"), todayBatchCsv(3));
        const QString book = m_dir->filePath(QStringLiteral("T12.xlsx"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(XLSX_TOOL), QStringLiteral("from-csv"), csv, book});
        QVERIFY(python.waitForFinished(60000) && python.exitCode() == 0);
        test::ScriptedQuestions questions;
        questions.savePath = m_dir->filePath(QStringLiteral("ket-qua.xlsx"));
        BatchPageServices s = services();
        s.questions = &questions;
        BatchPage page(s);
        QVERIFY(page.loadFile(book));
        QCOMPARE(page.currentImport().invoices.size(), 3);
        QCOMPARE(page.currentImport().errorCount(), 0);
        auto *excel = page.findChild<QPushButton *>(QStringLiteral("exportExcelButton"));
        QVERIFY(!excel->isEnabled());
        page.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 3, 20000);
        QTRY_VERIFY(!page.runner()->isRunning());
        QVERIFY(excel->isEnabled());
        excel->click();
        const QJsonObject sheet = xlsxtest::firstSheet(questions.savePath);
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(
            xlsxtest::cellOf(sheet, "A2").value(QLatin1String("type")).toString(), QStringLiteral("int"));
        QVERIFY(!xlsxtest::cellOf(sheet, "D4").isEmpty()); // three invoice numbers
        QVERIFY(xlsxtest::cellOf(sheet, "A5").isEmpty());
        QCOMPARE(
            xlsxtest::valueOf(sheet, "E2").toString(), BatchResultsTable::statusText(BatchItemStatus::Done));
    }

    // The template the app writes, as saved and after LibreOffice saved it again: its instructions
    // sheet ("Hướng dẫn") is no batch and is not offered; the invoices sheet is read and sent.
    void template_instructionsSheetNotOffered()
    {
        BatchPage page(services());
        QTRY_COMPARE_WITH_TIMEOUT(
            page.findChild<QComboBox *>(QStringLiteral("accountCombo"))->count(), 2, 10000);
        const QString book = m_dir->filePath(QStringLiteral("mẫu.xlsx"));
        QVERIFY(page.saveTemplate(book));
        for (const bool resaved : {false, true}) {
            if (resaved)
                QVERIFY(libreOfficeResave(book, m_dir->path()));
            QVERIFY(page.loadFile(book));
            QCOMPARE(sheetCombo(page)->findText(QStringLiteral("Hướng dẫn")), -1);
            QVERIFY(!sheetCombo(page)->isVisibleTo(&page));
            QCOMPARE(page.currentImport().sheetName, QStringLiteral("Hóa đơn"));
            QTRY_VERIFY2_WITH_TIMEOUT(
                page.currentImport().errorCount() == 0, qPrintable(problems(page)), 10000);
            QCOMPARE(page.currentImport().invoices.size(), 2);
        }
        page.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 2, 20000);
        QCOMPARE(creates(), 2);
    }

    // The preview before a run, to Excel with Alt+R, read back by openpyxl: numbers as numbers,
    // the invoice's date as a date, its total exact, frozen header, widths; an invoice with an
    // error carries its problem and no verdict on earlier runs.
    void preview_exportedToExcel()
    {
        test::ScriptedQuestions questions;
        questions.savePath = m_dir->filePath(QStringLiteral("xem trước.xlsx"));
        BatchPageServices s = services();
        s.questions = &questions;
        BatchPage page(s);
        QVERIFY(shownWithAccounts(page));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportPreviewButton"));
        QVERIFY(!button->isEnabled());
        const QString book = m_dir->filePath(QStringLiteral("mẫu.xlsx"));
        QVERIFY(page.saveTemplate(book));
        QVERIFY(page.loadFile(book));
        QTRY_VERIFY2_WITH_TIMEOUT(page.currentImport().errorCount() == 0, qPrintable(problems(page)), 10000);
        QVERIFY(button->isEnabled());
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier); // "Export p&review to Excel…"
        QTRY_VERIFY(QFile::exists(questions.savePath));
        QJsonObject sheet = xlsxtest::firstSheet(questions.savePath);
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY(!sheet.value(QLatin1String("widths")).toObject().isEmpty());
        QCOMPARE(
            xlsxtest::cellOf(sheet, "A2").value(QLatin1String("type")).toString(), QStringLiteral("int"));
        QCOMPARE(xlsxtest::valueOf(sheet, "A2").toInt(), 2); // the invoice's first row in the file
        QCOMPARE(xlsxtest::valueOf(sheet, "B2").toString(), QStringLiteral("HD001"));
        QVERIFY(xlsxtest::cellOf(sheet, "D2").value(QLatin1String("is_date")).toBool());
        QVERIFY(xlsxtest::valueOf(sheet, "D2")
                    .toString()
                    .startsWith(
                        page.currentImport().invoices.first().invoice.issuedAt.date().toString(Qt::ISODate)));
        QCOMPARE(xlsxtest::valueOf(sheet, "F2").toString(), QStringLiteral("0312456782"));
        QCOMPARE(xlsxtest::valueOf(sheet, "G2").toInt(), 2); // lines
        // 2 x 150,000 at 10 % and 50,000 at 8 %: 384,000 with VAT.
        QCOMPARE(xlsxtest::valueOf(sheet, "H2").toDouble(), 384000.0);
        QCOMPARE(
            xlsxtest::cellOf(sheet, "H2").value(QLatin1String("format")).toString(), QStringLiteral("#,##0"));
        QVERIFY(!xlsxtest::valueOf(sheet, "I2").toString().isEmpty()); // "New"
        QCOMPARE(xlsxtest::valueOf(sheet, "B3").toString(), QStringLiteral("HD002"));
        QVERIFY(xlsxtest::cellOf(sheet, "A4").isEmpty());

        QString csv = QString::fromUtf8(todayBatchCsv(2));
        csv.replace(csv.lastIndexOf(QStringLiteral("150000;10")), 9, QStringLiteral("150000;7"));
        page.loadBytes(csv.toUtf8(), QStringLiteral("T12.csv"));
        QTRY_COMPARE(page.currentImport().errorCount(), 1);
        questions.savePath = m_dir->filePath(QStringLiteral("xem trước 2.xlsx"));
        button->click();
        QTRY_VERIFY(QFile::exists(questions.savePath));
        sheet = xlsxtest::firstSheet(questions.savePath);
        QCOMPARE(xlsxtest::valueOf(sheet, "B3").toString(), QStringLiteral("K1"));
        QVERIFY(xlsxtest::cellOf(sheet, "I3").isEmpty());
        QVERIFY(!xlsxtest::valueOf(sheet, "J3").toString().isEmpty()); // its problem
        QVERIFY(xlsxtest::cellOf(sheet, "J2").isEmpty());
        QCOMPARE(creates(), 0);
    }

    void twoSheets_chosenWithKeysAndOnlyThatSheetSent()
    {
        const QString book = m_dir->filePath(QStringLiteral("Bảng kê.xlsx"));
        QVERIFY(QFile::copy(QStringLiteral(BATCH_FIXTURES "/openpyxl-two-months.xlsx"), book));
        QFile::setPermissions(book, QFile::permissions(book) | QFileDevice::WriteOwner);
        const QString today
            = QStringLiteral("#") + QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
        QProcess python; // the invoices are dated today, as a person would send them
        python.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(XLSX_TOOL), QStringLiteral("set"), book, QStringLiteral("Tháng 11!B2=") + today,
                QStringLiteral("Tháng 12!B2=") + today, QStringLiteral("Tháng 12!B3=") + today});
        QVERIFY(python.waitForFinished(60000) && python.exitCode() == 0);
        BatchPage page(services());
        QVERIFY(shownWithAccounts(page));
        QVERIFY(page.loadFile(book));
        QComboBox *sheets = sheetCombo(page);
        QVERIFY(sheets->isVisible());
        // The hidden sheet is not offered; the reader's pick (the first with the header) is chosen.
        QCOMPARE(sheets->count(), 2);
        QCOMPARE(sheets->itemText(1), QStringLiteral("Tháng 12"));
        QCOMPARE(sheets->currentText(), QStringLiteral("Tháng 11"));
        QCOMPARE(page.currentImport().sheetName, QStringLiteral("Tháng 11"));
        QCOMPARE(page.currentImport().invoices.size(), 1);

        QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier); // "Shee&t:"
        QCOMPARE(QApplication::focusWidget(), sheets);
        QTest::keyClick(sheets, Qt::Key_Down);
        QCOMPARE(page.currentImport().sheetName, QStringLiteral("Tháng 12"));
        QCOMPARE(page.currentImport().invoices.size(), 2);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fileLabel"))
                    ->text()
                    .contains(QStringLiteral("Tháng 12")));
        QTRY_VERIFY2_WITH_TIMEOUT(page.currentImport().errorCount() == 0,
            qPrintable(page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text() + problems(page)),
            10000);

        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start->isEnabled());
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 2, 20000);
        QTRY_VERIFY(!page.runner()->isRunning());
        QCOMPARE(creates(), 2);
        const QString sent = createdBodies();
        QVERIFY2(
            sent.contains(QStringLiteral("Phạm Quốc Đạt")) && sent.contains(QStringLiteral("Đỗ Ngọc Ánh")),
            qPrintable(sent));
        QVERIFY(!sent.contains(QStringLiteral("Lê Thị Mai")));
        QVERIFY(!sent.contains(QStringLiteral("Không gửi")));
    }

    void csvAndOneSheetWorkbook_noSheetChoice()
    {
        BatchPage page(services());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.loadFile(QStringLiteral(BATCH_FIXTURES "/openpyxl-two-months.xlsx")));
        QVERIFY(sheetCombo(page)->isVisible());
        QVERIFY(page.loadFile(writeFile(QStringLiteral("t12.csv"), todayBatchCsv(2))));
        QVERIFY(!sheetCombo(page)->isVisible());
        QCOMPARE(page.currentImport().invoices.size(), 2);
        const QString book = oneSheetWorkbook();
        QVERIFY(!book.isEmpty());
        QVERIFY(page.loadFile(book));
        QVERIFY(!sheetCombo(page)->isVisible());
        QCOMPARE(page.currentImport().invoices.size(), 1);
    }

    void legacyXls_refusedWithItsReason()
    {
        BatchPage page(services());
        const QString xls = m_dir->filePath(QStringLiteral("T12.xls"));
        QVERIFY(QFile::copy(QStringLiteral(SPREADSHEET_FIXTURES "/libreoffice-invoices.xls"), xls));
        QVERIFY(page.loadFile(xls));
        QVERIFY(page.currentImport().invoices.isEmpty());
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QLatin1String(".xlsx")), qPrintable(summary));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QCOMPARE(creates(), 0);
    }
};

QTEST_MAIN(TstBatchPageExcel)
#include "tst_batchpageexcel.moc"
