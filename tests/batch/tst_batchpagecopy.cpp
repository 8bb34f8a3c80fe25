// The batch page against a real SandboxServer (session 28): a row corrected in a copy of an issued
// file ("Save as" another name) is shown and asked about as a changed copy, never issued unasked.

#include "batchpagefixture.h"
#include "identityfixture.h"
#include "support/scriptedquestions.h"
#include "ui/batch/batchconflicts.h"
#include "ui/batch/batchpage.h"
#include "ui/batch/batchpreviewtable.h"

#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>

using namespace einvoice;
using namespace einvoice::test;

class TstBatchPageCopy : public BatchPageFixture
{
    Q_OBJECT

    int creates()
    {
        return int(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size());
    }

    void run(BatchPage &page)
    {
        QSignalSpy finished(&page, &BatchPage::runFinished);
        page.startRun();
        QVERIFY(finished.wait(20000));
    }

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void correctedCopy_isAskedOnThePage()
    {
        ScriptedQuestions scripted;
        BatchPageServices withQuestions = services();
        withQuestions.questions = &scripted;
        BatchPage page(withQuestions);
        page.show();
        QList<IdentityRow> rows = identityRows(4);
        QVERIFY(page.loadFile(writeFile(QStringLiteral("lo1.csv"), identityCsv(rows))));
        page.findChild<QRadioButton *>(QStringLiteral("issueRadio"))->click();
        run(page);
        QVERIFY(page.runner()->outcome().allDone());
        m_sandbox->admin(QStringLiteral("/_sandbox/requests/clear"));

        rows[3].quantity = QStringLiteral("7"); // HD2
        QVERIFY(page.loadFile(writeFile(QStringLiteral("lo1 (sửa).csv"), identityCsv(rows))));
        auto *preview = page.findChild<BatchPreviewTable *>();
        QCOMPARE(preview->item(2, BatchPreviewTable::EarlierColumn)->text(),
            QStringLiteral("Changed copy of key HD2 of lo1.csv, sent before: you will be asked"));
        QVERIFY(
            preview->item(0, BatchPreviewTable::EarlierColumn)->text().startsWith(QLatin1String("Same as")));

        scripted.decisions = QList<int> {}; // every one skipped (the first choice)
        run(page);
        QCOMPARE(scripted.decided.size(), 1);
        const Questions::Decisions::Item asked = scripted.decided.first().items.value(2);
        QCOMPARE(asked.cells.value(BatchConflicts::KeyColumn), QStringLiteral("HD2"));
        const QString before = asked.cells.value(BatchConflicts::BeforeColumn);
        QVERIFY2(
            before.startsWith(QLatin1String("From lo1.csv, key HD2, issued as number")), qPrintable(before));
        QCOMPARE(asked.choices.value(1), QStringLiteral("Send it anyway"));
        // The invoice sent before, and the file now: 3 x 150,000 at 10 %, now 7.
        QVERIFY2(before.contains(QLocale().toString(qint64(3 * 165000))), qPrintable(before));
        const QString now = asked.cells.value(BatchConflicts::NowColumn);
        QVERIFY2(now.contains(QLocale().toString(qint64(7 * 165000))), qPrintable(now));
        QCOMPARE(creates(), 0);

        scripted.decisions
            = QList<int> {BatchConflicts::Skip, BatchConflicts::Skip, BatchConflicts::IssueAsNew};
        run(page);
        QCOMPARE(creates(), 1);
        QCOMPARE(page.runner()->outcome().doneNow, 1);
    }
};

QTEST_MAIN(TstBatchPageCopy)
#include "tst_batchpagecopy.moc"
