// The outbox records replacements and adjustments (issue 18): migration 6 widens the kinds of an
// existing file without losing its entries or their history, whether the file was last opened
// before the batch identities (version 4) or after them (version 5, issue 14).

#include "store/database.h"
#include "store/migrations.h"
#include "store/outboxrepository.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestOutboxCorrections : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }

    static OutboxEntry entry(const QString &reference, OutboxKind kind)
    {
        OutboxEntry e;
        e.environment = QStringLiteral("demo");
        e.referenceCode = reference;
        e.kind = kind;
        e.payload = QJsonObject {{QStringLiteral("reference_code"), reference},
            {QStringLiteral("original_invoice_reference_code"), QStringLiteral("O-1")}};
        return e;
    }

private Q_SLOTS:
    void kinds_haveStableWireNames()
    {
        for (OutboxKind kind :
            {OutboxKind::Create, OutboxKind::Issue, OutboxKind::Replace, OutboxKind::Adjust})
            QCOMPARE(outboxKindFromWire(toWire(kind)), std::optional<OutboxKind>(kind));
        QCOMPARE(toWire(OutboxKind::Replace), QStringLiteral("replace"));
        QCOMPARE(toWire(OutboxKind::Adjust), QStringLiteral("adjust"));
        QVERIFY(!outboxKindFromWire(u"cancel"));
    }

    void migration6_keepsEntriesAndHistoryAndAcceptsCorrections_data()
    {
        QTest::addColumn<int>("oldVersion");
        QTest::newRow("before the batch identities") << 4;
        QTest::newRow("with the batch identities") << 5;
    }

    void migration6_keepsEntriesAndHistoryAndAcceptsCorrections()
    {
        QFETCH(int, oldVersion);
        QTemporaryDir dir;
        qint64 id = 0;
        {
            Database db;
            DatabaseOptions options;
            options.schemaVersion = oldVersion;
            QVERIFY(db.open(storetest::dbPath(dir), options).ok());
            OutboxRepository outbox(db);
            const auto sent = outbox.enqueueSent(entry(QStringLiteral("ORDER-1"), OutboxKind::Create));
            QVERIFY(sent.ok());
            id = sent.value().id;
            QVERIFY(outbox.markTracking(id, QStringLiteral("TC-1")).ok());
            QCOMPARE(db.schemaVersion(), oldVersion);
            // The old file refuses the new kinds.
            QVERIFY(!outbox.enqueue(entry(QStringLiteral("R-1"), OutboxKind::Replace)).ok());
        }
        Database db;
        QVERIFY(db.open(storetest::dbPath(dir)).ok());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        // Both later migrations applied, in order: the batch tables exist as well.
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('batch_invoices', "
                                    "'batch_runs')"))
                     .toInt(),
            2);
        OutboxRepository outbox(db);
        const auto kept = outbox.load(id);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().state, OutboxState::Tracking);
        QCOMPARE(kept.value().trackingCode, QStringLiteral("TC-1"));
        QCOMPARE(outbox.events(id).value().size(), 3); // queued, sent, tracking
        const auto replace = outbox.enqueueSent(entry(QStringLiteral("R-1"), OutboxKind::Replace));
        QVERIFY(replace.ok());
        QCOMPARE(outbox.load(replace.value().id).value().kind, OutboxKind::Replace);
        QVERIFY(outbox.enqueue(entry(QStringLiteral("A-1"), OutboxKind::Adjust)).ok());
        // One open entry per reference code and kind, as before.
        QVERIFY(!outbox.enqueue(entry(QStringLiteral("R-1"), OutboxKind::Replace)).ok());
        // The events still belong to their entries: deleting one takes its history along.
        QCOMPARE(scalar(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('outbox_events')"))
                     .toString(),
            QStringLiteral("outbox"));
        QSqlQuery remove(db.connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM outbox WHERE id = %1").arg(id)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox_events WHERE entry_id = %1").arg(id))
                     .toInt(),
            0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_new'")).toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxCorrections)
#include "tst_outboxcorrections.moc"
