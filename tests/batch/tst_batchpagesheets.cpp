// Issue 20 on the batch page: two monthly sheets of one workbook that reuse the same invoice keys
// are sent one after the other from the sheet list, both issued without a conflict; the first
// sheet chosen again sends nothing, its preview says what was done; a renamed sheet is asked about.

#include "batchpagefixture.h"
#include "identityfixture.h"
#include "support/scriptedquestions.h"
#include "ui/batch/batchpage.h"

#include <QComboBox>
#include <QProcess>
#include <QPushButton>

using namespace einvoice;
using namespace einvoice::test;

class TstBatchPageSheets : public BatchPageFixture
{
    Q_OBJECT

    int creates()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size());
    }

    // Chooses the sheet as the user does, then sends it and waits for the run's end.
    static void chooseSheet(BatchPage &page, const QString &sheet)
    {
        auto *sheets = page.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
        sheets->setCurrentIndex(sheets->findText(sheet));
        QCOMPARE(page.currentImport().sheetName, sheet);
    }
    static void send(BatchPage &page)
    {
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.runner() && !page.runner()->isRunning(), 20000);
    }

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void twoMonths_bothIssued_eachOnce()
    {
        const QString book = m_dir->filePath(QStringLiteral("HoaDon-2026.xlsx"));
        QVERIFY(xlsxTool({QStringLiteral("sheets"), book,
            QStringLiteral("Tháng 11=")
                + writeFile(QStringLiteral("t11.csv"), identityCsv(identityRows(3, QStringLiteral("N")))),
            QStringLiteral("Tháng 12=")
                + writeFile(QStringLiteral("t12.csv"), identityCsv(identityRows(2, QStringLiteral("D"))))}));
        test::ScriptedQuestions questions; // a conflict would be asked here: none is expected
        BatchPageServices s = services();
        s.questions = &questions;
        BatchPage page(s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.loadFile(book));
        QCOMPARE(page.currentImport().sheetName, QStringLiteral("Tháng 11"));
        send(page);
        QCOMPARE(page.counts().done, 3);
        QCOMPARE(creates(), 3);

        chooseSheet(page, QStringLiteral("Tháng 12"));
        send(page);
        QCOMPARE(page.counts().done, 2);
        QCOMPARE(creates(), 5);
        QVERIFY(questions.decided.isEmpty());

        chooseSheet(page, QStringLiteral("Tháng 11"));
        send(page);
        QCOMPARE(page.runner()->outcome().doneEarlier, 3);
        QCOMPARE(creates(), 5);
        QVERIFY(questions.decided.isEmpty());
        const QHash<QString, int> server = serverInvoiceCounts(*m_client);
        QCOMPARE(server.size(), 5);
        for (const int count : server)
            QCOMPARE(count, 1);

        // Renamed in Excel: the same invoices under a new sheet name are asked about, not sent.
        QVERIFY(
            xlsxTool({QStringLiteral("rename"), book, QStringLiteral("Tháng 12"), QStringLiteral("T12")}));
        QVERIFY(page.loadFile(book));
        chooseSheet(page, QStringLiteral("T12"));
        questions.decisions = QList<int>(); // every conflict's first choice: skip it
        send(page);
        QTRY_COMPARE(questions.decided.size(), 1);
        QCOMPARE(questions.decided.first().items.size(), 2);
        QCOMPARE(creates(), 5);
    }
};

QTEST_MAIN(TstBatchPageSheets)
#include "tst_batchpagesheets.moc"
