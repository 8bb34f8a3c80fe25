// Crash safety: a child process (this binary, in writer mode) writes through the repositories,
// leaves one transaction open and kills itself with SIGKILL. The parent then reopens the file and
// checks that every committed write is there and the open transaction left nothing behind.
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/localdraftrepository.h"
#include "store/outboxrepository.h"
#include "store/transaction.h"
#include "store/usagereadingrepository.h"
#include "storetestdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace einvoice;

namespace {

const char writerVariable[] = "EINVOICE_STORE_CRASH_WRITER";
const QString environment = QStringLiteral("demo");

bool writeCommitted(Database &db)
{
    LocalDraft draft;
    draft.id = QStringLiteral("draft-1");
    draft.environment = environment;
    draft.invoice = storetest::invoice(QStringLiteral("REF-DRAFT"));
    if (!LocalDraftRepository(db).save(draft).ok())
        return false;
    OutboxRepository outbox(db);
    OutboxEntry entry;
    entry.environment = environment;
    entry.referenceCode = QStringLiteral("REF-OUT");
    entry.payload = QJsonObject {{QStringLiteral("reference_code"), QStringLiteral("REF-OUT")}};
    const StoreResult<OutboxEntry> queued = outbox.enqueue(entry);
    if (!queued.ok() || !outbox.markSent(queued->id).ok()
        || !outbox.markTracking(queued->id, QStringLiteral("trk-crash")).ok())
        return false;
    const QList<InvoiceSummary> page {
        storetest::summary(QStringLiteral("C1"), QStringLiteral("1"), QDate(2026, 3, 1)),
        storetest::summary(QStringLiteral("C2"), QStringLiteral("2"), QDate(2026, 3, 2)),
    };
    return InvoiceCacheRepository(db).upsertPage(environment, page).ok();
}

// Runs in the child: never returns.
[[noreturn]] void writeThenDie(const QString &path)
{
    Database db;
    if (!db.open(path).ok() || !writeCommitted(db))
        ::_exit(3);
    Transaction open(db, QStringLiteral("crash.uncommitted"));
    UsageReadingRepository readings(db);
    if (!open.status().ok() || !readings.add(environment, QDateTime::currentDateTimeUtc(), 1).ok())
        ::_exit(4);
    std::fputs("written\n", stdout);
    std::fflush(stdout);
    ::kill(::getpid(), SIGKILL);
    ::_exit(5);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriter_leavesCommittedDataAndNothingElse();
};

void TestCrashSafety::killedWriter_leavesCommittedDataAndNothingElse()
{
    QTemporaryDir dir;
    const QString path = storetest::dbPath(dir);
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(writerVariable), path);
    writer.setProcessEnvironment(env);
    writer.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QCOMPARE(writer.readAllStandardOutput(), QByteArray("written\n"));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal"))); // killed before any clean checkpoint

    Database db;
    QVERIFY(db.open(path).ok());
    const StoreResult<LocalDraft> draft = LocalDraftRepository(db).load(QStringLiteral("draft-1"));
    QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().toString()));
    QCOMPARE(draft->invoice, storetest::invoice(QStringLiteral("REF-DRAFT")));

    const QList<OutboxEntry> open = OutboxRepository(db).unfinished(environment).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).state, OutboxState::Tracking);
    QCOMPARE(open.at(0).trackingCode, QStringLiteral("trk-crash"));
    QCOMPARE(OutboxRepository(db).events(open.at(0).id)->size(), 3);

    QCOMPARE(InvoiceCacheRepository(db).count(environment).value(), 2);
    QVERIFY(!UsageReadingRepository(db).latest(environment)->has_value());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(writerVariable))
        writeThenDie(qEnvironmentVariable(writerVariable));
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
