// One correction of an origin at a time (CorrectionOriginLock through CorrectionSubmission): two
// adjustments of the same origin started together, from this process or another one, are never
// both sent blind. Real sandbox over loopback, real SQLite outbox, a real second process.

#include "../api/correctionfixture.h"
#include "corrections/correctionoriginlock.h"
#include "corrections/correctionsubmission.h"
#include "store/database.h"
#include "store/outboxrepository.h"

#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

class TestCorrectionOriginLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    const QString m_environment = QStringLiteral("test");

    CorrectionSubmission *submission(SepayClient *client, const QString &origin)
    {
        CorrectionOrder order;
        order.originReferenceCode = origin;
        order.kind = CorrectionKind::Increase;
        order.invoice = correctionInvoice(CorrectionKind::Increase); // no reference code: generated
        return new CorrectionSubmission(client, m_database.get(), m_outbox.get(), m_environment, order);
    }

    CorrectionOutcome run(SepayClient *client, const QString &origin)
    {
        auto *one = submission(client, origin);
        CorrectionOutcome outcome;
        one->start();
        finish(one, [&] { outcome = one->outcome(); });
        return outcome;
    }

    static bool refusedAsLocked(const CorrectionOutcome &outcome)
    {
        return outcome.status == CorrectionOutcome::Status::Refused
            && outcome.error.text().contains(QStringLiteral("being sent right now"));
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

    void twoAdjustmentsAtOnce_oneIsSentTheOtherRefused()
    {
        SandboxFixture sandbox;
        sandbox.settings({{QStringLiteral("job_pending_polls"), 2}});
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        auto *first = submission(client.get(), QStringLiteral("O-1"));
        auto *second = submission(client.get(), QStringLiteral("O-1"));
        QList<CorrectionOutcome> outcomes;
        for (auto *one : {first, second})
            connect(
                one, &CorrectionSubmission::finished, this, [&outcomes, one] { outcomes << one->outcome(); });
        first->start();
        second->start();
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 20000);
        QCOMPARE(int(outcomes.first().status), int(CorrectionOutcome::Status::Refused));
        QVERIFY2(refusedAsLocked(outcomes.first()), qPrintable(outcomes.first().error.text()));
        QCOMPARE(int(outcomes.last().status), int(CorrectionOutcome::Status::Done));
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size(), 1);
        // Once the first has ended, the next adjustment of the origin goes through (A5).
        QCOMPARE(int(run(client.get(), QStringLiteral("O-1")).status), int(CorrectionOutcome::Status::Done));
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size(), 2);
    }

    void otherOrigins_areNotHeldBack()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-2")));
        CorrectionOriginLock held(m_database->filePath(), m_environment, QStringLiteral("O-1"));
        QVERIFY(held.tryLock());
        QCOMPARE(int(run(client.get(), QStringLiteral("O-2")).status), int(CorrectionOutcome::Status::Done));
        QVERIFY(refusedAsLocked(run(client.get(), QStringLiteral("O-1"))));
        CorrectionOriginLock otherEnvironment(
            m_database->filePath(), QStringLiteral("prod"), QStringLiteral("O-1"));
        QVERIFY(otherEnvironment.tryLock());
    }

    // The command line (another process) holds the origin: nothing is sent until it is gone; a
    // lock its dead process left behind is taken over.
    void anotherProcess_holdsTheOriginUntilItIsGone()
    {
        SandboxFixture sandbox;
        auto client = sandbox.client();
        QVERIFY(issueOrigin(client.get(), QStringLiteral("O-1")));
        QProcess holder;
        holder.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(holder.waitForStarted());
        const QString path
            = CorrectionOriginLock::pathFor(m_database->filePath(), m_environment, QStringLiteral("O-1"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(holder.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8()
            + '\n');
        file.close();

        const CorrectionOutcome refused = run(client.get(), QStringLiteral("O-1"));
        QVERIFY2(refusedAsLocked(refused), qPrintable(refused.error.text()));
        QVERIFY(refused.error.text().contains(QString::number(holder.processId())));
        QVERIFY(refused.nothingSent());
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size(), 0);

        holder.kill();
        QVERIFY(holder.waitForFinished());
        QCOMPARE(int(run(client.get(), QStringLiteral("O-1")).status), int(CorrectionOutcome::Status::Done));
        QCOMPARE(sandbox.requests(QStringLiteral("POST"), QStringLiteral("/v1/invoices/adjust")).size(), 1);
        QVERIFY(!QFile::exists(path)); // released at the end
    }
};

QTEST_GUILESS_MAIN(TestCorrectionOriginLock)
#include "tst_correctionoriginlock.moc"
