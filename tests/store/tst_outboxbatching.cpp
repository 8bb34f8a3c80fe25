// The outbox's batching writes (issue 9 speed): an entry stored already sent, several steps in one
// transaction, and group commit, whose waiters run only once the shared transaction is durable.
#include "core/clock.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/transaction.h"
#include "storetestdata.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using S = OutboxState;

class TestOutboxBatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enqueueSent_storesSentEntryWithBothEventsDurably();
    void enqueueSent_refusesSecondUnfinishedEntryAndWritesNothing();
    void transitionAll_appliesEveryStepWithItsEvent();
    void transitionAll_refusedStepLeavesTheEntryAsItWas();
    void group_commitsOnceAtItsEndThenReleasesWaiters();
    void group_refusedWriteInsideLeavesTheOthers();
    void group_insideAnotherTransactionDoesNotClaimDurability();

private:
    static OutboxEntry request(const QString &reference) { return storetest::outboxRequest(reference); }

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    ManualClock m_clock {QDateTime(QDate(2026, 3, 31), QTime(23, 0), Qt::UTC)};
    OutboxRepository *m_outbox = nullptr;
};

void TestOutboxBatching::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_outbox = new OutboxRepository(*m_db, m_clock);
}

void TestOutboxBatching::cleanup()
{
    delete m_outbox;
    delete m_db;
    delete m_dir;
}

void TestOutboxBatching::enqueueSent_storesSentEntryWithBothEventsDurably()
{
    OutboxEntry req = request(QStringLiteral("REF-7"));
    req.batchId = QStringLiteral("batch-b");
    req.batchRow = 3;
    const StoreResult<OutboxEntry> entry = m_outbox->enqueueSent(req);
    QVERIFY(entry.ok());
    QCOMPARE(entry->state, S::Sent);
    QCOMPARE(entry->attempts, 1);
    // Committed: another connection to the file sees it at once (as a restart after a kill would).
    Database other;
    QVERIFY(other.open(storetest::dbPath(*m_dir)).ok());
    OutboxRepository reader(other, m_clock);
    const OutboxEntry loaded = reader.load(entry->id).value();
    QCOMPARE(loaded.state, S::Sent);
    QCOMPARE(loaded.attempts, 1);
    QCOMPARE(loaded.payload, req.payload);
    QCOMPARE(loaded.batchRow, std::optional<int>(3));
    const QList<OutboxEvent> events = reader.events(entry->id).value();
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.at(0).from.has_value());
    QCOMPARE(events.at(0).to, S::Queued);
    QCOMPARE(events.at(1).from, std::optional<OutboxState>(S::Queued));
    QCOMPARE(events.at(1).to, S::Sent);
    QCOMPARE(reader.unfinished(QStringLiteral("demo"))->size(), 1);
}

void TestOutboxBatching::enqueueSent_refusesSecondUnfinishedEntryAndWritesNothing()
{
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("REF-8"))).ok());
    const StoreResult<OutboxEntry> again = m_outbox->enqueueSent(request(QStringLiteral("REF-8")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, StoreError::Kind::Conflict);
    QCOMPARE(again.error().operation, QStringLiteral("outbox.enqueueSent"));
    const QList<OutboxEntry> all
        = m_outbox->byReference(QStringLiteral("demo"), QStringLiteral("REF-8")).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).state, S::Queued);
}

void TestOutboxBatching::transitionAll_appliesEveryStepWithItsEvent()
{
    const qint64 id = m_outbox->enqueueSent(request(QStringLiteral("REF-9")))->id;
    const QList<OutboxChange> steps {{S::Tracking, QStringLiteral("trk-9"), {}, {}, {}},
        {S::Succeeded, {}, {}, QStringLiteral("0000042"), {}}};
    const StoreResult<OutboxEntry> done = m_outbox->transitionAll(id, steps);
    QVERIFY(done.ok());
    QCOMPARE(done->state, S::Succeeded);
    const OutboxEntry loaded = m_outbox->load(id).value();
    QCOMPARE(loaded.state, S::Succeeded);
    QCOMPARE(loaded.trackingCode, QStringLiteral("trk-9"));
    QCOMPARE(loaded.invoiceNumber, QStringLiteral("0000042"));
    QCOMPARE(loaded.attempts, 1);
    const QList<OutboxEvent> events = m_outbox->events(id).value();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(2).from, std::optional<OutboxState>(S::Sent));
    QCOMPARE(events.at(2).to, S::Tracking);
    QCOMPARE(events.at(2).trackingCode, QStringLiteral("trk-9"));
    QCOMPARE(events.at(3).from, std::optional<OutboxState>(S::Tracking));
    QCOMPARE(events.at(3).to, S::Succeeded);

    // Unknown back to queued and sent again: one write, one more attempt.
    const qint64 lost = m_outbox->enqueueSent(request(QStringLiteral("REF-10")))->id;
    QVERIFY(m_outbox->markUnknown(lost, QStringLiteral("timeout")).ok());
    const StoreResult<OutboxEntry> resent
        = m_outbox->transitionAll(lost, {{S::Queued, {}, {}, {}, {}}, {S::Sent, {}, {}, {}, {}}});
    QVERIFY(resent.ok());
    QCOMPARE(resent->state, S::Sent);
    QCOMPARE(m_outbox->load(lost)->attempts, 2);
    QCOMPARE(m_outbox->events(lost)->size(), 5);
}

void TestOutboxBatching::transitionAll_refusedStepLeavesTheEntryAsItWas()
{
    const qint64 id = m_outbox->enqueueSent(request(QStringLiteral("REF-11")))->id;
    const QList<OutboxChange> steps {
        {S::Tracking, QStringLiteral("trk-11"), {}, {}, {}}, {S::Queued, {}, {}, {}, {}}};
    const StoreResult<OutboxEntry> refused = m_outbox->transitionAll(id, steps);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, StoreError::Kind::InvalidTransition);
    const OutboxEntry loaded = m_outbox->load(id).value();
    QCOMPARE(loaded.state, S::Sent);
    QVERIFY(loaded.trackingCode.isEmpty());
    QCOMPARE(m_outbox->events(id)->size(), 2);
}

void TestOutboxBatching::group_commitsOnceAtItsEndThenReleasesWaiters()
{
    Database other;
    QVERIFY(other.open(storetest::dbPath(*m_dir)).ok());
    OutboxRepository reader(other, m_clock);
    QList<bool> heard;
    {
        OutboxRepository::Group group(*m_outbox);
        QVERIFY(m_outbox->inGroup());
        const StoreResult<OutboxEntry> sent = m_outbox->enqueueSent(request(QStringLiteral("REF-12")));
        QVERIFY(sent.ok());
        QVERIFY(m_outbox->markTracking(sent->id, QStringLiteral("trk-12")).ok());
        m_outbox->afterGroup([&heard](bool committed) { heard.append(committed); });
        // Not durable yet: a request waiting for it must not leave, and a restart would not see it.
        QVERIFY(heard.isEmpty());
        QVERIFY(reader.byReference(QStringLiteral("demo"), QStringLiteral("REF-12"))->isEmpty());
        QCOMPARE(m_outbox->load(sent->id)->state, S::Tracking); // the writer sees its own writes
    }
    QCOMPARE(heard, QList<bool> {true});
    QVERIFY(!m_outbox->inGroup());
    const QList<OutboxEntry> stored
        = reader.byReference(QStringLiteral("demo"), QStringLiteral("REF-12")).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).state, S::Tracking);
    QCOMPARE(reader.events(stored.at(0).id)->size(), 3);
}

void TestOutboxBatching::group_refusedWriteInsideLeavesTheOthers()
{
    bool heard = false;
    m_outbox->afterGroup([&heard](bool committed) { heard = committed; });
    QVERIFY(heard); // outside a group: at once
    {
        OutboxRepository::Group group(*m_outbox);
        QVERIFY(m_outbox->enqueueSent(request(QStringLiteral("REF-13"))).ok());
        const StoreResult<OutboxEntry> again = m_outbox->enqueueSent(request(QStringLiteral("REF-13")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, StoreError::Kind::Conflict);
        QVERIFY(m_outbox->enqueueSent(request(QStringLiteral("REF-14"))).ok());
    }
    Database other;
    QVERIFY(other.open(storetest::dbPath(*m_dir)).ok());
    OutboxRepository reader(other, m_clock);
    QCOMPARE(reader.byReference(QStringLiteral("demo"), QStringLiteral("REF-13"))->size(), 1);
    QCOMPARE(reader.byReference(QStringLiteral("demo"), QStringLiteral("REF-14"))->size(), 1);
}

void TestOutboxBatching::group_insideAnotherTransactionDoesNotClaimDurability()
{
    Transaction outer(*m_db, QStringLiteral("test.outer"));
    QVERIFY(outer.status().ok());
    OutboxRepository::Group group(*m_outbox);
    // A savepoint inside someone else's transaction is not a commit: no group, no promise.
    QVERIFY(!m_outbox->inGroup());
}

QTEST_GUILESS_MAIN(TestOutboxBatching)
#include "tst_outboxbatching.moc"
