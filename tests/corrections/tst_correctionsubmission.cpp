// A replacement or adjustment end to end (CorrectionSubmission): read and check the origin,
// record in the outbox first, send exactly once, record the outcome, follow up what an earlier
// run left unfinished. Real sandbox over loopback, real SQLite outbox.

#include "../api/correctionfixture.h"
#include "api/apiconnection.h"
#include "core/totals.h"
#include "corrections/correctionledger.h"
#include "corrections/correctionsubmission.h"
#include "corrections/originadjustments.h"
#include "store/database.h"
#include "store/invoicedetailrepository.h"
#include "store/outboxrepository.h"

#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

class TestCorrectionSubmission : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    const QString m_environment = QStringLiteral("test");

    CorrectionOutcome submit(
        SepayClient *client, CorrectionOrder order, QList<CorrectionSubmission::Stage> *stages = nullptr)
    {
        auto *submission = new CorrectionSubmission(
            client, m_database.get(), m_outbox.get(), m_environment, std::move(order));
        if (stages) {
            connect(submission, &CorrectionSubmission::stageChanged, this,
                [stages](CorrectionSubmission::Stage stage) { stages->append(stage); });
        }
        CorrectionOutcome outcome;
        submission->start();
        if (!finish(submission, [&] { outcome = submission->outcome(); }))
            qWarning() << "submission did not finish";
        return outcome;
    }

    static CorrectionOrder order(CorrectionKind kind, const QString &origin = QStringLiteral("O-1"),
        const QString &reference = QString())
    {
        CorrectionOrder order;
        order.originReferenceCode = origin;
        order.kind = kind;
        order.invoice = correctionInvoice(kind, reference);
        return order;
    }

    QList<OutboxEntry> entries(const QString &origin = QStringLiteral("O-1"))
    {
        return CorrectionLedger(*m_database, *m_outbox, m_environment).entriesFor(origin).value();
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("outbox.sqlite"))).ok());
        m_outbox = std::make_unique<OutboxRepository>(*m_database);
    }

    void cleanup()
    {
        m_outbox.reset();
        m_database.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("outbox.sqlite")));
    }

    void replace_isRecordedBeforeItIsSentAndEndsDone()
    {
        SandboxFixture sandbox;
        sandbox.settings({{QStringLiteral("job_pending_polls"), 1}});
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        QList<CorrectionSubmission::Stage> stages;
        const CorrectionOutcome outcome = submit(client.get(), order(CorrectionKind::Replace), &stages);
        QCOMPARE(int(outcome.status), int(CorrectionOutcome::Status::Done));
        QVERIFY(outcome.referenceCodeGenerated);
        QVERIFY(outcome.invoice);
        QCOMPARE(outcome.invoice->referenceCode, outcome.referenceCode);
        QCOMPARE(outcome.origin->summary.referenceCode, QStringLiteral("O-1"));
        using S = CorrectionSubmission::Stage;
        QCOMPARE(stages, (QList<S> {S::Checking, S::Recording, S::Sending, S::Polling, S::Done}));
        const QList<OutboxEntry> recorded = entries();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().kind, OutboxKind::Replace);
        QCOMPARE(recorded.first().state, OutboxState::Succeeded);
        QCOMPARE(recorded.first().referenceCode, outcome.referenceCode);
        QCOMPARE(recorded.first().trackingCode, outcome.trackingCode);
        QVERIFY(!recorded.first().invoiceNumber.isEmpty());
        QList<OutboxState> history;
        for (const OutboxEvent &event : m_outbox->events(recorded.first().id).value())
            history.append(event.to);
        QCOMPARE(history.first(), OutboxState::Queued);
        QCOMPARE(history.at(1), OutboxState::Sent);
        QCOMPARE(history.last(), OutboxState::Succeeded);
    }

    void adjust_eachKindIsRecordedWithItsType_data()
    {
        QTest::addColumn<int>("kind");
        for (CorrectionKind kind : {CorrectionKind::Increase, CorrectionKind::Decrease,
                 CorrectionKind::Combined, CorrectionKind::Info})
            QTest::newRow(qPrintable(correctionKindName(kind))) << int(kind);
    }

    void adjust_eachKindIsRecordedWithItsType()
    {
        QFETCH(int, kind);
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        const CorrectionOutcome outcome = submit(client.get(), order(CorrectionKind(kind)));
        QCOMPARE(int(outcome.status), int(CorrectionOutcome::Status::Done));
        const OutboxEntry entry = entries().value(0);
        QCOMPARE(entry.kind, OutboxKind::Adjust);
        QCOMPARE(CorrectionLedger::kindOf(entry), std::optional<CorrectionKind>(CorrectionKind(kind)));
        QCOMPARE(entry.state, OutboxState::Succeeded);
    }

    void secondReplacement_isRefusedBeforeAnythingIsSent()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        QCOMPARE(int(submit(client.get(), order(CorrectionKind::Replace)).status),
            int(CorrectionOutcome::Status::Done));
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const CorrectionOutcome second = submit(client.get(), order(CorrectionKind::Replace));
        QCOMPARE(int(second.status), int(CorrectionOutcome::Status::Refused));
        QVERIFY(second.nothingSent());
        QVERIFY2(second.error.text().contains(QLatin1String("only once")), qPrintable(second.error.text()));
        QCOMPARE(sandbox.requests(QStringLiteral("POST")).size(), 0);
        QCOMPARE(sandbox.requests(QStringLiteral("GET")).size(), 1); // the origin's detail
        QCOMPARE(entries().size(), 1);
    }

    void secondReplacement_isRefusedByTheOutboxWhenTheDetailDoesNotTell()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        QCOMPARE(int(submit(client.get(),
                     order(CorrectionKind::Replace, QStringLiteral("O-1"), QStringLiteral("R-1")))
                         .status),
            int(CorrectionOutcome::Status::Done));
        // As in the documented detail example: no document_type, no provider_status.
        origin->documentType.reset();
        origin->providerStatus.clear();
        CorrectionOrder again = order(CorrectionKind::Decrease);
        again.origin = origin;
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const CorrectionOutcome outcome = submit(client.get(), again);
        QCOMPARE(int(outcome.status), int(CorrectionOutcome::Status::Refused));
        QVERIFY2(outcome.error.text().contains(QLatin1String("R-1")), qPrintable(outcome.error.text()));
        QCOMPARE(sandbox.requests().size(), 0);
    }

    // Two decreases of more than half the invoice each: the second is refused before anything is
    // sent, whether the first is known from this computer's outbox or from its stored detail
    // (then counted once, not twice).
    void secondDecrease_pastWhatIsLeft_isRefusedBeforeAnythingIsSent()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        const auto origin = issueOrigin(client.get(), QStringLiteral("O-1"));
        QVERIFY(origin);
        CorrectionOrder first = order(CorrectionKind::Decrease);
        const Decimal one = -computeTotals(first.invoice).grandTotal;
        const qint64 times = origin->summary.totalAmount.units() / one.units();
        QVERIFY(times >= 1); // times x one: more than half the total, not more than all of it
        first.invoice.lines.first().quantity = Decimal::fromInteger(-times);
        const Decimal taken = computeTotals(first.invoice).grandTotal;
        const CorrectionOutcome done = submit(client.get(), first);
        QCOMPARE(int(done.status), int(CorrectionOutcome::Status::Done));
        const auto net = [&] {
            return OriginAdjustments::netOf(*m_database, *m_outbox, m_environment, QStringLiteral("O-1"))
                .value();
        };
        QCOMPARE(net(), taken);

        CorrectionOrder second = order(CorrectionKind::Decrease);
        second.invoice.lines.first().quantity = Decimal::fromInteger(-times);
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const CorrectionOutcome refused = submit(client.get(), second);
        QCOMPARE(int(refused.status), int(CorrectionOutcome::Status::Refused));
        QVERIFY(refused.nothingSent());
        const QString left = (origin->summary.totalAmount + taken).toString();
        QVERIFY2(refused.error.text().contains(left), qPrintable(refused.error.text()));
        QCOMPARE(sandbox.requests(QStringLiteral("POST")).size(), 0);
        QCOMPARE(entries().size(), 1);

        // The first adjustment's detail read by the background fill: the server's word, once.
        auto *read = client->invoice(done.referenceCode);
        std::optional<InvoiceDetail> detail;
        QVERIFY(finish(read, [&] {
            if (read->succeeded())
                detail = read->invoice();
        }));
        QVERIFY(detail);
        QCOMPARE(detail->originalReferenceCode, QStringLiteral("O-1"));
        InvoiceDetailRepository details(*m_database);
        QVERIFY(details.saveDetail(m_environment, *detail,
            InvoiceDetailRepository::summaryKey(detail->summary), true, QDateTime::currentDateTimeUtc()));
        QCOMPARE(net(), taken);
    }

    void refusals_sendNothingAndRecordNothing_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("unknown origin") << QStringLiteral("unknown");
        QTest::newRow("draft origin") << QStringLiteral("draft");
        QTest::newRow("decrease that raises") << QStringLiteral("raise");
        QTest::newRow("cancelled origin") << QStringLiteral("cancelled");
    }

    void refusals_sendNothingAndRecordNothing()
    {
        QFETCH(QString, scenario);
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        CorrectionOrder request = order(CorrectionKind::Decrease,
            scenario == QLatin1String("unknown") ? QStringLiteral("NOPE") : QStringLiteral("O-1"));
        if (scenario == QLatin1String("draft")) {
            Invoice draft = issuedInvoice(QStringLiteral("D-1"), 10);
            draft.isDraft = true;
            QVERIFY(finish(client->createInvoice(draft, true), [] {}));
            request.originReferenceCode = QStringLiteral("D-1");
        } else if (scenario == QLatin1String("raise")) {
            request.invoice.lines.first().quantity = Decimal::fromInteger(1);
        } else if (scenario == QLatin1String("cancelled")) {
            sandbox.admin(QStringLiteral("/_sandbox/invoices/O-1"), {{QStringLiteral("cancelled"), true}});
        }
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const CorrectionOutcome outcome = submit(client.get(), request);
        QCOMPARE(int(outcome.status), int(CorrectionOutcome::Status::Refused));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Validation);
        QVERIFY(!outcome.error.text().isEmpty());
        QCOMPARE(sandbox.requests(QStringLiteral("POST")).size(), 0);
        QCOMPARE(entries(request.originReferenceCode).size(), 0);
    }

    void droppedConnection_endsAsExactlyOneReplacement()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        sandbox.faults({{QStringLiteral("drop_next"), 1},
            {QStringLiteral("next_path"), QStringLiteral("/v1/invoices/replace")}});
        const CorrectionOutcome outcome = submit(client.get(), order(CorrectionKind::Replace));
        QCOMPARE(int(outcome.status), int(CorrectionOutcome::Status::Done));
        // The dropped POST, then one more after proof that it never arrived (or Qt's own resend).
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/replace")).size(), 2);
        QCOMPARE(
            sandboxState(sandbox, QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray().size(),
            1);
        QCOMPARE(entries().size(), 1);
        QCOMPARE(entries().first().state, OutboxState::Succeeded);
    }

    void unknownOutcome_isFollowedUpNotSentAgain_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("landed");
        QTest::newRow("server errors: never arrived") << QStringLiteral("error_rate") << false;
        QTest::newRow("answers cut off: arrived") << QStringLiteral("malformed_rate") << true;
        QTest::newRow("rate limited: never arrived") << QStringLiteral("rate_limit_rate") << false;
    }

    void unknownOutcome_isFollowedUpNotSentAgain()
    {
        QFETCH(QString, fault);
        QFETCH(bool, landed);
        SandboxFixture sandbox;
        ClientOptions options = fastOptions();
        options.retry.maxAttempts = 2;
        options.maxCreateResends = 0;
        auto client = sandbox.client(options);
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        CorrectionOrder first = order(CorrectionKind::Increase);
        auto *detail = client->invoice(QStringLiteral("O-1"));
        QVERIFY(finish(detail, [&] { first.origin = detail->invoice(); }));
        sandbox.faults({{fault, 1.0}});
        const CorrectionOutcome lost = submit(client.get(), first);
        QCOMPARE(int(lost.status), int(CorrectionOutcome::Status::Unknown));
        QCOMPARE(entries().first().state, OutboxState::Unknown);
        sandbox.faults({{fault, 0.0}});
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        // Run again with a file without reference code: a new code, but the earlier request of
        // this origin is followed up instead.
        const CorrectionOutcome again = submit(client.get(), order(CorrectionKind::Increase));
        QCOMPARE(int(again.status), int(CorrectionOutcome::Status::Done));
        QVERIFY(again.resumed);
        QCOMPARE(again.referenceCode, lost.referenceCode);
        QCOMPARE(again.adopted, landed);
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size(),
            landed ? 0 : 1);
        QCOMPARE(
            sandboxState(sandbox, QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray().size(),
            1);
        QCOMPARE(entries().size(), 1);
        QCOMPARE(entries().first().state, OutboxState::Succeeded);
    }

    void loginRefused_isFollowedUpNotSentTwice()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        CorrectionOrder first = order(CorrectionKind::Replace);
        auto *detail = client->invoice(QStringLiteral("O-1"));
        QVERIFY(finish(detail, [&] { first.origin = detail->invoice(); }));
        // The secret was changed on my.sepay.vn meanwhile: the token expires, a new one is refused.
        client->setCredentials(Credentials {sandbox.credentials().clientId, QStringLiteral("old-secret")});
        sandbox.admin(QStringLiteral("/_sandbox/expire-tokens"));
        const CorrectionOutcome refused = submit(client.get(), first);
        QCOMPARE(int(refused.status), int(CorrectionOutcome::Status::Unknown));
        QVERIFY(refused.error.isAuthenticationFailure());
        QCOMPARE(entries().first().state, OutboxState::Unknown);
        client->setCredentials(sandbox.credentials());
        sandbox.admin(QStringLiteral("/_sandbox/requests/clear"));
        const CorrectionOutcome again = submit(client.get(), order(CorrectionKind::Replace));
        QCOMPARE(int(again.status), int(CorrectionOutcome::Status::Done));
        QVERIFY(again.resumed);
        QCOMPARE(again.referenceCode, refused.referenceCode);
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/replace")).size(), 1);
        QCOMPARE(
            sandboxState(sandbox, QStringLiteral("O-1")).value(QLatin1String("corrections")).toArray().size(),
            1);
        QCOMPARE(entries().size(), 1);
        QCOMPARE(entries().first().state, OutboxState::Succeeded);
    }

    void withoutWait_isAcceptedThenFollowedUp()
    {
        SandboxFixture sandbox;
        sandbox.settings({{QStringLiteral("job_pending_polls"), 1}});
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        CorrectionOrder noWait = order(CorrectionKind::Replace, QStringLiteral("O-1"), QStringLiteral("R-1"));
        noWait.wait = false;
        const CorrectionOutcome accepted = submit(client.get(), noWait);
        QCOMPARE(int(accepted.status), int(CorrectionOutcome::Status::Accepted));
        QVERIFY(!accepted.trackingCode.isEmpty());
        const QList<OutboxEntry> open
            = CorrectionLedger(*m_database, *m_outbox, m_environment).unfinished().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(CorrectionLedger::originOf(open.first()), QStringLiteral("O-1"));
        QCOMPARE(entries().first().state, OutboxState::Tracking);
        QCOMPARE(entries().first().trackingCode, accepted.trackingCode);
        // The next run follows it up (a look-up on the sandbox also moves the job on).
        const CorrectionOutcome followed = submit(client.get(), order(CorrectionKind::Replace));
        QCOMPARE(int(followed.status), int(CorrectionOutcome::Status::Done));
        QVERIFY(followed.resumed);
        QCOMPARE(followed.referenceCode, QStringLiteral("R-1"));
        QCOMPARE(entries().size(), 1);
        QCOMPARE(entries().first().state, OutboxState::Succeeded);
        QVERIFY(CorrectionLedger(*m_database, *m_outbox, m_environment).unfinished().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorrectionSubmission)
#include "tst_correctionsubmission.moc"
