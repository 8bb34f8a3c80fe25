// The desktop's corrections (CorrectionRuns): what a run left unfinished (the app closed or
// crashed while a correction was on its way) is followed up when a client exists again: sent once
// when it never arrived, adopted when it did, also when it has made its origin "replaced".

#include "../api/correctionfixture.h"
#include "corrections/correctionledger.h"
#include "corrections/correctionruns.h"
#include "corrections/correctionsubmission.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

class TestCorrectionRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unfinishedCorrections_areFollowedUpOnceEach()
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("local.sqlite"))).ok());
        OutboxRepository outbox(database);
        const QString environment = QStringLiteral("test");
        SandboxFixture sandbox;
        sandbox.settings({{QStringLiteral("job_pending_polls"), 0}}); // a job that arrives is done
        ClientOptions options = fastOptions();
        options.retry.maxAttempts = 1;
        options.maxCreateResends = 0;
        auto client = sandbox.client(options);
        const std::optional<InvoiceDetail> one = issueOrigin(client.get(), QStringLiteral("O-1"));
        const std::optional<InvoiceDetail> two = issueOrigin(client.get(), QStringLiteral("O-2"));
        QVERIFY(one && two);

        // Two replacements whose outcome was lost: O-1's never arrived; O-2's was issued (O-2 is
        // "replaced" now) but the app stopped before it wrote that down.
        CorrectionRuns before(&database, &outbox);
        before.setClient(client.get(), environment);
        for (const auto &[origin, fault] : {std::pair {*one, 1.0}, std::pair {*two, 0.0}}) {
            sandbox.faults({{QStringLiteral("error_rate"), fault}});
            CorrectionOrder order;
            order.originReferenceCode = origin.summary.referenceCode;
            order.origin = origin; // read before the faults
            order.invoice = correctionInvoice(CorrectionKind::Replace);
            QSignalSpy ended(&before, &CorrectionRuns::finished);
            QVERIFY(before.start(order));
            QVERIFY(ended.wait(20000));
            const auto outcome = ended.first().at(1).value<CorrectionOutcome>();
            QCOMPARE(int(outcome.status),
                int(fault > 0 ? CorrectionOutcome::Status::Unknown : CorrectionOutcome::Status::Done));
            if (fault == 0.0) {
                QSqlQuery crash(database.connection());
                QVERIFY(
                    crash.exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE reference_code = '%1'")
                                   .arg(outcome.referenceCode)));
            }
        }
        sandbox.faults({{QStringLiteral("error_rate"), 0.0}});
        QCOMPARE(
            sandboxState(sandbox, QStringLiteral("O-2")).value(QLatin1String("document_type")).toInt(), 5);
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));

        // The app starts again.
        CorrectionRuns after(&database, &outbox);
        QCOMPARE(after.resumeUnfinished(), 0); // no client yet
        after.setClient(client.get(), environment);
        QSignalSpy ended(&after, &CorrectionRuns::finished);
        QCOMPARE(after.resumeUnfinished(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 20000);
        for (const QList<QVariant> &end : ended) {
            const auto outcome = end.at(1).value<CorrectionOutcome>();
            QCOMPARE(int(outcome.status), int(CorrectionOutcome::Status::Done));
            QVERIFY(outcome.resumed);
        }
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/replace")).size(), 1);
        const CorrectionLedger ledger(database, outbox, environment);
        QVERIFY(ledger.unfinished().value().isEmpty());
        for (const QString &origin : {QStringLiteral("O-1"), QStringLiteral("O-2")}) {
            QCOMPARE(sandboxState(sandbox, origin).value(QLatin1String("corrections")).toArray().size(), 1);
            QCOMPARE(ledger.entriesFor(origin).value().size(), 1);
        }
        QCOMPARE(after.resumeUnfinished(), 0); // nothing left
    }
};

QTEST_GUILESS_MAIN(TestCorrectionRuns)
#include "tst_correctionruns.moc"
