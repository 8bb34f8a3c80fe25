#include "batch/batchissueorder.h"

#include <QTest>

using namespace einvoice;

class TstBatchIssueOrder : public QObject
{
    Q_OBJECT

private:
    static BatchIssueOrder order()
    {
        BatchIssueOrder order;
        order.add({QStringLiteral("A"), QDate(2026, 12, 5), true}); // 0
        order.add({QStringLiteral("A"), QDate(2026, 12, 4), true}); // 1
        order.add({QStringLiteral("B"), QDate(2026, 12, 5), true}); // 2
        order.add({QStringLiteral("A"), QDate(2026, 12, 4), true}); // 3
        order.add({QStringLiteral("A"), QDate(2026, 12, 1), false}); // 4: a draft
        order.add({QStringLiteral("B"), QDate(2026, 12, 3), true}); // 5
        return order;
    }

private Q_SLOTS:
    void sortByDate_oldestFirstKeepingTheFilesOrderWithinADate()
    {
        QList<int> pending {0, 1, 2, 3, 4, 5};
        order().sortByDate(pending);
        QCOMPARE(pending, (QList<int> {4, 5, 1, 3, 0, 2}));
    }

    void nextStartable_aLaterDateWaitsForTheEarlierOnesOfItsSeries()
    {
        const BatchIssueOrder issue = order();
        const QList<int> pending {1, 3, 0, 2};
        QCOMPARE(issue.nextStartable(pending, {}), 0);
        QCOMPARE(issue.nextStartable({3, 0, 2}, {1}), 0); // the same date goes along
        QCOMPARE(issue.nextStartable({0, 2}, {1, 3}), 1); // A's 5 Dec waits; B has nothing running
        QCOMPARE(issue.nextStartable({0}, {1, 2}), -1);
        QCOMPARE(issue.nextStartable({0}, {2}), 0); // A's 4 Dec finished
        QCOMPARE(issue.nextStartable({2}, {5}), -1); // B's 3 Dec still running
    }

    void nextStartable_draftsGetNoNumberAndNeverWait()
    {
        const BatchIssueOrder issue = order();
        QCOMPARE(issue.nextStartable({0, 4}, {1}), 1);
        QCOMPARE(issue.nextStartable({1}, {4}), 0); // a running draft holds nothing back
    }
};

QTEST_GUILESS_MAIN(TstBatchIssueOrder)
#include "tst_batchissueorder.moc"
