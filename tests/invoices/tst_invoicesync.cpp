#include "core/clock.h"
#include "invoices/bulkdownloader.h"
#include "invoices/invoicedetailloader.h"
#include "invoices/invoicefilefetcher.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicesyncengine.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

#include <memory>

using namespace einvoice;

namespace {

constexpr int Seeded = 230; // three pages of 100

QString firstWithStatus(const InvoiceListModel &model, InvoiceStatus status)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.invoiceAt(i)->status == status)
            return model.invoiceAt(i)->referenceCode;
    }
    return QString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestInvoiceSync : public QObject
{
    Q_OBJECT

private:
    testdata::SandboxFixture m_fixture;
    std::unique_ptr<InvoiceListModel> m_model;

    bool syncOnce(InvoiceSyncEngine &engine)
    {
        QSignalSpy finished(&engine, &InvoiceSyncEngine::finished);
        if (!engine.start())
            return false;
        if (!finished.wait(30000))
            return false;
        return finished.first().at(0).toBool();
    }

    // A cache of its own in the same file: the other tests' rows stay as they are.
    static QString ownEnvironment()
    {
        return QStringLiteral("own-") + QLatin1String(QTest::currentTestFunction());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp(Seeded));
        m_model = std::make_unique<InvoiceListModel>(m_fixture.cache.get());
        m_model->setEnvironment(m_fixture.environment());
    }

    void sync_fillsTheCacheAndTheList()
    {
        QAbstractItemModelTester tester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        InvoiceSyncEngine engine(m_fixture.cache.get(), m_model.get(), &SystemClock::instance());
        engine.setClient(m_fixture.client.get(), m_fixture.environment());
        QSignalSpy progress(&engine, &InvoiceSyncEngine::progress);
        QSignalSpy lastSync(&engine, &InvoiceSyncEngine::lastSyncChanged);
        QVERIFY(!engine.lastSync());
        QVERIFY(syncOnce(engine));
        QCOMPARE(m_model->rowCount(), Seeded);
        QCOMPARE(m_fixture.cache->count(m_fixture.environment()).value(), Seeded);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(lastSync.count(), 1);
        QVERIFY(engine.lastSync().has_value());
        QVERIFY(!firstWithStatus(*m_model, InvoiceStatus::Issued).isEmpty());
        QVERIFY(!firstWithStatus(*m_model, InvoiceStatus::Draft).isEmpty());

        // After the sync has answered, its writer indexes the rows for the search.
        const auto count = [this](const char *sql) {
            QSqlQuery query(m_fixture.database.connection());
            return query.exec(QString::fromUtf8(sql)) && query.next() ? query.value(0).toInt() : -1;
        };
        QTRY_COMPARE(count("SELECT count(*) FROM invoice_search_pending"), 0);
        QCOMPARE(count("SELECT count(*) FROM invoice_cache c JOIN invoice_search s ON s.rowid = c.search_id"),
            Seeded);
    }

    void sync_again_updatesChangedRowsAndDropsDeletedDrafts()
    {
        QAbstractItemModelTester tester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString env = m_fixture.environment();
        const QString issued = firstWithStatus(*m_model, InvoiceStatus::Issued);
        CachedInvoice changed = m_fixture.cache->load(env, issued).value();
        const Decimal serverTotal = changed.summary.totalAmount;
        changed.summary.totalAmount = Decimal::fromInteger(1);
        QVERIFY(m_fixture.cache->put(env, changed));
        CachedInvoice gone = changed; // a draft that was deleted on the server
        gone.summary.referenceCode = QStringLiteral("DELETED-DRAFT");
        gone.summary.status = InvoiceStatus::Draft;
        QVERIFY(m_fixture.cache->put(env, gone));
        CachedInvoice pending = gone; // this app's create still running: must stay
        pending.summary.referenceCode = QStringLiteral("PENDING-DRAFT");
        pending.localState = LocalState::Pending;
        QVERIFY(m_fixture.cache->put(env, pending));
        m_model->setEnvironment(env);
        QCOMPARE(m_model->rowCount(), Seeded + 2);

        InvoiceSyncEngine engine(m_fixture.cache.get(), m_model.get(), &SystemClock::instance());
        engine.setClient(m_fixture.client.get(), env);
        QVERIFY(syncOnce(engine));
        QCOMPARE(m_fixture.cache->load(env, issued).value().summary.totalAmount, serverTotal);
        QCOMPARE(m_model->invoice(issued)->totalAmount, serverTotal);
        QCOMPARE(m_model->rowOf(QStringLiteral("DELETED-DRAFT")), -1);
        QVERIFY(!m_fixture.cache->load(env, QStringLiteral("DELETED-DRAFT")));
        QVERIFY(m_model->rowOf(QStringLiteral("PENDING-DRAFT")) >= 0);
        QCOMPARE(m_model->rowCount(), Seeded + 1);
    }

    void sync_withoutServer_failsAndKeepsTheRows()
    {
        SepayClient offline(Environment::custom(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        offline.setCredentials(Credentials {QStringLiteral("a"), QStringLiteral("b")});
        InvoiceSyncEngine engine(m_fixture.cache.get(), m_model.get(), &SystemClock::instance());
        engine.setClient(&offline, m_fixture.environment());
        const int before = m_model->rowCount();
        QVERIFY(!syncOnce(engine));
        QCOMPARE(m_model->rowCount(), before);
    }

    // Issue 22: the pages are written on the engine's writer thread, stamped with the engine's
    // clock; the same pages again change no row.
    void sync_ofTheSamePages_changesNothing()
    {
        const QString env = ownEnvironment();
        ManualClock clock(QDateTime(QDate(2026, 4, 2), QTime(3, 0), Qt::UTC));
        InvoiceListModel model(m_fixture.cache.get());
        model.setEnvironment(env);
        InvoiceSyncEngine engine(m_fixture.cache.get(), &model, &clock);
        engine.setClient(m_fixture.client.get(), env);
        QVERIFY(syncOnce(engine));
        const QList<CachedInvoiceRow> first = m_fixture.cache->loadRows(env).value();
        QCOMPARE(first.size(), Seeded);
        for (const CachedInvoiceRow &row : first)
            QCOMPARE(m_fixture.cache->load(env, row.referenceCode)->updatedAt, clock.nowUtc());

        const QDateTime firstSync = clock.nowUtc();
        clock.advanceMs(60000);
        QVERIFY(syncOnce(engine));
        const QList<CachedInvoiceRow> second = m_fixture.cache->loadRows(env).value();
        QCOMPARE(second.size(), Seeded);
        for (int i = 0; i < second.size(); ++i) {
            QCOMPARE(second.at(i).referenceCode, first.at(i).referenceCode);
            QCOMPARE(second.at(i).totalAmount, first.at(i).totalAmount);
            QCOMPARE(m_fixture.cache->load(env, second.at(i).referenceCode)->updatedAt, firstSync);
        }
        QCOMPARE(model.rowCount(), Seeded);
        QCOMPARE(engine.lastSync().value(), clock.nowUtc());
    }

    void cancel_midWay_keepsThePagesReceived()
    {
        const QString env = ownEnvironment();
        InvoiceListModel model(m_fixture.cache.get());
        model.setEnvironment(env);
        InvoiceSyncEngine engine(m_fixture.cache.get(), &model, &SystemClock::instance());
        engine.setClient(m_fixture.client.get(), env);
        engine.setMaxParallel(1);
        QMetaObject::Connection cancelling;
        cancelling = connect(&engine, &InvoiceSyncEngine::progress, &engine, [&engine, &cancelling] {
            QObject::disconnect(cancelling);
            engine.cancel(); // once the first page is in the cache
        });
        QSignalSpy finished(&engine, &InvoiceSyncEngine::finished);
        QVERIFY(engine.start());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!engine.lastSync());
        const int kept = m_fixture.cache->count(env).value();
        QVERIFY2(kept >= InvoiceSyncEngine::PageSize && kept <= Seeded, qPrintable(QString::number(kept)));
        // The list shows what is in the cache, pages written after the cancel included.
        QTRY_COMPARE(model.rowCount(), m_fixture.cache->count(env).value());

        QVERIFY(syncOnce(engine)); // and the next sync completes the cache
        QCOMPARE(m_fixture.cache->count(env).value(), Seeded);
        QCOMPARE(model.rowCount(), Seeded);
    }

    // The pages already handed to the writer are written before the engine is gone.
    void engine_destroyedMidWay_keepsThePagesReceived()
    {
        const QString env = ownEnvironment();
        auto engine
            = std::make_unique<InvoiceSyncEngine>(m_fixture.cache.get(), nullptr, &SystemClock::instance());
        engine->setClient(m_fixture.client.get(), env);
        engine->setMaxParallel(1);
        QSignalSpy progress(engine.get(), &InvoiceSyncEngine::progress);
        QVERIFY(engine->start());
        QVERIFY(progress.wait(30000));
        engine.reset();
        QVERIFY(m_fixture.cache->count(env).value() >= InvoiceSyncEngine::PageSize);

        InvoiceSyncEngine again(m_fixture.cache.get(), nullptr, &SystemClock::instance());
        again.setClient(m_fixture.client.get(), env);
        QVERIFY(syncOnce(again));
        QCOMPARE(m_fixture.cache->count(env).value(), Seeded);
    }

    void detail_loadsAndUpdatesTheCache()
    {
        const QString issued = firstWithStatus(*m_model, InvoiceStatus::Issued);
        InvoiceDetailLoader loader(m_fixture.cache.get(), m_model.get());
        loader.setClient(m_fixture.client.get(), m_fixture.environment());
        QSignalSpy loaded(&loader, &InvoiceDetailLoader::loaded);
        loader.load(issued);
        QVERIFY(loaded.wait(10000));
        const InvoiceDetail detail = loaded.first().at(0).value<InvoiceDetail>();
        QCOMPARE(detail.summary.referenceCode, issued);
        QVERIFY(!detail.lines.isEmpty());
        QVERIFY(!detail.taxAuthorityCode.isEmpty());
        const CachedInvoice cached = m_fixture.cache->load(m_fixture.environment(), issued).value();
        QCOMPARE(cached.taxAuthorityCode, detail.taxAuthorityCode);
        QCOMPARE(m_model->invoice(issued)->invoiceSeries, detail.invoiceSeries);
    }

    void detail_ofUnknownInvoice_fails()
    {
        InvoiceDetailLoader loader(m_fixture.cache.get(), m_model.get());
        loader.setClient(m_fixture.client.get(), m_fixture.environment());
        QSignalSpy failed(&loader, &InvoiceDetailLoader::failed);
        loader.load(QStringLiteral("NO-SUCH-INVOICE"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("NO-SUCH-INVOICE"));
    }

    void fetcher_downloadsPdfAndXmlIntoTheCache()
    {
        const QString issued = firstWithStatus(*m_model, InvoiceStatus::Issued);
        InvoiceFileFetcher fetcher(m_fixture.cache.get(), m_fixture.paths.get());
        fetcher.setClient(m_fixture.client.get(), m_fixture.environment());
        QSignalSpy ready(&fetcher, &InvoiceFileFetcher::fileReady);
        fetcher.fetch(issued, FileType::Pdf);
        fetcher.fetch(issued, FileType::Xml);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
        QString pdf;
        QString xml;
        for (const QList<QVariant> &args : std::as_const(ready))
            (args.at(1).value<FileType>() == FileType::Pdf ? pdf : xml) = args.at(2).toString();
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QVERIFY(readAll(xml).trimmed().startsWith("<"));
        QCOMPARE(pdf, m_fixture.paths->filePath(m_fixture.environment(), issued, FileType::Pdf));

        fetcher.fetch(issued, FileType::Pdf); // from the cache now
        QVERIFY(!fetcher.isFetching(issued, FileType::Pdf));
        QTRY_COMPARE(ready.count(), 3);
    }

    void fetcher_draft_fallsBackToThePdfUrl()
    {
        const QString draft = firstWithStatus(*m_model, InvoiceStatus::Draft);
        InvoiceFileFetcher fetcher(m_fixture.cache.get(), m_fixture.paths.get());
        fetcher.setClient(m_fixture.client.get(), m_fixture.environment());
        QSignalSpy ready(&fetcher, &InvoiceFileFetcher::fileReady);
        fetcher.fetch(draft, FileType::Pdf);
        QVERIFY(ready.wait(20000));
        QVERIFY(readAll(ready.first().at(2).toString()).startsWith("%PDF"));
    }

    void fetcher_fileNotReady_retriesThenReports()
    {
        InvoiceFileFetcher fetcher(m_fixture.cache.get(), m_fixture.paths.get());
        fetcher.setClient(m_fixture.client.get(), m_fixture.environment());
        fetcher.setOptions({2, 10});
        QSignalSpy waiting(&fetcher, &InvoiceFileFetcher::waitingForFile);
        QSignalSpy failed(&fetcher, &InvoiceFileFetcher::fileFailed);
        fetcher.fetch(QStringLiteral("JUST-ISSUED"), FileType::Xml);
        QVERIFY(failed.wait(20000));
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(2).toString().isEmpty());
    }

    void bulk_downloadsIntoAFolderAndSummarisesFailures()
    {
        QStringList references;
        for (int i = 0; i < m_model->rowCount() && references.size() < 5; ++i) {
            if (m_model->invoiceAt(i)->status == InvoiceStatus::Issued)
                references.append(m_model->invoiceAt(i)->referenceCode);
        }
        references.append(QStringLiteral("MISSING-1"));
        InvoiceFileFetcher fetcher(m_fixture.cache.get(), m_fixture.paths.get());
        fetcher.setClient(m_fixture.client.get(), m_fixture.environment());
        fetcher.setOptions({0, 10});
        BulkDownloader bulk(&fetcher);
        QSignalSpy progress(&bulk, &BulkDownloader::progress);
        QSignalSpy finished(&bulk, &BulkDownloader::finished);
        const QString folder = m_fixture.dir.filePath(QStringLiteral("out"));
        QHash<QString, QString> names;
        names.insert(
            references.first(), BulkDownloader::suggestedName(*m_model->invoice(references.first())));
        QVERIFY(bulk.start(references, FileType::Xml, folder, names));
        QVERIFY(finished.wait(30000));
        const BulkDownloadResult result = finished.first().at(0).value<BulkDownloadResult>();
        QCOMPARE(result.savedFiles.size(), 5);
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().referenceCode, QStringLiteral("MISSING-1"));
        QCOMPARE(progress.last().at(0).toInt(), 6);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
        QVERIFY(
            QFile::exists(QDir(folder).filePath(names.value(references.first()) + QStringLiteral(".xml"))));
        QVERIFY(names.value(references.first()).startsWith(QStringLiteral("HD_")));
    }
};

QTEST_MAIN(TestInvoiceSync)
#include "tst_invoicesync.moc"
