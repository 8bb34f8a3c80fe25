#include "api/createinvoiceoperation.h"
#include "api/issueinvoiceoperation.h"
#include "core/invoicejson.h"
#include "editoroutboxfixture.h"
#include "sandbox/jobprocessor.h"
#include "store/localdraftrepository.h"
#include "ui/editor/invoiceeditorpage.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

// The editor's create and issue requests through the crash-safe outbox (issue 9), against the
// real local sandbox server over loopback and a real SQLite file.
class TestEditorOutbox : public EditorOutboxFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void issue_recordsEntryBeforeSendingAndEndsWithOneInvoice();
    void create_lostAnswerEndsWithOneInvoice_data();
    void create_lostAnswerEndsWithOneInvoice();
    void appClosedWhileWaiting_resumedOnStartWithoutResending();
    void unfinishedEntry_isFollowedUpOnStart_data();
    void unfinishedEntry_isFollowedUpOnStart();
    void unfinishedEntryOfTheShownInvoice_movesTheFormOn();
    void stoppedWaiting_nextAttemptFollowsUpInsteadOfResending();
    void failedJob_fixedAndResent_keepsReferenceCode();
    void saveDraftThenIssueDraft_recordsBothJobs();
    void unfinishedIssueOfADraft_isFollowedUpOnStart_data();
    void unfinishedIssueOfADraft_isFollowedUpOnStart();
};

void TestEditorOutbox::issue_recordsEntryBeforeSendingAndEndsWithOneInvoice()
{
    auto client = m_sandbox->client();
    auto editorActions = actions(client.get());
    QSignalSpy finished(editorActions.get(), &InvoiceActions::actionFinished);
    QSignalSpy progress(editorActions.get(), &InvoiceActions::progress);
    const Invoice invoice = issuable(QStringLiteral("ED-ISSUE-1"));

    editorActions->create(invoice);
    // Before control returns to the event loop (so before any byte can leave) the entry is
    // recorded as sent, with the exact payload.
    const auto open = m_outbox->findOpen(m_environment, invoice.referenceCode, OutboxKind::Create);
    QVERIFY(open.ok() && open.value());
    QCOMPARE(open.value()->state, OutboxState::Sent);
    QCOMPARE(open.value()->payload, json::toCreatePayload(invoice));
    QVERIFY(open.value()->batchId.isEmpty());
    QVERIFY(!progress.isEmpty());

    QVERIFY(finished.wait(15000));
    const auto result = finished.at(0).at(0).value<InvoiceActions::Result>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.action, InvoiceActions::Action::Issue);
    QVERIFY(result.invoice && !result.invoice->invoiceNumber.isEmpty());
    QStringList texts; // the same progress as without the outbox, down to the pending checks
    for (const QList<QVariant> &arguments : std::as_const(progress))
        texts.append(arguments.at(1).toString());
    QVERIFY2(!texts.filter(QStringLiteral("Pending (")).isEmpty(), qPrintable(texts.join(u'|')));

    const auto entry = m_outbox->load(open.value()->id);
    QCOMPARE(entry.value().state, OutboxState::Succeeded);
    QCOMPARE(entry.value().invoiceNumber, result.invoice->invoiceNumber);
    QCOMPARE(states(entry.value().id),
        (QList<OutboxState> {
            OutboxState::Queued, OutboxState::Sent, OutboxState::Tracking, OutboxState::Succeeded}));
    const QList<InvoiceSummary> onServer = serverInvoices(client.get());
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().referenceCode, invoice.referenceCode);
    QCOMPARE(onServer.first().status, InvoiceStatus::Issued);
    QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1);
}

void TestEditorOutbox::create_lostAnswerEndsWithOneInvoice_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("dropped connection") << QStringLiteral("drop_next");
    QTest::newRow("500") << QStringLiteral("error_next");
    QTest::newRow("cut-off answer (executed)") << QStringLiteral("malformed_next");
}

void TestEditorOutbox::create_lostAnswerEndsWithOneInvoice()
{
    QFETCH(QString, fault);
    auto client = m_sandbox->client();
    QCOMPARE(serverInvoices(client.get()).size(), 0); // also fetches the token
    auto editorActions = actions(client.get());
    QSignalSpy finished(editorActions.get(), &InvoiceActions::actionFinished);
    m_sandbox->faults({{fault, 1}});

    editorActions->create(issuable(QStringLiteral("ED-LOST-1")));
    QVERIFY(finished.wait(15000));
    const auto result = finished.at(0).at(0).value<InvoiceActions::Result>();
    QVERIFY2(result.ok, qPrintable(result.message));

    const QList<InvoiceSummary> onServer = serverInvoices(client.get());
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().referenceCode, QStringLiteral("ED-LOST-1"));
    const auto entries = m_outbox->byReference(m_environment, QStringLiteral("ED-LOST-1"));
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().state, OutboxState::Succeeded);
}

void TestEditorOutbox::appClosedWhileWaiting_resumedOnStartWithoutResending()
{
    const QString reference = QStringLiteral("ED-CLOSED-1");
    {
        auto client = m_sandbox->client();
        QCOMPARE(serverInvoices(client.get()).size(), 0);
        auto editorActions = actions(client.get());
        // Executed, answered late; the job settles at the first look-up (the real server works
        // its jobs whether or not anyone polls them).
        m_sandbox->settings({{QStringLiteral("job_pending_polls"), 0}});
        m_sandbox->faults({{QStringLiteral("latency_ms"), 1500}});
        editorActions->create(issuable(reference));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1,
            5000);
        // The app is closed before the answer arrives: actions, operations and client go.
    }
    m_sandbox->faults({{QStringLiteral("latency_ms"), 0}});
    const auto open = m_outbox->findOpen(m_environment, reference, OutboxKind::Create);
    QVERIFY(open.ok() && open.value());
    QCOMPARE(open.value()->state, OutboxState::Sent);

    auto client = m_sandbox->client();
    auto editorActions = actions(client.get());
    QSignalSpy ended(editorActions.get(), &InvoiceActions::unfinishedJobEnded);
    QVERIFY(ended.wait(15000));
    const auto result = ended.at(0).at(0).value<InvoiceActions::Result>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.referenceCode, reference);
    QCOMPARE(m_outbox->load(open.value()->id).value().state, OutboxState::Succeeded);
    QCOMPARE(serverInvoices(client.get()).size(), 1);
    QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1);
}

void TestEditorOutbox::unfinishedEntry_isFollowedUpOnStart_data()
{
    QTest::addColumn<bool>("serverReceivedIt");
    QTest::newRow("never received: sent once") << false;
    QTest::newRow("received: adopted") << true;
}

void TestEditorOutbox::unfinishedEntry_isFollowedUpOnStart()
{
    QFETCH(bool, serverReceivedIt);
    const Invoice invoice = issuable(QStringLiteral("ED-LEFT-1"));
    auto client = m_sandbox->client();
    const qint64 entryId = leaveSentEntry(invoice);
    QVERIFY(entryId > 0);
    if (serverReceivedIt) {
        CreateInvoiceOperation *operation = client->createInvoice(invoice, true);
        bool created = false;
        QVERIFY(finish(operation, [operation, &created] { created = operation->succeeded(); }));
        QVERIFY(created);
    }

    auto editorActions = actions(client.get());
    EditorServices services;
    services.actions = editorActions.get();
    services.environment = m_environment;
    InvoiceEditorPage page(services); // shows a new invoice, not the one of the job
    QSignalSpy ended(editorActions.get(), &InvoiceActions::unfinishedJobEnded);
    QSignalSpy jobEnded(&page, &InvoiceEditorPage::jobEnded);
    QVERIFY(ended.wait(15000));
    const auto result = ended.at(0).at(0).value<InvoiceActions::Result>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.invoice && !result.invoice->invoiceNumber.isEmpty());
    QCOMPARE(jobEnded.size(), 1);
    QCOMPARE(jobEnded.at(0).at(0).toBool(), true);
    QCOMPARE(jobEnded.at(0).at(1).toString(), result.invoice->invoiceNumber);
    const QString status = page.findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
    QVERIFY2(!status.contains(invoice.referenceCode) && status.contains(result.invoice->invoiceNumber),
        qPrintable(status));
    QCOMPARE(page.stage(), InvoiceEditorPage::Stage::Editing);

    QCOMPARE(m_outbox->load(entryId).value().state, OutboxState::Succeeded);
    QCOMPARE(m_outbox->unfinished(m_environment).value().size(), 0);
    const QList<InvoiceSummary> onServer = serverInvoices(client.get());
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().referenceCode, invoice.referenceCode);
    QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1);
    QCOMPARE(m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/ED-LEFT-1")).size() >= 1,
        true); // looked up before anything else
}

// After a crash the editor restores the local draft that was being issued; when the job turns
// out to have succeeded, the form shows the issued invoice and the local draft is gone.
void TestEditorOutbox::unfinishedEntryOfTheShownInvoice_movesTheFormOn()
{
    const Invoice invoice = issuable(QStringLiteral("ED-SHOWN-1"));
    LocalDraftRepository &drafts = m_store->drafts();
    LocalDraft draft;
    draft.environment = m_environment;
    draft.invoice = invoice;
    QVERIFY(drafts.save(draft).ok());
    QVERIFY(leaveSentEntry(invoice) > 0);

    auto client = m_sandbox->client();
    auto editorActions = actions(client.get());
    EditorServices services;
    services.actions = editorActions.get();
    services.drafts = &drafts;
    services.environment = m_environment;
    InvoiceEditorPage page(services);
    QCOMPARE(page.invoice().referenceCode, invoice.referenceCode); // the draft was restored
    QSignalSpy jobEnded(&page, &InvoiceEditorPage::jobEnded);

    QVERIFY(jobEnded.wait(15000));
    QCOMPARE(jobEnded.at(0).at(0).toBool(), true);
    QCOMPARE(page.stage(), InvoiceEditorPage::Stage::Issued);
    QVERIFY(!page.invoiceNumber().isEmpty());
    QCOMPARE(page.invoiceNumber(), jobEnded.at(0).at(1).toString());
    QCOMPARE(page.serverReferenceCode(), invoice.referenceCode);
    QCOMPARE(drafts.count(m_environment).value(), 0);
    QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1);
}

// cancel() only stops waiting: the entry stays open, and the next attempt with the same
// reference code checks the server (the invoice is there) instead of sending again.
void TestEditorOutbox::stoppedWaiting_nextAttemptFollowsUpInsteadOfResending()
{
    auto client = m_sandbox->client();
    QCOMPARE(serverInvoices(client.get()).size(), 0);
    auto editorActions = actions(client.get());
    QSignalSpy finished(editorActions.get(), &InvoiceActions::actionFinished);
    const Invoice invoice = issuable(QStringLiteral("ED-STOP-1"));
    m_sandbox->settings({{QStringLiteral("job_pending_polls"), 0}});
    m_sandbox->faults({{QStringLiteral("latency_ms"), 1000}});

    editorActions->create(invoice);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1, 5000);
    editorActions->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).value<InvoiceActions::Result>().ok);
    QCOMPARE(editorActions->outboxWork()->runningCount(), 0);
    const auto open = m_outbox->findOpen(m_environment, invoice.referenceCode, OutboxKind::Create);
    QVERIFY(open.ok() && open.value());

    m_sandbox->faults({{QStringLiteral("latency_ms"), 0}});
    editorActions->create(invoice);
    QVERIFY(finished.wait(15000));
    const auto result = finished.at(1).at(0).value<InvoiceActions::Result>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_outbox->load(open.value()->id).value().state, OutboxState::Succeeded);
    QCOMPARE(m_outbox->byReference(m_environment, invoice.referenceCode).value().size(), 1);
    QCOMPARE(serverInvoices(client.get()).size(), 1);
    QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create")).size(), 1);
}

void TestEditorOutbox::failedJob_fixedAndResent_keepsReferenceCode()
{
    auto client = m_sandbox->client();
    auto editorActions = actions(client.get());
    QSignalSpy finished(editorActions.get(), &InvoiceActions::actionFinished);
    Invoice invoice = issuable(QStringLiteral("ED-FAIL-1"));
    invoice.buyer.name = QStringLiteral("Công ty Sai ") + JobProcessor::FailMarker;

    editorActions->create(invoice);
    QVERIFY(finished.wait(15000));
    const auto failed = finished.at(0).at(0).value<InvoiceActions::Result>();
    QVERIFY(!failed.ok);
    QVERIFY(!failed.message.isEmpty());
    const auto first = m_outbox->byReference(m_environment, invoice.referenceCode).value();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().state, OutboxState::Failed);

    invoice.buyer.name = QStringLiteral("Công ty Đúng");
    editorActions->create(invoice);
    QVERIFY(finished.wait(15000));
    const auto fixed = finished.at(1).at(0).value<InvoiceActions::Result>();
    QVERIFY2(fixed.ok, qPrintable(fixed.message));
    QCOMPARE(fixed.referenceCode, invoice.referenceCode);

    const auto entries = m_outbox->byReference(m_environment, invoice.referenceCode).value();
    QCOMPARE(entries.size(), 1); // the failed entry was requeued, not duplicated
    QCOMPARE(entries.first().id, first.first().id);
    QCOMPARE(entries.first().state, OutboxState::Succeeded);
    QCOMPARE(entries.first().payload, json::toCreatePayload(invoice));
    QCOMPARE(states(entries.first().id),
        (QList<OutboxState> {OutboxState::Queued, OutboxState::Sent, OutboxState::Tracking,
            OutboxState::Failed, OutboxState::Queued, OutboxState::Sent, OutboxState::Tracking,
            OutboxState::Succeeded}));
    const QList<InvoiceSummary> onServer = serverInvoices(client.get());
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().referenceCode, invoice.referenceCode);
    QCOMPARE(onServer.first().buyer.name, QStringLiteral("Công ty Đúng"));
}

void TestEditorOutbox::saveDraftThenIssueDraft_recordsBothJobs()
{
    auto client = m_sandbox->client();
    auto editorActions = actions(client.get());
    QSignalSpy finished(editorActions.get(), &InvoiceActions::actionFinished);
    const Invoice draft = sampleInvoice(QStringLiteral("ED-DRAFT-1"));

    editorActions->create(draft);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<InvoiceActions::Result>().action, InvoiceActions::Action::SaveDraft);
    QVERIFY(finished.at(0).at(0).value<InvoiceActions::Result>().ok);
    editorActions->issueDraft(draft.referenceCode);
    const auto open = m_outbox->findOpen(m_environment, draft.referenceCode, OutboxKind::Issue);
    QVERIFY(open.ok() && open.value());
    QCOMPARE(open.value()->state, OutboxState::Sent);
    QVERIFY(finished.wait(15000));
    const auto issued = finished.at(1).at(0).value<InvoiceActions::Result>();
    QVERIFY2(issued.ok, qPrintable(issued.message));
    QCOMPARE(issued.action, InvoiceActions::Action::IssueDraft);

    const auto entries = m_outbox->byReference(m_environment, draft.referenceCode).value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, OutboxKind::Create);
    QCOMPARE(entries.at(1).kind, OutboxKind::Issue);
    QCOMPARE(entries.at(1).state, OutboxState::Succeeded);
    QCOMPARE(entries.at(1).invoiceNumber, issued.invoice->invoiceNumber);
    const QList<InvoiceSummary> onServer = serverInvoices(client.get());
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().status, InvoiceStatus::Issued);
}

void TestEditorOutbox::unfinishedIssueOfADraft_isFollowedUpOnStart_data()
{
    QTest::addColumn<bool>("serverReceivedIt");
    QTest::newRow("never received: issued once") << false;
    QTest::newRow("received: adopted") << true;
}

// "Issue draft" left in sent: the invoice is looked up; a draft is issued once, an issued one adopted.
void TestEditorOutbox::unfinishedIssueOfADraft_isFollowedUpOnStart()
{
    QFETCH(bool, serverReceivedIt);
    auto client = m_sandbox->client();
    const Invoice draft = sampleInvoice(QStringLiteral("ED-LEFTISSUE-1"));
    CreateInvoiceOperation *create = client->createInvoice(draft, true);
    QVERIFY(finish(create, [] {}));
    OutboxEntry left;
    left.environment = m_environment;
    left.referenceCode = draft.referenceCode;
    left.kind = OutboxKind::Issue;
    left.payload = QJsonObject {{QStringLiteral("reference_code"), draft.referenceCode}};
    const auto queued = m_outbox->enqueue(left);
    QVERIFY(queued.ok() && m_outbox->markSent(queued.value().id).ok());
    if (serverReceivedIt) {
        IssueInvoiceOperation *issue = client->issueInvoice(draft.referenceCode, true);
        QVERIFY(finish(issue, [] {}));
    }

    auto editorActions = actions(client.get());
    QSignalSpy ended(editorActions.get(), &InvoiceActions::unfinishedJobEnded);
    QVERIFY(ended.wait(15000));
    const auto result = ended.at(0).at(0).value<InvoiceActions::Result>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.action, InvoiceActions::Action::IssueDraft);
    QCOMPARE(m_outbox->load(queued.value().id).value().state, OutboxState::Succeeded);
    const QList<InvoiceSummary> onServer = serverInvoices(client.get());
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().status, InvoiceStatus::Issued);
    QCOMPARE(m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/issue")).size(), 1);
}

QTEST_MAIN(TestEditorOutbox)
#include "tst_editoroutbox.moc"
