// The batch page against a real SandboxServer: preview, issue with live counts, results, export.

#include "batch/batchrunner.h"
#include "batch/batchsession.h"
#include "batch/batchtemplate.h"
#include "batchfixture.h"
#include "batchpagefixture.h"
#include "identityfixture.h"
#include "support/scriptedquestions.h"
#include "ui/batch/batchconflicts.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchpreviewtable.h"
#include "ui/batch/batchresultstable.h"
#include "ui/common/decisionsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace einvoice;
using namespace einvoice::test;

class TstBatchPage : public BatchPageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void issue_previewsTenThenFillsResults()
    {
        BatchPage page(services());
        page.show();
        QVERIFY(page.loadFile(writeFile(QStringLiteral("ten.csv"), todayBatchCsv(10))));
        auto *preview = page.findChild<BatchPreviewTable *>();
        QCOMPARE(preview->rowCount(), 10);
        for (int row = 0; row < 10; ++row)
            QVERIFY2(preview->item(row, BatchPreviewTable::ProblemsColumn)->text().isEmpty(),
                qPrintable(preview->item(row, BatchPreviewTable::ProblemsColumn)->text()));
        QCOMPARE(page.currentImport().errorCount(), 0);

        page.findChild<QRadioButton *>(QStringLiteral("issueRadio"))->click();
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start->isEnabled());
        start->click();
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QCOMPARE(progress->maximum(), 10);
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 10, 20000);
        QTRY_COMPARE(progress->value(), 10);
        QTRY_VERIFY(!page.runner()->isRunning());
        QVERIFY(start->isEnabled()); // the same file can be sent again (it resumes)

        auto *results = page.findChild<BatchResultsTable *>();
        QCOMPARE(results->rowCount(), 10);
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(results->item(row, BatchResultsTable::StatusColumn)->text(),
                BatchResultsTable::statusText(BatchItemStatus::Done));
            const QString number = results->item(row, BatchResultsTable::NumberColumn)->text();
            QVERIFY2(!number.isEmpty() && number != QLatin1String("0"), qPrintable(number));
        }
        QCOMPARE(
            m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 10);

        const QString exported = m_dir->filePath(QStringLiteral("results.csv"));
        QVERIFY(page.exportResults(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 11);
        // The column mapping was remembered for the next file.
        QVERIFY(m_settings->value(QStringLiteral("batch/columnMap"))
                    .toMap()
                    .contains(QStringLiteral("buyer_tax_code")));
    }

    void errors_blockSendingUnlessValidOnesChosen()
    {
        BatchPage page(services());
        QByteArray bytes = todayBatchCsv(3);
        bytes.replace(
            "K1-REF;", "K1-REF;31/02/2026"); // a date that does not exist in invoice K1 (file line 4)
        const int cut = bytes.indexOf("31/02/2026") + 10;
        bytes.remove(cut, bytes.indexOf(';', cut) - cut);
        QVERIFY(page.loadFile(writeFile(QStringLiteral("bad.csv"), bytes)));
        QCOMPARE(page.currentImport().errorCount(), 1);
        auto *preview = page.findChild<BatchPreviewTable *>();
        QVERIFY(preview->item(1, BatchPreviewTable::ProblemsColumn)
                    ->text()
                    .contains(QStringLiteral("line 4, \"Ngày hóa đơn\"")));
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(!start->isEnabled());
        page.findChild<QCheckBox *>(QStringLiteral("validOnlyCheck"))->setChecked(true);
        QVERIFY(start->isEnabled());
        QSignalSpy finished(&page, &BatchPage::runFinished);
        start->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.counts().done, 2);
        QCOMPARE(
            m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 2);
        // Issue 16.6: the header does not say "all done" when a row was left out.
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QLatin1String("2 of 3")) && summary.contains(QLatin1String("1 skipped")),
            qPrintable(summary));
        QCOMPARE(page.runner()->results().last().status, BatchItemStatus::Skipped);
    }

    // Issue 14: a row changed after its invoice was issued is asked about (through the one
    // Questions seam, issue 15), with what was issued and what the file says now; "issue as a new
    // invoice" sends exactly one new invoice, "skip it" none, cancelling nothing, and the header
    // says the truth either way. One row answers in the real window.
    void changedRow_isAskedInTheWindow_data()
    {
        QTest::addColumn<int>("choice"); // -1: cancel
        QTest::addColumn<bool>("window");
        QTest::addColumn<int>("creates");
        QTest::addColumn<QString>("summary");
        const QString allDone = QStringLiteral("All 3 invoice(s) are done (2 by an earlier run).");
        QTest::newRow("issue as new") << int(BatchConflicts::IssueAsNew) << false << 1 << allDone;
        QTest::newRow("skip it") << int(BatchConflicts::Skip) << false << 0 << QStringLiteral("2 of 3");
        QTest::newRow("cancel") << -1 << false << 0 << QStringLiteral("Nothing was sent.");
        QTest::newRow("issue as new, in the window")
            << int(BatchConflicts::IssueAsNew) << true << 1 << allDone;
    }

    void changedRow_isAskedInTheWindow()
    {
        QFETCH(int, choice);
        QFETCH(bool, window);
        QFETCH(int, creates);
        QFETCH(QString, summary);
        ScriptedQuestions scripted;
        if (choice >= 0)
            scripted.decisions = QList<int> {choice};
        BatchPageServices withQuestions = services();
        withQuestions.questions = window ? nullptr : &scripted;
        BatchPage page(withQuestions);
        page.show();
        QList<IdentityRow> rows = identityRows(3);
        QVERIFY(page.loadFile(writeFile(QStringLiteral("thang5.csv"), identityCsv(rows))));
        page.findChild<QRadioButton *>(QStringLiteral("issueRadio"))->click();
        QSignalSpy finished(&page, &BatchPage::runFinished);
        page.startRun();
        QVERIFY(finished.wait(20000));
        QVERIFY(page.runner()->outcome().allDone());
        m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear"));

        rows[2].quantity = QStringLiteral("7"); // HD1's second line: 2 x 150,000 at 10 % + 7 x 50,000 at 8 %
        QVERIFY(page.loadFile(writeFile(QStringLiteral("thang5.csv"), identityCsv(rows))));
        // The preview already says what earlier runs did with each invoice.
        auto *preview = page.findChild<BatchPreviewTable *>();
        QVERIFY(preview->item(0, BatchPreviewTable::EarlierColumn)
                    ->text()
                    .startsWith(QLatin1String("Done earlier (number")));
        QCOMPARE(preview->item(1, BatchPreviewTable::EarlierColumn)->text(),
            QStringLiteral("Changed since it was issued: you will be asked"));
        QVERIFY(preview->item(1, BatchPreviewTable::ReferenceColumn)->text().endsWith(QLatin1String("-HD1")));
        QString before;
        QString now;
        // Answers the real dialog once it is open (from inside its own event loop).
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<DecisionsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("decisionsTable"));
            before = table->item(0, BatchConflicts::BeforeColumn)->text();
            now = table->item(0, BatchConflicts::NowColumn)->text();
            auto *decision = table->findChild<QComboBox *>(QStringLiteral("decision0"));
            QCOMPARE(decision->currentIndex(), int(BatchConflicts::Skip)); // the safe default
            decision->setCurrentIndex(choice);
            dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        });
        if (window)
            answer.start(20);
        page.startRun();
        if (choice < 0) {
            QTRY_COMPARE_WITH_TIMEOUT(
                page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(), summary, 20000);
        } else {
            QVERIFY(finished.wait(20000));
        }
        if (!window) {
            QCOMPARE(scripted.decided.size(), 1);
            const Questions::Decisions::Item &asked = scripted.decided.first().items.value(0);
            QCOMPARE(asked.choices.size(), 2);
            before = asked.cells.value(BatchConflicts::BeforeColumn);
            now = asked.cells.value(BatchConflicts::NowColumn);
        }
        QVERIFY2(before.contains(QLatin1String("Issued as number")), qPrintable(before));
        // The invoice date as everywhere else in the app, never "12/5/26" (5 December or 12 May?).
        const QString date
            = QStringLiteral("Date: ") + QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
        QVERIFY2(before.contains(date), qPrintable(before));
        QVERIFY2(now.contains(date), qPrintable(now));
        QVERIFY2(
            before.contains(QLocale().toString(qint64(2 * 150000 * 11 / 10 + 54000))), qPrintable(before));
        QVERIFY2(now.contains(QLocale().toString(qint64(2 * 150000 * 11 / 10 + 7 * 54000))), qPrintable(now));
        QCOMPARE(
            int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size()),
            creates);
        const QString header = page.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(header.contains(summary), qPrintable(header));
    }

    // Issue 16.7: the Results tab belongs to the file it ran; a new file starts without them.
    void newFile_clearsThePreviousResults()
    {
        BatchPage page(services());
        QVERIFY(page.loadFile(writeFile(QStringLiteral("two.csv"), todayBatchCsv(2))));
        auto *start = page.findChild<QPushButton *>(QStringLiteral("startButton"));
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.counts().done, 2, 20000);
        QTRY_VERIFY(!page.runner()->isRunning());
        auto *results = page.findChild<BatchResultsTable *>();
        QCOMPARE(results->rowCount(), 2);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

        QVERIFY(page.loadFile(writeFile(QStringLiteral("three.csv"), todayBatchCsv(3))));
        QCOMPARE(results->rowCount(), 0);
        QVERIFY(!page.runner());
        QCOMPARE(page.counts().done, 0);
        QCOMPARE(page.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 0);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    }

    void pauseAndCancel_stopSendingAndFollowWhatWasSent()
    {
        BatchPage page(services());
        QVERIFY(page.loadFile(writeFile(QStringLiteral("twenty.csv"), todayBatchCsv(20))));
        page.findChild<QSpinBox *>(QStringLiteral("concurrencySpin"))->setValue(2);
        page.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        // The run starts once its plan is made (what earlier runs of the file sent is read first).
        QSignalSpy started(page.session(), &BatchSession::countsChanged);
        QVERIFY(started.wait(10000));
        auto *pause = page.findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QVERIFY(pause->isEnabled());
        pause->click();
        QVERIFY(page.runner()->isPaused());
        QCOMPARE(pause->text(), BatchPage::tr("Resume"));
        page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(), 20000);
        const BatchCounts counts = page.counts();
        QCOMPARE(counts.done + counts.failed, 20);
        QVERIFY(counts.done <= 2);
        QCOMPARE(
            int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size()),
            counts.done);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    }

    // The template has no account column: its rows go through the account chosen on the page, the
    // first active one by default, and are checked against that account's templates.
    void template_goesThroughTheChosenAccount()
    {
        BatchPage page(services());
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("accountCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 10000); // the two active accounts
        QCOMPARE(combo->currentData().toString(), SandboxSeeder::ActiveAccountId);
        page.loadBytes(BatchTemplate::csv());
        QTRY_COMPARE_WITH_TIMEOUT(page.currentImport().errorCount(), 0, 10000);
        QCOMPARE(page.currentImport().invoices.size(), 2);
        for (const BatchInvoice &invoice : page.currentImport().invoices)
            QCOMPARE(invoice.invoice.providerAccountId, SandboxSeeder::ActiveAccountId);

        // Another account: the template's series is not one of its own, so every invoice is refused
        // before anything is sent.
        combo->setCurrentIndex(combo->findData(SandboxSeeder::ApprovedAccountId));
        QTRY_COMPARE_WITH_TIMEOUT(page.currentImport().errorCount(), 2, 10000);
        QCOMPARE(page.currentImport().invoices.first().invoice.providerAccountId,
            SandboxSeeder::ApprovedAccountId);
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QCOMPARE(
            m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 0);
    }

    void production_asksFirst()
    {
        test::ScriptedQuestions questions; // answers No
        BatchPageServices s = services();
        auto production = std::make_unique<SepayClient>(Environment::production());
        s.client = production.get();
        s.questions = &questions;
        BatchPage page(s);
        QVERIFY(page.loadFile(writeFile(QStringLiteral("two.csv"), todayBatchCsv(2))));
        page.startRun();
        QCOMPARE(questions.asked.size(), 1);
        QVERIFY(questions.asked.first().text.contains(QLatin1String("2")));
        QVERIFY(!page.runner());
    }
};

QTEST_MAIN(TstBatchPage)
#include "tst_batchpage.moc"
