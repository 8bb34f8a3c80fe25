// DemoEnvironment: state in its data file survives a restart, and reset() deletes the file,
// restarts the server and seeds it afresh.

#include "../testfiles.h"
#include "api/createinvoiceoperation.h"
#include "api/demoenvironment.h"
#include "api/invoicedetailjob.h"
#include "api/invoicelistjob.h"
#include "sandboxfixture.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace einvoice;
using namespace einvoice::test;

class TestDemoEnvironment : public QObject
{
    Q_OBJECT

    // The number of invoices the demo server lists, or -1.
    int invoiceCount(const DemoEnvironment &demo)
    {
        SepayClient client(demo.environment(), fastOptions());
        client.setCredentials(DemoEnvironment::credentials());
        auto *job = client.listInvoices();
        int total = -1;
        [&] {
            QVERIFY(finish(job, [&] { total = job->succeeded() ? job->paging().total : -1; }));
        }();
        return total;
    }

    bool createDraft(const DemoEnvironment &demo, const QString &reference)
    {
        SepayClient client(demo.environment(), fastOptions());
        client.setCredentials(DemoEnvironment::credentials());
        Invoice invoice = sampleInvoice(reference);
        invoice.invoiceSeries = QStringLiteral("C") + QDate::currentDate().toString(QStringLiteral("yy"))
            + QStringLiteral("TAA");
        invoice.issuedAt = QDateTime(QDate::currentDate(), QTime(0, 0, 1));
        auto *operation = client.createInvoice(invoice, true);
        bool ok = false;
        return finish(operation, [&] { ok = operation->succeeded(); }) && ok;
    }

private Q_SLOTS:
    void demo_dataFileAndFolderArePrivate()
    {
        const test::DesktopUmask umask;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo/sandbox.sqlite"));
        DemoEnvironment demo(file);
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        QVERIFY(createDraft(demo, QStringLiteral("DEMO-PRIVATE-1"))); // writes: the WAL exists
        QCOMPARE(test::modeOf(dir.filePath(QStringLiteral("demo"))), 0700);
        test::verifyOwnerOnlyDatabase(file);
    }

    void demo_stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo/sandbox.sqlite"));
        {
            DemoEnvironment demo(file);
            QVERIFY2(demo.start(), qPrintable(demo.errorString()));
            QVERIFY(Environment::isLoopback(demo.baseUrl()));
            QCOMPARE(invoiceCount(demo), DemoEnvironment::SeedInvoices);
            QVERIFY(createDraft(demo, QStringLiteral("DEMO-KEEP-1")));
        }
        DemoEnvironment again(file);
        QVERIFY(again.start());
        QCOMPARE(invoiceCount(again), DemoEnvironment::SeedInvoices + 1);
    }

    void reset_deletesTheDataAndSeedsAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo/sandbox.sqlite"));
        DemoEnvironment demo(file);
        QVERIFY(demo.start());
        QVERIFY(createDraft(demo, QStringLiteral("DEMO-GONE-1")));
        QCOMPARE(invoiceCount(demo), DemoEnvironment::SeedInvoices + 1);

        QVERIFY2(demo.reset(), qPrintable(demo.errorString()));
        QVERIFY(demo.isRunning()); // restarted
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(invoiceCount(demo), DemoEnvironment::SeedInvoices);

        SepayClient client(demo.environment(), fastOptions());
        client.setCredentials(DemoEnvironment::credentials());
        auto *detail = client.invoice(QStringLiteral("DEMO-GONE-1"));
        bool notFound = false;
        QVERIFY(finish(detail, [&] { notFound = detail->error().isNotFound(); }));
        QVERIFY(notFound);
    }

    void reset_whenStoppedOnlyDeletes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo/sandbox.sqlite"));
        DemoEnvironment demo(file);
        QVERIFY(demo.start());
        demo.stop();
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(demo.reset());
        QVERIFY(!demo.isRunning());
        QVERIFY(!QFileInfo::exists(file));
    }

    void start_unusableFolderFails()
    {
        DemoEnvironment demo(QStringLiteral("/proc/einvoice-no-such/demo/sandbox.sqlite"));
        QVERIFY(!demo.start());
        QVERIFY(!demo.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoEnvironment)
#include "tst_demoenvironment.moc"
