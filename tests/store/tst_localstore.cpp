// LocalStore (issue 15): the one place the local data is opened, by the app, the command line and
// the fixtures. It imports the command line's old per-environment outbox files once (entries and
// events, unfinished ones included, under their current environment key) and moves downloaded
// files of a custom server under its current key.
#include "core/clock.h"
#include "core/environmentid.h"
#include "store/filecachepaths.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"
#include "store/usagereadingrepository.h"
#include "storetestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::storetest;

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString appFile() const { return m_dir->filePath(QStringLiteral("einvoice.sqlite")); }

    // What the command line of an earlier version left: outbox-<environment>.sqlite with one
    // finished and one unfinished batch entry (keyed the batch runner's way for a custom server).
    void writeOldCliOutbox(const QString &name, const QString &environment)
    {
        Database database;
        QVERIFY(database.open(m_dir->filePath(name)).ok());
        OutboxRepository outbox(database);
        OutboxEntry done = outboxRequest(QStringLiteral("CLI-DONE"), OutboxKind::Create, environment);
        done.batchId = QStringLiteral("batch-7");
        done.batchRow = 2;
        const auto first = outbox.enqueue(done);
        QVERIFY(first.ok());
        QVERIFY(outbox.markSent(first.value().id).ok());
        QVERIFY(
            outbox
                .transition(first.value().id, {OutboxState::Succeeded, {}, {}, QStringLiteral("0000042"), {}})
                .ok());
        OutboxEntry open = outboxRequest(QStringLiteral("CLI-OPEN"), OutboxKind::Create, environment);
        open.batchId = QStringLiteral("batch-7");
        open.batchRow = 3;
        const auto second = outbox.enqueue(open);
        QVERIFY(second.ok());
        QVERIFY(outbox.markSent(second.value().id).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void open_givesEveryRepositoryOverOneFile()
    {
        LocalStore store;
        QVERIFY(store.open(appFile()).ok());
        QVERIFY(store.isOpen());
        QCOMPARE(store.filePath(), appFile());
        QCOMPARE(store.files().root(), m_dir->filePath(QStringLiteral("files")));
        QVERIFY(store.outbox().enqueue(outboxRequest(QStringLiteral("A-1"))).ok());
        // A second store over the same file (the CLI next to the app) sees it.
        LocalStore other;
        QVERIFY(other.open(appFile()).ok());
        QCOMPARE(other.outbox().unfinished(QStringLiteral("demo")).value().size(), 1);
    }

    void open_unusablePath_saysWhy()
    {
        const QString blocked = m_dir->filePath(QStringLiteral("blocked.sqlite"));
        QVERIFY(QDir().mkpath(blocked));
        LocalStore store;
        const StoreStatus status = store.open(blocked);
        QVERIFY(!status.ok());
        QVERIFY(!status.error().userMessage().isEmpty());
        QVERIFY(!store.isOpen());
    }

    void oldCliOutboxFiles_areImportedOnce()
    {
        writeOldCliOutbox(QStringLiteral("outbox-sandbox.sqlite"), QStringLiteral("sandbox"));
        writeOldCliOutbox(QStringLiteral("outbox-custom.sqlite"), QStringLiteral("custom@127.0.0.1:8080"));
        if (QTest::currentTestFailed())
            return;
        {
            LocalStore store;
            QVERIFY(store.open(appFile()).ok());
            OutboxRepository &outbox = store.outbox();
            const auto sandbox = outbox.byBatch(QStringLiteral("batch-7"));
            QVERIFY(sandbox.ok());
            QCOMPARE(sandbox.value().size(), 4);
            QCOMPARE(outbox.unfinished(QStringLiteral("sandbox")).value().size(), 1);
            // The custom server's entries are under today's key, beside the app's work.
            const QString custom = EnvironmentId::custom(QUrl(QStringLiteral("http://127.0.0.1:8080"))).key();
            const auto open = outbox.unfinished(custom);
            QCOMPARE(open.value().size(), 1);
            QCOMPARE(open.value().first().referenceCode, QStringLiteral("CLI-OPEN"));
            QCOMPARE(open.value().first().batchRow, std::optional<int>(3));
            const auto events = outbox.events(open.value().first().id);
            QVERIFY(events.ok());
            QCOMPARE(events.value().size(), 2); // queued, sent: the history came along
            const auto done = outbox.findOpen(custom, QStringLiteral("CLI-DONE"), OutboxKind::Create);
            QVERIFY(done.ok() && !done.value());
        }
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("outbox-sandbox.sqlite"))));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("outbox-sandbox.sqlite.imported"))));
        // Opened again: nothing is copied twice.
        LocalStore again;
        QVERIFY(again.open(appFile()).ok());
        QCOMPARE(again.outbox().byBatch(QStringLiteral("batch-7")).value().size(), 4);
    }

    // A file renamed back by hand (or a crash between the copy and the rename) copies nothing twice.
    void importedFileSeenAgain_copiesNothingTwice()
    {
        writeOldCliOutbox(QStringLiteral("outbox-sandbox.sqlite"), QStringLiteral("sandbox"));
        {
            LocalStore store;
            QVERIFY(store.open(appFile()).ok());
        }
        QVERIFY(QFile::rename(m_dir->filePath(QStringLiteral("outbox-sandbox.sqlite.imported")),
            m_dir->filePath(QStringLiteral("outbox-sandbox.sqlite"))));
        LocalStore store;
        QVERIFY(store.open(appFile()).ok());
        QCOMPARE(store.outbox().byBatch(QStringLiteral("batch-7")).value().size(), 2);
    }

    void notADatabase_isLeftAlone()
    {
        const QString junk = m_dir->filePath(QStringLiteral("outbox-production.sqlite"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        LocalStore store;
        QVERIFY(store.open(appFile()).ok());
        QVERIFY(QFile::exists(junk));
    }

    void downloadedFilesOfACustomServer_moveUnderItsKey()
    {
        const QString typed = QStringLiteral("https://Einvoice.Example.com/");
        const FileCachePaths paths(m_dir->filePath(QStringLiteral("files")));
        const QString oldFolder = paths.directory(QStringLiteral("custom:") + typed, FileType::Pdf);
        QVERIFY(QDir().mkpath(oldFolder));
        QFile pdf(oldFolder + QStringLiteral("/INV-1.pdf"));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4");
        pdf.close();
        LocalStore store;
        LocalStoreOptions options;
        options.knownCustomUrls = {typed};
        QVERIFY(store.open(appFile(), options).ok());
        const QString key = EnvironmentId::custom(QUrl(typed)).key();
        QVERIFY(!store.files().existingFile(key, QStringLiteral("INV-1"), FileType::Pdf).isEmpty());
    }

    // Issue 21 (soak): what the store keeps. The editor's and the CLI's finished entries go after
    // 90 days with their events; unfinished ones, batch entries and corrections stay whatever
    // their age; quota readings go after 400 days.
    void retention_prunesOnlyWhatTheRuleNames()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(3, 0), Qt::UTC);
        ManualClock clock(now.addDays(-100));
        LocalStoreOptions options;
        options.clock = &clock;
        QHash<QString, qint64> ids;
        {
            LocalStore store;
            QVERIFY(store.open(appFile(), options).ok());
            OutboxRepository &outbox = store.outbox();
            const auto add = [&](const QString &reference, OutboxKind kind, const QString &batch,
                                 std::optional<OutboxState> end) {
                OutboxEntry entry = outboxRequest(reference, kind);
                entry.batchId = batch;
                const auto queued = outbox.enqueue(entry);
                QVERIFY(queued.ok());
                ids.insert(reference, queued.value().id);
                if (!end)
                    return;
                QVERIFY(outbox.markSent(queued.value().id).ok());
                QVERIFY(outbox.transition(queued.value().id, {*end, {}, {}, {}, {}}).ok());
            };
            add(QStringLiteral("OLD-DONE"), OutboxKind::Create, {}, OutboxState::Succeeded);
            add(QStringLiteral("OLD-FAILED"), OutboxKind::Issue, {}, OutboxState::Failed);
            add(QStringLiteral("OLD-QUEUED"), OutboxKind::Create, {}, std::nullopt);
            add(QStringLiteral("OLD-BATCH"), OutboxKind::Create, QStringLiteral("hoadon.csv"),
                OutboxState::Succeeded);
            add(QStringLiteral("OLD-REPLACE"), OutboxKind::Replace, {}, OutboxState::Succeeded);
            QVERIFY(store.readings().add(QStringLiteral("demo"), now.addDays(-401), 900).ok());
            QVERIFY(store.readings().add(QStringLiteral("demo"), now.addDays(-399), 800).ok());
            clock.setNowUtc(now.addDays(-89));
            add(QStringLiteral("RECENT-DONE"), OutboxKind::Create, {}, OutboxState::Succeeded);
        }
        clock.setNowUtc(now);
        LocalStore store;
        QVERIFY(store.open(appFile(), options).ok());
        const auto kept = [&store, &ids](const char *reference) {
            return store.outbox().load(ids.value(QString::fromLatin1(reference))).ok();
        };
        QVERIFY(!kept("OLD-DONE"));
        QVERIFY(!kept("OLD-FAILED"));
        QVERIFY(store.outbox().events(ids.value(QStringLiteral("OLD-DONE"))).value().isEmpty());
        QVERIFY(kept("OLD-QUEUED"));
        QVERIFY(kept("OLD-BATCH"));
        QVERIFY(kept("OLD-REPLACE"));
        QVERIFY(kept("RECENT-DONE"));
        QVERIFY(!store.outbox().events(ids.value(QStringLiteral("RECENT-DONE"))).value().isEmpty());
        const QList<UsageReading> readings = store.readings().history(QStringLiteral("demo")).value();
        QCOMPARE(readings.size(), 1);
        QCOMPARE(readings.first().remaining, 800);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
