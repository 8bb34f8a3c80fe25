// Issue 20 on the batch page: the .xlsx template saved, opened and issued through the chosen
// account; a workbook Excel would make from a CSV (typed by openpyxl) opened and sent; the results
// exported to Excel and read back by openpyxl; an .xls refused with its reason, nothing sent.

#include "../spreadsheet/openpyxlview.h"
#include "batchfixture.h"
#include "batchpagefixture.h"
#include "sandbox/sandboxseeder.h"
#include "support/scriptedquestions.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchresultstable.h"

#include <QComboBox>
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
        page.findChild<QPushButton *>(QStringLiteral("templateButton"))->click();
        const QString path = questions.savePath + QStringLiteral(".xlsx");
        QVERIFY(QFile::exists(path));
        QVERIFY(page.loadFile(path));
        // A workbook has no text encoding to report.
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(!summary.contains(QLatin1String("xlsx")), qPrintable(summary));
        QCOMPARE(page.currentImport().sheetName, QStringLiteral("Hóa đơn"));
        QTRY_COMPARE_WITH_TIMEOUT(page.currentImport().errorCount(), 0, 10000);
        QCOMPARE(page.currentImport().invoices.size(), 1);
        QCOMPARE(page.currentImport().invoices.first().invoice.lines.size(), 2);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fileLabel"))
                    ->text()
                    .contains(QStringLiteral("Hóa đơn")));
        page.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 1, 20000);
        QCOMPARE(creates(), 1);
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
        const QJsonObject sheet = xlsxtest::openpyxlView(questions.savePath)
                                      .value(QLatin1String("sheets"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(
            xlsxtest::cellOf(sheet, "A2").value(QLatin1String("type")).toString(), QStringLiteral("int"));
        QVERIFY(!xlsxtest::cellOf(sheet, "D4").isEmpty()); // three invoice numbers
        QVERIFY(xlsxtest::cellOf(sheet, "A5").isEmpty());
        QCOMPARE(
            xlsxtest::valueOf(sheet, "E2").toString(), BatchResultsTable::statusText(BatchItemStatus::Done));
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
