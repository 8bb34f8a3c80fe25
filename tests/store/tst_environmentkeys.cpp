// Rows an earlier version wrote under another spelling of a custom environment move under
// EnvironmentId::key() (issue 15): drafts, catalogue, invoice cache, sync state, quota readings and
// outbox entries, in a real SQLite file, so that no user's data is orphaned by the new key.
#include "core/environmentid.h"
#include "store/cataloguerepository.h"
#include "store/customercatalogue.h"
#include "store/database.h"
#include "store/environmentkeymigration.h"
#include "store/invoicecacherepository.h"
#include "store/localdraftrepository.h"
#include "store/outboxrepository.h"
#include "store/usagereadingrepository.h"
#include "storetestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::storetest;

namespace {

const QUrl typedUrl(QStringLiteral("https://Einvoice.Example.com/"));
const QString currentKey = QStringLiteral("custom:https://einvoice.example.com:443");
// What the editor, the invoice list and the usage page wrote: the URL as typed.
const QString pageKey = QStringLiteral("custom:https://Einvoice.Example.com/");
// What the batch runner wrote into the outbox.
const QString batchKey = QStringLiteral("custom@einvoice.example.com");

} // namespace

class TestEnvironmentKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    EnvironmentKeyMigration::Report migrate(const QList<QUrl> &known = {typedUrl})
    {
        const auto report = EnvironmentKeyMigration::run(*m_database, known);
        if (!report.ok())
            qWarning() << report.error().toString();
        return report.ok() ? report.value()
                           : EnvironmentKeyMigration::Report {{}, {}, {QStringLiteral("failed")}, {}};
    }

    // The file as an earlier version left it: a bit of everything under the old spellings, and a
    // Sandbox row that must not move.
    void writeOldRows()
    {
        LocalDraftRepository drafts(*m_database);
        LocalDraft draft;
        draft.environment = pageKey;
        draft.invoice = invoice(QStringLiteral("DRAFT-1"));
        QVERIFY(drafts.save(draft).ok());
        CatalogueRepository catalogue(*m_database);
        QVERIFY(catalogue.rememberInvoice(pageKey, invoice(QStringLiteral("DRAFT-1"))).ok());
        InvoiceCacheRepository cache(*m_database);
        QVERIFY(cache
                    .upsertPage(
                        pageKey, {summary(QStringLiteral("INV-1"), QStringLiteral("1"), QDate(2026, 3, 1))})
                    .ok());
        QVERIFY(cache
                    .upsertPage(QStringLiteral("sandbox"),
                        {summary(QStringLiteral("SBX-1"), QStringLiteral("7"), QDate(2026, 3, 1))})
                    .ok());
        QVERIFY(cache.setLastSync(pageKey, QDateTime::currentDateTimeUtc()).ok());
        UsageReadingRepository readings(*m_database);
        QVERIFY(readings.add(pageKey, QDateTime::currentDateTimeUtc(), 120).ok());
        OutboxRepository outbox(*m_database);
        OutboxEntry editorEntry = outboxRequest(QStringLiteral("EDITOR-1"), OutboxKind::Create, pageKey);
        QVERIFY(outbox.enqueue(editorEntry).ok());
        OutboxEntry batchEntry = outboxRequest(QStringLiteral("BATCH-1"), OutboxKind::Create, batchKey);
        batchEntry.batchId = QStringLiteral("batch-1");
        const auto queued = outbox.enqueue(batchEntry);
        QVERIFY(queued.ok());
        QVERIFY(outbox.markSent(queued.value().id).ok());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(dbPath(m_dir));
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(dbPath(m_dir)).ok());
    }
    void cleanup() { m_database.reset(); }

    void everyTable_movesUnderTheCurrentKey()
    {
        writeOldRows();
        if (QTest::currentTestFailed())
            return;
        const auto report = migrate();
        QVERIFY(report.unresolved.isEmpty());
        QVERIFY(report.stuck.isEmpty());
        QCOMPARE(report.dropped, 0);

        // Reopened, as the next start sees it.
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(dbPath(m_dir)).ok());
        QCOMPARE(LocalDraftRepository(*m_database).list(currentKey).value().size(), 1);
        QCOMPARE(LocalDraftRepository(*m_database).count(pageKey).value(), 0);
        CatalogueRepository catalogue(*m_database);
        QVERIFY(!catalogue.customers().list(currentKey).value().isEmpty());
        QVERIFY(catalogue.customers().list(pageKey).value().isEmpty());
        InvoiceCacheRepository cache(*m_database);
        QCOMPARE(cache.count(currentKey).value(), 1);
        QCOMPARE(cache.count(QStringLiteral("sandbox")).value(), 1);
        QVERIFY(cache.lastSync(currentKey).value().has_value());
        QCOMPARE(UsageReadingRepository(*m_database).latest(currentKey).value()->remaining, 120);
        OutboxRepository outbox(*m_database);
        const auto unfinished = outbox.unfinished(currentKey);
        QVERIFY(unfinished.ok());
        QCOMPARE(unfinished.value().size(), 2); // the editor's and the batch's entry, one environment
        QVERIFY(outbox.unfinished(batchKey).value().isEmpty());
    }

    void secondRun_changesNothing()
    {
        writeOldRows();
        QVERIFY(migrate().moved > 0);
        const auto again = migrate();
        QCOMPARE(again.moved, 0);
        QCOMPARE(again.dropped, 0);
    }

    // The same invoice cached under two spellings: one copy stays, under the current key.
    void cachedTwice_keepsOneCopy()
    {
        InvoiceCacheRepository cache(*m_database);
        const auto invoice = summary(QStringLiteral("INV-1"), QStringLiteral("1"), QDate(2026, 3, 1));
        QVERIFY(cache.upsertPage(pageKey, {invoice}).ok());
        QVERIFY(cache.upsertPage(currentKey, {invoice}).ok());
        QVERIFY(cache.upsertPage(QStringLiteral("custom:https://einvoice.example.com"), {invoice}).ok());
        const auto report = migrate();
        QCOMPARE(report.dropped, 2);
        QCOMPARE(cache.count(currentKey).value(), 1);
        QCOMPARE(cache.count(pageKey).value(), 0);
    }

    // Two unfinished entries for one invoice under two spellings: neither is dropped; the one that
    // cannot move stays and is reported.
    void unfinishedEntryCollision_isKeptAndReported()
    {
        OutboxRepository outbox(*m_database);
        QVERIFY(outbox.enqueue(outboxRequest(QStringLiteral("REF-1"), OutboxKind::Create, currentKey)).ok());
        QVERIFY(outbox.enqueue(outboxRequest(QStringLiteral("REF-1"), OutboxKind::Create, batchKey)).ok());
        const auto report = migrate();
        QCOMPARE(report.stuck, QStringList {QStringLiteral("outbox: ") + batchKey});
        QCOMPARE(outbox.unfinished(currentKey).value().size(), 1);
        QCOMPARE(outbox.unfinished(batchKey).value().size(), 1);
    }

    // A loopback test server the batch runner keyed by authority, with no URL known: taken as http.
    void batchKeyOfLoopback_withoutKnownUrl_guessesHttp()
    {
        OutboxRepository outbox(*m_database);
        QVERIFY(outbox
                    .enqueue(outboxRequest(
                        QStringLiteral("REF-2"), OutboxKind::Create, QStringLiteral("custom@127.0.0.1:8080")))
                    .ok());
        QVERIFY(migrate({}).unresolved.isEmpty());
        QCOMPARE(outbox.unfinished(QStringLiteral("custom:http://127.0.0.1:8080")).value().size(), 1);
    }

    void bareCustom_withoutKnownUrl_staysAndIsReported()
    {
        InvoiceCacheRepository cache(*m_database);
        QVERIFY(cache
                    .upsertPage(QStringLiteral("custom"),
                        {summary(QStringLiteral("INV-9"), QStringLiteral("9"), QDate(2026, 3, 1))})
                    .ok());
        const auto report = migrate({});
        QCOMPARE(report.unresolved, QStringList {QStringLiteral("custom")});
        QCOMPARE(cache.count(QStringLiteral("custom")).value(), 1);
        // Once the URL is known (the settings), it moves.
        QVERIFY(migrate({typedUrl}).unresolved.isEmpty());
        QCOMPARE(cache.count(currentKey).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentKeys)
#include "tst_environmentkeys.moc"
