#include "core/clock.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/outboxstatemachine.h"
#include "store/transaction.h"
#include "storetestdata.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using S = OutboxState;

Q_DECLARE_METATYPE(einvoice::OutboxState)

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enqueue_storesQueuedEntryWithFirstEvent();
    void enqueue_refusesSecondUnfinishedEntryForSameReference();
    void enqueue_allowsNewEntryOnceTheFirstFinished();
    void lifecycle_recordsEveryStepInOrder();
    void everyPair_isAppliedOrRefusedByTheTable_data();
    void everyPair_isAppliedOrRefusedByTheTable();
    void tracking_withoutCodeIsRefused();
    void requeue_afterFailureReplacesPayload();
    void requeue_refusedWhileAnotherEntryIsOpen();
    void unfinished_listsResumableEntriesOfTheEnvironment();
    void byBatch_ordersByRow();
    void unknownId_isNotFound();
    void entriesAndEvents_surviveReopen();

private:
    OutboxEntry request(const QString &reference, OutboxKind kind = OutboxKind::Create,
        const QString &environment = QStringLiteral("demo")) const;
    bool driveTo(qint64 id, OutboxState target);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    ManualClock m_clock {QDateTime(QDate(2026, 3, 31), QTime(23, 0), Qt::UTC)};
    OutboxRepository *m_outbox = nullptr;
};

void TestOutboxRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_outbox = new OutboxRepository(*m_db, m_clock);
}

void TestOutboxRepository::cleanup()
{
    delete m_outbox;
    delete m_db;
    delete m_dir;
}

OutboxEntry TestOutboxRepository::request(
    const QString &reference, OutboxKind kind, const QString &environment) const
{
    return storetest::outboxRequest(reference, kind, environment);
}

// Brings a queued entry to the target state along allowed steps.
bool TestOutboxRepository::driveTo(qint64 id, OutboxState target)
{
    QList<OutboxChange> path;
    const OutboxChange sent {S::Sent, {}, {}, {}, {}};
    switch (target) {
    case S::Queued:
        break;
    case S::Sent:
        path = {sent};
        break;
    case S::Tracking:
        path = {sent, {S::Tracking, QStringLiteral("trk-1"), {}, {}, {}}};
        break;
    case S::Succeeded:
        path = {sent, {S::Succeeded, {}, {}, QStringLiteral("17"), {}}};
        break;
    case S::Failed:
        path = {{S::Failed, {}, QStringLiteral("refused"), {}, {}}};
        break;
    case S::Unknown:
        path = {sent, {S::Unknown, {}, QStringLiteral("timeout"), {}, {}}};
        break;
    case S::Cancelled:
        path = {{S::Cancelled, {}, {}, {}, {}}};
        break;
    }
    for (const OutboxChange &change : path) {
        if (!m_outbox->transition(id, change).ok())
            return false;
    }
    return m_outbox->load(id)->state == target;
}

void TestOutboxRepository::enqueue_storesQueuedEntryWithFirstEvent()
{
    OutboxEntry req = request(QStringLiteral("REF-1"));
    req.batchId = QStringLiteral("batch-a");
    req.batchRow = 7;
    const StoreResult<OutboxEntry> entry = m_outbox->enqueue(req);
    QVERIFY(entry.ok());
    QVERIFY(entry->id > 0);
    QCOMPARE(entry->state, S::Queued);
    QCOMPARE(entry->createdAt, m_clock.nowUtc());

    const StoreResult<OutboxEntry> loaded = m_outbox->load(entry->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->referenceCode, QStringLiteral("REF-1"));
    QCOMPARE(loaded->payload, req.payload);
    QCOMPARE(loaded->batchId, QStringLiteral("batch-a"));
    QCOMPARE(loaded->batchRow, std::optional<int>(7));
    QCOMPARE(loaded->attempts, 0);

    const StoreResult<QList<OutboxEvent>> events = m_outbox->events(entry->id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QVERIFY(!events->at(0).from.has_value());
    QCOMPARE(events->at(0).to, S::Queued);
}

void TestOutboxRepository::enqueue_refusesSecondUnfinishedEntryForSameReference()
{
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("REF-1"))).ok());
    const StoreResult<OutboxEntry> again = m_outbox->enqueue(request(QStringLiteral("REF-1")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, StoreError::Kind::Conflict);
    QCOMPARE(again.error().operation, QStringLiteral("outbox.enqueue"));
    // Another kind, or another environment, is a different piece of work.
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("REF-1"), OutboxKind::Issue)).ok());
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("REF-1"), OutboxKind::Create, QStringLiteral("sandbox")))
                .ok());
}

void TestOutboxRepository::enqueue_allowsNewEntryOnceTheFirstFinished()
{
    const StoreResult<OutboxEntry> first = m_outbox->enqueue(request(QStringLiteral("REF-1")));
    QVERIFY(first.ok());
    QVERIFY(driveTo(first->id, S::Succeeded));
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("REF-1"))).ok());
}

void TestOutboxRepository::lifecycle_recordsEveryStepInOrder()
{
    const qint64 id = m_outbox->enqueue(request(QStringLiteral("REF-2")))->id;
    m_clock.advanceMs(1000);
    QVERIFY(m_outbox->markSent(id).ok());
    m_clock.advanceMs(1000);
    const StoreResult<OutboxEntry> tracking = m_outbox->markTracking(id, QStringLiteral("trk-42"));
    QVERIFY(tracking.ok());
    QCOMPARE(tracking->trackingCode, QStringLiteral("trk-42"));
    m_clock.advanceMs(1000);
    const StoreResult<OutboxEntry> done = m_outbox->markSucceeded(id, QStringLiteral("0000123"));
    QVERIFY(done.ok());

    const OutboxEntry stored = m_outbox->load(id).value();
    QCOMPARE(stored.state, S::Succeeded);
    QCOMPARE(stored.attempts, 1);
    QCOMPARE(stored.trackingCode, QStringLiteral("trk-42"));
    QCOMPARE(stored.invoiceNumber, QStringLiteral("0000123"));
    QCOMPARE(stored.updatedAt, m_clock.nowUtc());

    const QList<OutboxEvent> events = m_outbox->events(id).value();
    QCOMPARE(events.size(), 4);
    const QList<S> to {S::Queued, S::Sent, S::Tracking, S::Succeeded};
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).to, to.at(i));
        if (i > 0)
            QCOMPARE(events.at(i).from, std::optional<S>(to.at(i - 1)));
    }
    QCOMPARE(events.at(2).trackingCode, QStringLiteral("trk-42"));
    QVERIFY(events.at(3).at > events.at(0).at);
}

void TestOutboxRepository::everyPair_isAppliedOrRefusedByTheTable_data()
{
    QTest::addColumn<OutboxState>("from");
    QTest::addColumn<OutboxState>("to");
    for (const S from : OutboxStateMachine::allStates()) {
        for (const S to : OutboxStateMachine::allStates())
            QTest::newRow(qPrintable(toWire(from) + QStringLiteral(" -> ") + toWire(to))) << from << to;
    }
}

void TestOutboxRepository::everyPair_isAppliedOrRefusedByTheTable()
{
    QFETCH(OutboxState, from);
    QFETCH(OutboxState, to);
    const qint64 id = m_outbox->enqueue(request(QStringLiteral("REF-P")))->id;
    QVERIFY(driveTo(id, from));
    const OutboxEntry before = m_outbox->load(id).value();
    const int eventsBefore = int(m_outbox->events(id)->size());

    const OutboxChange change {to, QStringLiteral("trk-9"), QStringLiteral("msg"), QStringLiteral("9"), {}};
    const StoreResult<OutboxEntry> result = m_outbox->transition(id, change);
    const bool allowed = OutboxStateMachine::canTransition(from, to);
    QCOMPARE(result.ok(), allowed);
    const OutboxEntry after = m_outbox->load(id).value();
    if (allowed) {
        QCOMPARE(after.state, to);
        QCOMPARE(int(m_outbox->events(id)->size()), eventsBefore + 1);
    } else {
        QCOMPARE(result.error().kind, StoreError::Kind::InvalidTransition);
        QVERIFY(result.error().detail.contains(toWire(from) + QStringLiteral(" -> ") + toWire(to)));
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(int(m_outbox->events(id)->size()), eventsBefore);
    }
}

void TestOutboxRepository::tracking_withoutCodeIsRefused()
{
    const qint64 id = m_outbox->enqueue(request(QStringLiteral("REF-3")))->id;
    QVERIFY(m_outbox->markSent(id).ok());
    const StoreResult<OutboxEntry> result = m_outbox->markTracking(id, QString());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoreError::Kind::InvalidTransition);
    QCOMPARE(m_outbox->load(id)->state, S::Sent);
}

void TestOutboxRepository::requeue_afterFailureReplacesPayload()
{
    const qint64 id = m_outbox->enqueue(request(QStringLiteral("REF-4")))->id;
    QVERIFY(m_outbox->markSent(id).ok());
    QVERIFY(m_outbox->markFailed(id, QStringLiteral("Mã số thuế không hợp lệ")).ok());
    QCOMPARE(m_outbox->load(id)->lastError, QStringLiteral("Mã số thuế không hợp lệ"));

    const QJsonObject fixed {{QStringLiteral("reference_code"), QStringLiteral("REF-4")},
        {QStringLiteral("buyer_tax_code"), QStringLiteral("0312345678")}};
    QVERIFY(m_outbox->requeue(id, fixed).ok());
    QVERIFY(m_outbox->markSent(id).ok());
    const OutboxEntry entry = m_outbox->load(id).value();
    QCOMPARE(entry.payload, fixed);
    QCOMPARE(entry.attempts, 2);
    QCOMPARE(entry.state, S::Sent);
}

void TestOutboxRepository::requeue_refusedWhileAnotherEntryIsOpen()
{
    const qint64 first = m_outbox->enqueue(request(QStringLiteral("REF-5")))->id;
    QVERIFY(m_outbox->markFailed(first, QStringLiteral("bad")).ok());
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("REF-5"))).ok());
    const StoreResult<OutboxEntry> requeued = m_outbox->requeue(first);
    QVERIFY(!requeued.ok());
    QCOMPARE(requeued.error().kind, StoreError::Kind::Conflict);
    QCOMPARE(m_outbox->load(first)->state, S::Failed);
}

void TestOutboxRepository::unfinished_listsResumableEntriesOfTheEnvironment()
{
    QHash<S, qint64> ids;
    for (const S state : OutboxStateMachine::allStates()) {
        const qint64 id = m_outbox->enqueue(request(QStringLiteral("REF-") + toWire(state)))->id;
        QVERIFY(driveTo(id, state));
        ids.insert(state, id);
    }
    QVERIFY(
        m_outbox->enqueue(request(QStringLiteral("OTHER"), OutboxKind::Create, QStringLiteral("production")))
            .ok());

    const QList<OutboxEntry> open = m_outbox->unfinished(QStringLiteral("demo")).value();
    QList<qint64> openIds;
    for (const OutboxEntry &entry : open)
        openIds.append(entry.id);
    QCOMPARE(openIds, (QList<qint64> {ids[S::Queued], ids[S::Sent], ids[S::Tracking], ids[S::Unknown]}));

    const std::optional<OutboxEntry> tracking
        = m_outbox->findOpen(QStringLiteral("demo"), QStringLiteral("REF-tracking"), OutboxKind::Create)
              .value();
    QVERIFY(tracking.has_value());
    QCOMPARE(tracking->trackingCode, QStringLiteral("trk-1"));
    QVERIFY(!m_outbox->findOpen(QStringLiteral("demo"), QStringLiteral("REF-succeeded"), OutboxKind::Create)
                 ->has_value());
}

void TestOutboxRepository::byBatch_ordersByRow()
{
    for (const int row : {3, 1, 2}) {
        OutboxEntry req = request(QStringLiteral("B-") + QString::number(row));
        req.batchId = QStringLiteral("batch-x");
        req.batchRow = row;
        QVERIFY(m_outbox->enqueue(req).ok());
    }
    QVERIFY(m_outbox->enqueue(request(QStringLiteral("single"))).ok());
    const QList<OutboxEntry> batch = m_outbox->byBatch(QStringLiteral("batch-x")).value();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.at(0).referenceCode, QStringLiteral("B-1"));
    QCOMPARE(batch.at(2).referenceCode, QStringLiteral("B-3"));
    QCOMPARE(m_outbox->byReference(QStringLiteral("demo"), QStringLiteral("B-2"))->size(), 1);
}

void TestOutboxRepository::unknownId_isNotFound()
{
    const StoreResult<OutboxEntry> result = m_outbox->markSent(9999);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoreError::Kind::NotFound);
}

void TestOutboxRepository::entriesAndEvents_surviveReopen()
{
    const qint64 id = m_outbox->enqueue(request(QStringLiteral("REF-6")))->id;
    QVERIFY(m_outbox->markSent(id).ok());
    QVERIFY(m_outbox->markTracking(id, QStringLiteral("trk-6")).ok());
    delete m_outbox;
    m_outbox = nullptr;
    m_db->close();
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_outbox = new OutboxRepository(*m_db, m_clock);
    const QList<OutboxEntry> open = m_outbox->unfinished(QStringLiteral("demo")).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).state, S::Tracking);
    QCOMPARE(open.at(0).trackingCode, QStringLiteral("trk-6"));
    QCOMPARE(m_outbox->events(id)->size(), 3);
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
