// The background detail fill (issue 17) over the local sandbox server on loopback and a real
// SQLite file: every missing detail once, lines stored, resumed after a restart, at its rate,
// again only for what changed or is not final, faults retried, the user's requests first, the
// list's rows updated in place, and a provider status change heard once.
#include "../api/sandboxfixture.h"
#include "api/apiconnection.h"
#include "api/requestqueue.h"
#include "core/clock.h"
#include "invoices/invoicedetailfill.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "store/invoicecacherepository.h"
#include "store/invoicedetailrepository.h"
#include "store/localstore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>

using namespace einvoice;

namespace {

constexpr int Seeded = 24;
const QString Env = QStringLiteral("test-sandbox");
const QString DetailPrefix = QStringLiteral("/v1/invoices/");

SandboxConfig seeded()
{
    SandboxConfig config;
    config.seedInvoices = Seeded;
    return config;
}

} // namespace

class TestInvoiceDetailFill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::SandboxFixture> m_server;
    std::unique_ptr<SepayClient> m_client;
    std::unique_ptr<LocalStore> m_store;

    void openStore()
    {
        m_store = std::make_unique<LocalStore>();
        LocalStoreOptions options;
        options.database.fullSync = false;
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("einvoice.sqlite")), options).ok());
    }

    std::unique_ptr<InvoiceDetailFill> makeFill(int rate)
    {
        auto fill = std::make_unique<InvoiceDetailFill>(
            &m_store->invoices(), &m_store->details(), &SystemClock::instance());
        fill->setRate(rate);
        fill->setBackoff(50, 200);
        return fill;
    }

    void sync(InvoiceListModel *model = nullptr)
    {
        InvoiceSyncEngine engine(&m_store->invoices(), model, &SystemClock::instance());
        engine.setClient(m_client.get(), Env);
        QSignalSpy finished(&engine, &InvoiceSyncEngine::finished);
        QVERIFY(engine.start());
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(0).toBool());
    }

    // Runs one pass from its start to its end.
    static void runPass(InvoiceDetailFill &fill, bool viaClient, SepayClient *client)
    {
        QSignalSpy ended(&fill, &InvoiceDetailFill::passFinished);
        if (viaClient)
            fill.setClient(client, Env);
        else
            fill.start();
        QVERIFY(ended.count() > 0 || ended.wait(30000));
        QVERIFY(!fill.isRunning());
    }

    void clearLog() { m_server->admin(QStringLiteral("/_sandbox/requests/clear")); }

    // The reference codes of the detail requests in the server's log, in order.
    QStringList fetched()
    {
        QStringList references;
        for (const QJsonValue &entry : m_server->requests(QStringLiteral("GET"), DetailPrefix))
            references.append(
                entry.toObject().value(QLatin1String("path")).toString().mid(DetailPrefix.size()));
        return references;
    }

    QList<qint64> fetchTimes()
    {
        QList<qint64> times;
        for (const QJsonValue &entry : m_server->requests(QStringLiteral("GET"), DetailPrefix))
            times.append(entry.toObject().value(QLatin1String("received_at_ms")).toInteger());
        return times;
    }

    QStringList cachedReferences()
    {
        QStringList references;
        for (const CachedInvoiceRow &row : m_store->invoices().loadRows(Env).value())
            references.append(row.referenceCode);
        return references;
    }

    QSet<QString> notFinal()
    {
        QSet<QString> open;
        for (const QString &reference : cachedReferences()) {
            const auto info = m_store->details().detailInfo(Env, reference).value();
            if (!info || !info->final)
                open.insert(reference);
        }
        return open;
    }

    QString firstIssuedWithStatus(const QString &providerStatus)
    {
        for (const QString &reference : cachedReferences()) {
            const CachedInvoice cached = m_store->invoices().load(Env, reference).value();
            if (cached.summary.status == InvoiceStatus::Issued && cached.providerStatus == providerStatus)
                return reference;
        }
        return QString();
    }

    void setProviderStatus(const QString &reference, const QString &status)
    {
        const QJsonObject answer = m_server->admin(QStringLiteral("/_sandbox/invoices/") + reference,
            QJsonObject {{QStringLiteral("provider_status"), status}});
        QCOMPARE(answer.value(QLatin1String("provider_status")).toString(), status);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<test::SandboxFixture>(seeded());
        m_client = m_server->client();
        openStore();
        sync();
        QCOMPARE(m_store->invoices().count(Env).value(), Seeded);
        clearLog();
    }

    void cleanup()
    {
        m_client.reset();
        m_store.reset();
        m_server.reset();
        m_dir.reset();
    }

    void fill_fetchesEachMissingDetailOnceAndUpdatesTheRowsInPlace()
    {
        InvoiceListModel model(&m_store->invoices());
        model.setEnvironment(Env);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(model.invoiceAt(i)->invoiceSeries.isEmpty());
        auto fill = makeFill(20);
        connect(fill.get(), &InvoiceDetailFill::detailStored, &model,
            [&model](
                const QString &, const CachedInvoiceRow &row) { model.invoiceChanged(row.referenceCode); });
        QSignalSpy progress(fill.get(), &InvoiceDetailFill::progress);
        runPass(*fill, true, m_client.get());

        const QStringList references = fetched();
        QCOMPARE(references.size(), Seeded);
        QCOMPARE(QSet<QString>(references.cbegin(), references.cend()).size(), Seeded);
        for (const QString &reference : cachedReferences()) {
            QVERIFY2(!m_store->details().lines(Env, reference).value().isEmpty(), qPrintable(reference));
            QVERIFY(m_store->details().detailInfo(Env, reference).value().has_value());
        }
        QCOMPARE(model.rowCount(), Seeded);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 0);
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY2(
                !model.invoiceAt(i)->invoiceSeries.isEmpty(), qPrintable(model.invoiceAt(i)->referenceCode));
        QCOMPARE(progress.at(0), QVariantList({0, Seeded}));
        QCOMPARE(progress.at(progress.count() - 2), QVariantList({Seeded, Seeded}));
        QCOMPARE(progress.last(), QVariantList({0, 0})); // idle: nothing to show
    }

    // A new process on the same file fetches only what the first one had not.
    void fill_resumesAfterARestart()
    {
        QStringList firstRun;
        {
            auto fill = makeFill(20);
            connect(fill.get(), &InvoiceDetailFill::progress, fill.get(), [&fill](int done, int) {
                if (done == 10)
                    fill->setClient(nullptr, Env); // the environment switch, or quitting
            });
            fill->setClient(m_client.get(), Env);
            QTRY_VERIFY_WITH_TIMEOUT(!fill->isRunning(), 20000);
            QTest::qWait(300); // nothing more goes out after the stop
            firstRun = fetched();
        }
        QCOMPARE(firstRun.size(), 10);
        m_store.reset();
        openStore();
        clearLog();
        auto fill = makeFill(20);
        runPass(*fill, true, m_client.get());
        // The ten the first one fetched again only when they can still change (the drafts).
        const QStringList secondRun = fetched();
        const QSet<QString> open = notFinal();
        QCOMPARE(QSet<QString>(secondRun.cbegin(), secondRun.cend()).size(), secondRun.size());
        int again = 0;
        for (const QString &reference : firstRun) {
            QCOMPARE(secondRun.contains(reference), open.contains(reference));
            again += open.contains(reference) ? 1 : 0;
        }
        QVERIFY(again < 10);
        QCOMPARE(secondRun.size(), Seeded - 10 + again);
    }

    // Request starts are at least 1/rate apart: no second of the server's log holds more than rate + 1.
    void fill_respectsItsRate()
    {
        constexpr int Rate = 5;
        auto fill = makeFill(Rate);
        runPass(*fill, true, m_client.get());
        const QList<qint64> times = fetchTimes();
        QCOMPARE(times.size(), Seeded);
        int busiest = 0;
        for (int i = 0; i < times.size(); ++i) {
            int inWindow = 0;
            for (int j = i; j < times.size() && times.at(j) < times.at(i) + 1000; ++j)
                ++inWindow;
            busiest = qMax(busiest, inWindow);
        }
        qInfo() << "busiest second:" << busiest << "requests; whole pass" << times.last() - times.first()
                << "ms";
        QVERIFY2(busiest <= Rate + 1, qPrintable(QString::number(busiest)));
        // 24 requests at 5 per second take at least 23 intervals of 200 ms, less any arrival jitter.
        QVERIFY(times.last() - times.first() >= 4000);
    }

    // The next refresh fetches only the invoices that changed or whose state can still change.
    void nextPass_fetchesOnlyChangedOrNotFinal()
    {
        auto fill = makeFill(20);
        runPass(*fill, true, m_client.get());
        const QSet<QString> open = notFinal();
        QVERIFY(!open.isEmpty()); // the drafts
        QVERIFY(open.size() < Seeded);
        const QString cancelled = firstIssuedWithStatus(QStringLiteral("4"));
        QVERIFY(!cancelled.isEmpty() && !open.contains(cancelled));
        QCOMPARE(m_server
                     ->admin(QStringLiteral("/_sandbox/invoices/") + cancelled,
                         QJsonObject {{QStringLiteral("cancelled"), true}})
                     .value(QLatin1String("status"))
                     .toString(),
            QStringLiteral("cancelled"));
        sync();
        clearLog();
        runPass(*fill, false, m_client.get());
        const QStringList again = fetched();
        QSet<QString> expected = open;
        expected.insert(cancelled);
        QCOMPARE(QSet<QString>(again.cbegin(), again.cend()), expected);
        QCOMPARE(again.size(), expected.size()); // each once
    }

    // 5xx and 429 answers on some details: the job's own retries, then the fill's later tries.
    void faults_areRetriedLaterNotLost()
    {
        m_server->faults(
            QJsonObject {{QStringLiteral("error_next"), 6}, {QStringLiteral("rate_limit_next"), 5},
                {QStringLiteral("retry_after_seconds"), 0}, {QStringLiteral("next_path"), DetailPrefix}});
        auto fill = makeFill(20);
        QSignalSpy ended(fill.get(), &InvoiceDetailFill::passFinished);
        runPass(*fill, true, m_client.get());
        QCOMPARE(ended.last(), QVariantList({Seeded, 0}));
        for (const QString &reference : cachedReferences())
            QVERIFY2(
                m_store->details().detailInfo(Env, reference).value().has_value(), qPrintable(reference));
        const QStringList references = fetched();
        QCOMPARE(references.size(), Seeded + 11);
        // The first invoice's job met four faulty answers and gave up; the fill tried it again later.
        QCOMPARE(references.mid(0, 4), QStringList(4, references.first()));
        QVERIFY(references.lastIndexOf(references.first()) > 7);
    }

    // A server that keeps failing: the fill pauses between tries and gives up for this pass.
    void aServerThatKeepsFailing_isNotHammered()
    {
        m_server->faults(
            QJsonObject {{QStringLiteral("error_next"), 10000}, {QStringLiteral("next_path"), DetailPrefix}});
        ClientOptions once = test::fastOptions();
        once.retry.maxAttempts = 1; // the fill's own tries only
        m_client = m_server->client(once);
        auto fill = makeFill(20);
        fill->setBackoff(10, 40);
        QSignalSpy ended(fill.get(), &InvoiceDetailFill::passFinished);
        runPass(*fill, true, m_client.get());
        QCOMPARE(ended.last(), QVariantList({0, Seeded}));
        // Each invoice MaxTriesPerPass times, nothing more, with pauses between them.
        QCOMPARE(fetched().size(), Seeded * InvoiceDetailFill::MaxTriesPerPass);
        const QList<qint64> times = fetchTimes();
        QVERIFY(times.last() - times.first() >= (times.size() - 1) * 40 * 9 / 10);
        QCOMPARE(notFinal().size(), Seeded); // still to fetch next time
    }

    void userRequests_goFirst()
    {
        QObject userWork;
        RequestQueue *queue = m_client->connection()->queue();
        QVERIFY(queue->tryAcquire(&userWork)); // a request of the user's on the wire
        auto fill = makeFill(20);
        fill->setClient(m_client.get(), Env);
        QTest::qWait(700);
        QCOMPARE(fetched().size(), 0);
        QVERIFY(fill->isRunning());
        queue->release(&userWork);
        QSignalSpy ended(fill.get(), &InvoiceDetailFill::passFinished);
        QVERIFY(ended.wait(20000));
        QCOMPARE(fetched().size(), Seeded);
    }

    void providerStatusChange_isSignalledOnce()
    {
        auto fill = makeFill(20);
        runPass(*fill, true, m_client.get());
        const QString reference = firstIssuedWithStatus(QStringLiteral("4"));
        QVERIFY(!reference.isEmpty());
        setProviderStatus(reference, QStringLiteral("3")); // not yet sent to the tax authority
        // A final invoice is looked at again when its summary changes or a job of this app runs.
        QVERIFY(m_store->invoices().setLocalState(Env, reference, LocalState::Pending).ok());
        QSignalSpy changed(fill.get(), &InvoiceDetailFill::providerStatusChanged);
        runPass(*fill, false, m_client.get());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last(), QVariantList({reference, QStringLiteral("4"), QStringLiteral("3")}));
        QVERIFY(m_store->invoices().setLocalState(Env, reference, LocalState::None).ok());
        runPass(*fill, false, m_client.get()); // 3 is not final: fetched again, unchanged
        QCOMPARE(changed.count(), 1);
        setProviderStatus(reference, QStringLiteral("4")); // code granted
        runPass(*fill, false, m_client.get());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last(), QVariantList({reference, QStringLiteral("3"), QStringLiteral("4")}));
        clearLog();
        runPass(*fill, false, m_client.get()); // final now: not fetched, not signalled
        QVERIFY(!fetched().contains(reference));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_store->invoices().load(Env, reference).value().providerStatus, QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceDetailFill)
#include "tst_invoicedetailfill.moc"
