// Editing a server draft: the new draft first, the old one deleted after. The pair is recorded in
// the outbox, so that a crash between the two steps ends, on the next start, with the new draft
// only: never none, never both for good. Against the sandbox server over loopback and a real
// SQLite outbox; a crash is the actions object going away with the job half done.

#include "api/createinvoiceoperation.h"
#include "editor/drafteditpair.h"
#include "editoroutboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace einvoice;
using namespace einvoice::test;

class TestDraftEditPair : public EditorOutboxFixture
{
    Q_OBJECT

private:
    static Invoice draft(const QString &reference)
    {
        Invoice invoice = sampleInvoice(reference);
        invoice.isDraft = true;
        return invoice;
    }

    // A draft put on the server by someone (the CLI, the web, an earlier edit).
    bool putDraft(SepayClient *client, const QString &reference)
    {
        CreateInvoiceOperation *operation = client->createInvoice(draft(reference), true);
        bool created = false;
        return finish(operation, [operation, &created] { created = operation->succeeded(); }) && created;
    }

    QStringList serverReferences(SepayClient *client)
    {
        QStringList references;
        for (const InvoiceSummary &summary : serverInvoices(client))
            references.append(summary.referenceCode);
        references.sort();
        return references;
    }

    // The new draft's create entry as an edit writes it: the old draft recorded.
    OutboxEntry pairEntry(const QString &newReference, const QString &oldReference)
    {
        OutboxEntry entry;
        entry.environment = m_environment;
        entry.referenceCode = newReference;
        entry.payload = json::toCreatePayload(draft(newReference));
        DraftEditPair::record(entry.payload, oldReference);
        return entry;
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void crashAfterTheNewDraft_theNextStartDeletesTheOld()
    {
        auto client = m_sandbox->client();
        QVERIFY(putDraft(client.get(), QStringLiteral("OLD-1")));
        {
            auto editorActions = actions(client.get());
            QSignalSpy finished(editorActions.get(), &InvoiceActions::actionFinished);
            editorActions->createReplacing(draft(QStringLiteral("NEW-1")), QStringLiteral("OLD-1"));
            QVERIFY(finished.wait(15000));
            QVERIFY(finished.at(0).at(0).value<InvoiceActions::Result>().ok);
            // The app dies here, before the old draft is deleted.
        }
        QCOMPARE(
            serverReferences(client.get()), (QStringList {QStringLiteral("NEW-1"), QStringLiteral("OLD-1")}));
        // The note stays home: the server got the plain create body.
        const QJsonArray posts
            = m_sandbox->requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/create"));
        QCOMPARE(posts.size(), 2);
        QVERIFY(!posts.at(1)
                     .toObject()
                     .value(QLatin1String("body"))
                     .toObject()
                     .contains(QLatin1String("_replaces_draft")));
        const auto recorded = m_outbox->withPayloadKey(m_environment, QStringLiteral("_replaces_draft"));
        QVERIFY(recorded.ok());
        QCOMPARE(recorded.value().size(), 1);
        QCOMPARE(DraftEditPair::replacedDraftOf(recorded.value().first()), QStringLiteral("OLD-1"));

        auto restarted = actions(client.get());
        QSignalSpy deleted(restarted.get(), &InvoiceActions::replacedDraftDeleted);
        QVERIFY(deleted.wait(15000));
        QCOMPARE(deleted.at(0).at(0).toString(), QStringLiteral("OLD-1"));
        QCOMPARE(deleted.at(0).at(1).toString(), QStringLiteral("NEW-1"));
        QCOMPARE(serverReferences(client.get()), QStringList {QStringLiteral("NEW-1")});

        // Started once more: nothing left to do, nothing deleted.
        auto again = actions(client.get());
        QSignalSpy deletedAgain(again.get(), &InvoiceActions::replacedDraftDeleted);
        QTRY_VERIFY(
            m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/OLD-1")).size() >= 2);
        QTest::qWait(200);
        QCOMPARE(deletedAgain.size(), 0);
        QCOMPARE(serverReferences(client.get()), QStringList {QStringLiteral("NEW-1")});
    }

    void crashWhileTheNewDraftWasBeingSent_followedUpThenTheOldGoes()
    {
        auto client = m_sandbox->client();
        QVERIFY(putDraft(client.get(), QStringLiteral("OLD-2")));
        const auto queued = m_outbox->enqueue(pairEntry(QStringLiteral("NEW-2"), QStringLiteral("OLD-2")));
        QVERIFY(queued.ok() && m_outbox->markSent(queued.value().id).ok()); // no answer came

        auto restarted = actions(client.get());
        QSignalSpy ended(restarted.get(), &InvoiceActions::unfinishedJobEnded);
        QSignalSpy deleted(restarted.get(), &InvoiceActions::replacedDraftDeleted);
        QVERIFY(deleted.wait(15000));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(deleted.at(0).at(0).toString(), QStringLiteral("OLD-2"));
        QCOMPARE(serverReferences(client.get()), QStringList {QStringLiteral("NEW-2")});
        QCOMPARE(m_sandbox->postedReferenceCodes(QStringLiteral("/v1/invoices/create")),
            (QStringList {QStringLiteral("OLD-2"), QStringLiteral("NEW-2")}));
    }

    void newDraftNotOnTheServer_theOldStays()
    {
        auto client = m_sandbox->client();
        QVERIFY(putDraft(client.get(), QStringLiteral("OLD-3")));
        const auto queued = m_outbox->enqueue(pairEntry(QStringLiteral("NEW-3"), QStringLiteral("OLD-3")));
        QVERIFY(queued.ok());
        // Recorded as done, but the new draft is not there (deleted on the web meanwhile).
        QVERIFY(m_outbox->markSent(queued.value().id).ok());
        QVERIFY(m_outbox->markSucceeded(queued.value().id).ok());

        auto restarted = actions(client.get());
        QSignalSpy deleted(restarted.get(), &InvoiceActions::replacedDraftDeleted);
        QTRY_VERIFY(
            !m_sandbox->requests(QStringLiteral("GET"), QStringLiteral("/v1/invoices/NEW-3")).isEmpty());
        QTest::qWait(300);
        QCOMPARE(deleted.size(), 0);
        QCOMPARE(serverReferences(client.get()), QStringList {QStringLiteral("OLD-3")});
        QVERIFY(m_sandbox->requests(QString(), QStringLiteral("/v1/invoices/delete")).isEmpty());
    }
};

QTEST_MAIN(TestDraftEditPair)
#include "tst_drafteditpair.moc"
