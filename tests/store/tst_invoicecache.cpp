#include "core/clock.h"
#include "store/database.h"
#include "store/invoicecachecounts.h"
#include "store/invoicecacherepository.h"
#include "store/invoicesearchindex.h"
#include "store/outboxrepository.h"
#include "store/seriesissuedates.h"
#include "storetestdata.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

Q_DECLARE_METATYPE(einvoice::CacheFilter)

class TestInvoiceCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upsertPage_insertsNewRows();
    void upsertPage_updatesOnlyChangedRows();
    void upsertPage_keepsDetailFieldsAndLocalState();
    void upsertPage_keepsTheBuyerFieldsOnlyTheDetailHas();
    void applyDetail_storesDerivedFields();
    void put_showsLocallyCreatedInvoiceAtOnce();
    void setLocalState_ofMissingRowIsNotFound();
    void amounts_areStoredExactly();
    void environments_areSeparate();
    void find_data();
    void find();
    void lastSync_isKeptPerEnvironment();
    void manyRows_insertInPagesAndLoadBack();
    void series_comesFromTheDetailOrElseWhatWasSent();
    void removeDraftsNotListed_removesOnlyUnlistedDraftsWithoutJob();
    void seriesIssueDates_newestNumberedOfTheSeries();
    void searchIndex_oneEntryPerRowWhoeverInserts();
    void counts_followEveryWrite();
    void searchIndex_changesOfIndexedRowsAtOnce();

private:
    QList<QString> references(const QList<CachedInvoiceRow> &rows) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    ManualClock m_clock {QDateTime(QDate(2026, 4, 2), QTime(3, 0), Qt::UTC)};
    InvoiceCacheRepository *m_cache = nullptr;
    const QString m_env = QStringLiteral("demo");
};

void TestInvoiceCache::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_cache = new InvoiceCacheRepository(*m_db, m_clock);
}

void TestInvoiceCache::cleanup()
{
    delete m_cache;
    delete m_db;
    delete m_dir;
}

// Issue 16.9: the list answer has no series; the rows know it from the detail, or else from the
// create request sent from this computer (any environment's own only), and otherwise leave it empty.
void TestInvoiceCache::series_comesFromTheDetailOrElseWhatWasSent()
{
    QVERIFY(m_cache
                ->upsertPage(m_env,
                    {storetest::summary(QStringLiteral("SENT"), QStringLiteral("1"), QDate(2026, 3, 1)),
                        storetest::summary(QStringLiteral("OTHER"), QStringLiteral("2"), QDate(2026, 3, 2))})
                .ok());
    OutboxRepository outbox(*m_db);
    OutboxEntry sent = storetest::outboxRequest(QStringLiteral("SENT"));
    sent.payload.insert(QStringLiteral("invoice_series"), QStringLiteral("C26TBB"));
    QVERIFY(outbox.enqueue(sent).ok());
    OutboxEntry elsewhere
        = storetest::outboxRequest(QStringLiteral("OTHER"), OutboxKind::Create, QStringLiteral("sandbox"));
    elsewhere.payload.insert(QStringLiteral("invoice_series"), QStringLiteral("C26TXX"));
    QVERIFY(outbox.enqueue(elsewhere).ok());
    QHash<QString, QString> series;
    for (const CachedInvoiceRow &row : m_cache->loadRows(m_env).value())
        series.insert(row.referenceCode, row.invoiceSeries);
    QCOMPARE(series.value(QStringLiteral("SENT")), QStringLiteral("C26TBB"));
    QCOMPARE(series.value(QStringLiteral("OTHER")), QString()); // sent to another environment
    const auto found = m_cache->find(m_env, CacheFilter());
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 2);
}

void TestInvoiceCache::seriesIssueDates_newestNumberedOfTheSeries()
{
    const auto put = [this](const QString &reference, const QString &number, QDate day, InvoiceStatus status,
                         const QString &series, const QString &environment = QStringLiteral("demo")) {
        CachedInvoice invoice;
        invoice.summary = storetest::summary(reference, number, day, status);
        invoice.invoiceSeries = series;
        QVERIFY(m_cache->put(environment, invoice).ok());
    };
    const QString series = QStringLiteral("C26TAA");
    put(QStringLiteral("A1"), QStringLiteral("1"), QDate(2026, 3, 2), InvoiceStatus::Issued, series);
    put(QStringLiteral("A2"), QStringLiteral("2"), QDate(2026, 3, 5), InvoiceStatus::Cancelled, series);
    put(QStringLiteral("D1"), QStringLiteral("0"), QDate(2026, 3, 9), InvoiceStatus::Draft,
        series); // no number
    put(QStringLiteral("B1"), QStringLiteral("1"), QDate(2026, 3, 8), InvoiceStatus::Issued,
        QStringLiteral("C26TBB"));
    put(QStringLiteral("S1"), QStringLiteral("7"), QDate(2026, 3, 7), InvoiceStatus::Issued, series,
        QStringLiteral("sandbox"));

    QCOMPARE(
        SeriesIssueDates::lastIssued(*m_db, m_env, series).value(), std::optional<QDate>(QDate(2026, 3, 5)));
    QCOMPARE(SeriesIssueDates::lastIssued(*m_db, m_env, QStringLiteral("C26TBB")).value(),
        std::optional<QDate>(QDate(2026, 3, 8)));
    QVERIFY(!SeriesIssueDates::lastIssued(*m_db, m_env, QStringLiteral("C26TCC")).value());

    // Read from the end of the series' range of an index, not from every row of it.
    QSqlQuery plan(m_db->connection());
    QVERIFY(plan.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT issued_day FROM invoice_cache WHERE environment = 'demo'"
                       " AND invoice_series = 'C26TAA' AND status <> 'draft' AND invoice_number NOT IN"
                       " ('', '0') AND issued_day IS NOT NULL ORDER BY issued_day DESC LIMIT 1")));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    QVERIFY2(steps.join(u' ').contains(QStringLiteral("invoice_cache_series")), qPrintable(steps.join(u';')));
    QVERIFY2(!steps.join(u' ').contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps.join(u';')));
}

// Migration 13: the cache's writer gives each new row its search id; a row inserted without one
// (an older program, a hand-made fixture) gets it from the trigger. Neither may collide. Migration
// 14: each is noted for the index, and indexed by indexPending().
void TestInvoiceCache::searchIndex_oneEntryPerRowWhoeverInserts()
{
    QVERIFY(m_cache
                ->upsertPage(m_env,
                    {storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1)),
                        storetest::summary(QStringLiteral("R2"), QStringLiteral("2"), QDate(2026, 3, 2))})
                .ok());
    QSqlQuery raw(m_db->connection());
    QVERIFY(
        raw.exec(QStringLiteral("INSERT INTO invoice_cache (environment, reference_code, status, buyer_name,"
                                " updated_at) VALUES ('demo', 'RAW', 'issued', 'Nguyễn Văn Đức', 0)")));
    QVERIFY(m_cache
                ->upsertPage(
                    m_env, {storetest::summary(QStringLiteral("R3"), QStringLiteral("3"), QDate(2026, 3, 3))})
                .ok());

    const auto count = [this](const char *sql) {
        QSqlQuery check(m_db->connection());
        return check.exec(QString::fromUtf8(sql)) && check.next() ? check.value(0).toInt() : -1;
    };
    QCOMPARE(count("SELECT count(DISTINCT search_id) FROM invoice_cache"), 4); // an id each
    QCOMPARE(
        count("SELECT count(*) FROM invoice_search_pending p JOIN invoice_cache c USING (search_id)"), 4);
    QCOMPARE(count("SELECT count(*) FROM invoice_search"), 0);

    QCOMPARE(InvoiceSearchIndex::indexPending(*m_db, 3).value(), 1); // a chunk at a time
    QCOMPARE(InvoiceSearchIndex::indexPending(*m_db, 3).value(), 0);
    QCOMPARE(count("SELECT count(*) FROM invoice_search_pending"), 0);
    QCOMPARE(count("SELECT count(*) FROM invoice_cache c JOIN invoice_search s ON s.rowid = c.search_id"), 4);
    QCOMPARE(count("SELECT count(*) FROM invoice_search"), 4);
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(
        QStringLiteral("SELECT c.reference_code FROM invoice_cache c WHERE c.search_id IN"
                       " (SELECT rowid FROM invoice_search WHERE invoice_search MATCH '\"duc\"')")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("RAW"));
}

// Migration 16: a change of an indexed row is indexed at once; a row still noted is indexed as it
// is when its turn comes.
void TestInvoiceCache::searchIndex_changesOfIndexedRowsAtOnce()
{
    const auto matches = [this](const char *term) {
        QSqlQuery check(m_db->connection());
        return check.exec(
                   QStringLiteral("SELECT count(*) FROM invoice_search WHERE invoice_search MATCH '\"%1\"'")
                       .arg(QLatin1String(term)))
                && check.next()
            ? check.value(0).toInt()
            : -1;
    };
    InvoiceSummary indexed = storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1));
    indexed.buyer.name = QStringLiteral("Đoàn Thị Xuyến");
    QVERIFY(m_cache->upsertPage(m_env, {indexed}).ok());
    QCOMPARE(InvoiceSearchIndex::indexPending(*m_db, 10).value(), 0);
    InvoiceSummary noted = storetest::summary(QStringLiteral("R2"), QStringLiteral("2"), QDate(2026, 3, 2));
    noted.buyer.name = QStringLiteral("Lê Văn Tám");
    QVERIFY(m_cache->upsertPage(m_env, {noted}).ok());

    indexed.buyer.name = QStringLiteral("Đoàn Văn Khải");
    noted.buyer.name = QStringLiteral("Lê Văn Chín");
    QVERIFY(m_cache->upsertPage(m_env, {indexed, noted}).ok());
    QCOMPARE(matches("khai"), 1);
    QCOMPARE(matches("xuyen"), 0);
    QCOMPARE(matches("chin"), 0); // still noted: not in the index yet
    QCOMPARE(InvoiceSearchIndex::indexPending(*m_db, 10).value(), 0);
    QCOMPARE(matches("chin"), 1);
    QCOMPARE(matches("tam"), 0);
}

// Migration 15: the unfiltered list's row count is kept by triggers, whoever writes the cache.
void TestInvoiceCache::counts_followEveryWrite()
{
    const QString other = QStringLiteral("sandbox");
    const auto rows = [this](const QString &environment) {
        return InvoiceCacheCounts::rows(*m_db, environment).value();
    };
    const auto counted = [this](const QString &environment) {
        return m_cache->count(environment).value();
    };
    QCOMPARE(rows(m_env), 0);
    QVERIFY(m_cache
                ->upsertPage(m_env,
                    {storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1)),
                        storetest::summary(QStringLiteral("R2"), QStringLiteral("2"), QDate(2026, 3, 2)),
                        storetest::summary(QStringLiteral("R3"), QStringLiteral("3"), QDate(2026, 3, 3))})
                .ok());
    QVERIFY(m_cache
                ->upsertPage(
                    other, {storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1))})
                .ok());
    QCOMPARE(rows(m_env), 3);
    QCOMPARE(rows(other), 1);
    InvoiceSummary changed = storetest::summary(QStringLiteral("R2"), QStringLiteral("2"), QDate(2026, 3, 2));
    changed.buyer.name = QStringLiteral("Công ty Mới");
    QVERIFY(m_cache->upsertPage(m_env, {changed}).ok()); // an update is not a new row
    QCOMPARE(rows(m_env), 3);
    QVERIFY(m_cache->remove(m_env, QStringLiteral("R1")));
    QCOMPARE(rows(m_env), 2);
    QSqlQuery raw(m_db->connection());
    QVERIFY(raw.exec(
        QStringLiteral("UPDATE invoice_cache SET environment = 'sandbox' WHERE reference_code = 'R3'")));
    QCOMPARE(rows(m_env), 1);
    QCOMPARE(rows(other), 2);
    QCOMPARE(rows(m_env), counted(m_env));
    QCOMPARE(rows(other), counted(other));
}

QList<QString> TestInvoiceCache::references(const QList<CachedInvoiceRow> &rows) const
{
    QList<QString> refs;
    for (const CachedInvoiceRow &row : rows)
        refs.append(row.referenceCode);
    return refs;
}

void TestInvoiceCache::upsertPage_insertsNewRows()
{
    const QList<InvoiceSummary> page {
        storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1)),
        storetest::summary(QStringLiteral("R2"), QStringLiteral("2"), QDate(2026, 3, 2)),
        storetest::summary(
            QStringLiteral("R3"), QStringLiteral("0"), QDate(2026, 3, 3), InvoiceStatus::Draft),
    };
    const StoreResult<UpsertCounts> counts = m_cache->upsertPage(m_env, page);
    QVERIFY(counts.ok());
    QCOMPARE(counts->inserted, 3);
    QCOMPARE(counts->updated, 0);
    QCOMPARE(m_cache->count(m_env).value(), 3);
    const QList<CachedInvoiceRow> rows = m_cache->loadRows(m_env).value();
    QCOMPARE(references(rows),
        (QList<QString> {QStringLiteral("R3"), QStringLiteral("R2"), QStringLiteral("R1")}));
    QCOMPARE(rows.at(0).status, InvoiceStatus::Draft);
    QCOMPARE(rows.at(1).buyerName, QStringLiteral("Công ty TNHH Minh Anh"));
    QCOMPARE(rows.at(1).source, InvoiceSource::Api);
    QCOMPARE(m_cache->load(m_env, QStringLiteral("R1"))->summary, page.at(0));
}

void TestInvoiceCache::upsertPage_updatesOnlyChangedRows()
{
    InvoiceSummary draft = storetest::summary(
        QStringLiteral("R1"), QStringLiteral("0"), QDate(2026, 3, 1), InvoiceStatus::Draft);
    const InvoiceSummary same
        = storetest::summary(QStringLiteral("R2"), QStringLiteral("2"), QDate(2026, 3, 2));
    QVERIFY(m_cache->upsertPage(m_env, {draft, same}).ok());
    const QDateTime firstSync = m_clock.nowUtc();
    m_clock.advanceMs(60000);

    draft.status = InvoiceStatus::Issued;
    draft.invoiceNumber = QStringLiteral("15");
    const InvoiceSummary added
        = storetest::summary(QStringLiteral("R9"), QStringLiteral("9"), QDate(2026, 3, 9));
    const StoreResult<UpsertCounts> counts = m_cache->upsertPage(m_env, {draft, same, added});
    QVERIFY(counts.ok());
    QCOMPARE(counts->inserted, 1);
    QCOMPARE(counts->updated, 1);
    QCOMPARE(counts->unchanged, 1);
    QCOMPARE(m_cache->load(m_env, QStringLiteral("R1"))->summary, draft);
    QCOMPARE(m_cache->load(m_env, QStringLiteral("R1"))->updatedAt, m_clock.nowUtc());
    QCOMPARE(m_cache->load(m_env, QStringLiteral("R2"))->updatedAt, firstSync);
}

void TestInvoiceCache::upsertPage_keepsDetailFieldsAndLocalState()
{
    InvoiceDetail detail;
    detail.summary = storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1));
    detail.invoiceSeries = QStringLiteral("C26TAA");
    detail.documentType = 2;
    detail.providerStatus = QStringLiteral("4");
    QVERIFY(m_cache->applyDetail(m_env, detail).ok());
    QVERIFY(
        m_cache->setLocalState(m_env, QStringLiteral("R1"), LocalState::Failed, QStringLiteral("lỗi")).ok());

    InvoiceSummary changed = detail.summary;
    changed.notes = QStringLiteral("đã sửa");
    const StoreResult<UpsertCounts> counts = m_cache->upsertPage(m_env, {changed});
    QCOMPARE(counts->updated, 1);
    const CachedInvoice cached = m_cache->load(m_env, QStringLiteral("R1")).value();
    QCOMPARE(cached.summary.notes, QStringLiteral("đã sửa"));
    QCOMPARE(cached.invoiceSeries, QStringLiteral("C26TAA"));
    QCOMPARE(cached.documentType, std::optional<int>(2));
    QCOMPARE(cached.localState, LocalState::Failed);
    QCOMPARE(cached.localMessage, QStringLiteral("lỗi"));
}

// Issue 17: a list page has no legal name, buyer type or codes; after the detail fill stored them,
// the next sync neither erases them nor counts the row as changed.
void TestInvoiceCache::upsertPage_keepsTheBuyerFieldsOnlyTheDetailHas()
{
    InvoiceDetail detail;
    detail.summary = storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1));
    detail.summary.buyer.legalName = QStringLiteral("CÔNG TY TNHH MINH ANH");
    detail.summary.buyer.buyerCode = QStringLiteral("KH01");
    QVERIFY(m_cache->applyDetail(m_env, detail).ok());
    const InvoiceSummary listed
        = storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1));
    QCOMPARE(m_cache->upsertPage(m_env, {listed})->unchanged, 1);
    CachedInvoice cached = m_cache->load(m_env, QStringLiteral("R1")).value();
    QCOMPARE(cached.summary.buyer.legalName, QStringLiteral("CÔNG TY TNHH MINH ANH"));
    QCOMPARE(cached.summary.buyer.buyerCode, QStringLiteral("KH01"));
    QCOMPARE(cached.summary.buyer.type, BuyerType::Company);
    InvoiceSummary renamed = listed; // a list that does carry one replaces it
    renamed.buyer.legalName = QStringLiteral("CÔNG TY CỔ PHẦN MINH ANH");
    QCOMPARE(m_cache->upsertPage(m_env, {renamed})->updated, 1);
    cached = m_cache->load(m_env, QStringLiteral("R1")).value();
    QCOMPARE(cached.summary.buyer.legalName, QStringLiteral("CÔNG TY CỔ PHẦN MINH ANH"));
}

void TestInvoiceCache::applyDetail_storesDerivedFields()
{
    QVERIFY(m_cache
                ->upsertPage(
                    m_env, {storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1))})
                .ok());
    QVERIFY(m_cache->setLocalState(m_env, QStringLiteral("R1"), LocalState::Pending).ok());
    InvoiceDetail detail;
    detail.summary = storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1));
    detail.invoiceSeries = QStringLiteral("C26TBB");
    detail.documentType = 5;
    detail.providerStatus = QStringLiteral("4");
    detail.taxAuthorityCode = QStringLiteral("M1-26-ABCDE-00000000017");
    detail.paymentMethod = QStringLiteral("CK");
    QVERIFY(m_cache->applyDetail(m_env, detail).ok());

    const CachedInvoice cached = m_cache->load(m_env, QStringLiteral("R1")).value();
    QCOMPARE(cached.invoiceSeries, QStringLiteral("C26TBB"));
    QCOMPARE(cached.documentType, std::optional<int>(5));
    QCOMPARE(cached.providerStatus, QStringLiteral("4"));
    QCOMPARE(cached.taxAuthorityCode, QStringLiteral("M1-26-ABCDE-00000000017"));
    QCOMPARE(cached.paymentMethod, QStringLiteral("CK"));
    QCOMPARE(cached.localState, LocalState::Pending);
    const CachedInvoiceRow row = m_cache->loadRows(m_env)->constFirst();
    QCOMPARE(row.invoiceSeries, QStringLiteral("C26TBB"));
    QCOMPARE(row.documentType, std::optional<int>(5));
}

void TestInvoiceCache::put_showsLocallyCreatedInvoiceAtOnce()
{
    CachedInvoice local;
    local.summary = storetest::summary(
        QStringLiteral("NEW-1"), QStringLiteral("0"), QDate(2026, 4, 2), InvoiceStatus::Draft);
    local.invoiceSeries = QStringLiteral("C26TAA");
    local.localState = LocalState::Pending;
    QVERIFY(m_cache->put(m_env, local).ok());
    const QList<CachedInvoiceRow> rows = m_cache->loadRows(m_env).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).localState, LocalState::Pending);
    QCOMPARE(rows.at(0).invoiceSeries, QStringLiteral("C26TAA"));

    QVERIFY(m_cache->setLocalState(m_env, QStringLiteral("NEW-1"), LocalState::None).ok());
    QCOMPARE(m_cache->loadRows(m_env)->constFirst().localState, LocalState::None);
}

void TestInvoiceCache::setLocalState_ofMissingRowIsNotFound()
{
    const StoreStatus status = m_cache->setLocalState(m_env, QStringLiteral("nope"), LocalState::Pending);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, StoreError::Kind::NotFound);
    QCOMPARE(m_cache->load(m_env, QStringLiteral("nope")).error().kind, StoreError::Kind::NotFound);
}

void TestInvoiceCache::amounts_areStoredExactly()
{
    InvoiceSummary big = storetest::summary(QStringLiteral("BIG"), QStringLiteral("1"), QDate(2026, 3, 1));
    big.totalBeforeTax = storetest::money("999999999999.99");
    big.taxAmount = storetest::money("79999999999.9992");
    big.totalAmount = storetest::money("-1079999999999.9892");
    QVERIFY(m_cache->upsertPage(m_env, {big}).ok());
    const CachedInvoiceRow row = m_cache->loadRows(m_env)->constFirst();
    QCOMPARE(row.totalBeforeTax.toString(), QStringLiteral("999999999999.99"));
    QCOMPARE(row.taxAmount.toString(), QStringLiteral("79999999999.9992"));
    QCOMPARE(row.totalAmount.toString(), QStringLiteral("-1079999999999.9892"));
}

void TestInvoiceCache::environments_areSeparate()
{
    const InvoiceSummary s = storetest::summary(QStringLiteral("R1"), QStringLiteral("1"), QDate(2026, 3, 1));
    QVERIFY(m_cache->upsertPage(QStringLiteral("demo"), {s}).ok());
    QVERIFY(m_cache->upsertPage(QStringLiteral("custom:https://hd.example.vn"), {s}).ok());
    QVERIFY(m_cache->setLastSync(QStringLiteral("demo"), m_clock.nowUtc()).ok());
    QCOMPARE(m_cache->count(QStringLiteral("production")).value(), 0);
    QVERIFY(m_cache->clear(QStringLiteral("demo")).ok());
    QCOMPARE(m_cache->count(QStringLiteral("demo")).value(), 0);
    QVERIFY(!m_cache->lastSync(QStringLiteral("demo"))->has_value());
    QCOMPARE(m_cache->count(QStringLiteral("custom:https://hd.example.vn")).value(), 1);
    QVERIFY(m_cache->remove(QStringLiteral("custom:https://hd.example.vn"), QStringLiteral("R1")).ok());
    QCOMPARE(m_cache->count(QStringLiteral("custom:https://hd.example.vn")).value(), 0);
}

void TestInvoiceCache::find_data()
{
    QTest::addColumn<CacheFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const auto filter = [](auto configure) {
        CacheFilter f;
        configure(f);
        return f;
    };
    QTest::newRow("everything") << CacheFilter()
                                << QStringList {QStringLiteral("D4"), QStringLiteral("C3"),
                                       QStringLiteral("B2"), QStringLiteral("A1")};
    QTest::newRow("date range inclusive") << filter([](CacheFilter &f) {
        f.from = QDate(2026, 2, 1);
        f.to = QDate(2026, 3, 1);
    }) << QStringList {QStringLiteral("C3"), QStringLiteral("B2")};
    QTest::newRow("status") << filter([](CacheFilter &f) { f.status = InvoiceStatus::Draft; })
                            << QStringList {QStringLiteral("D4")};
    QTest::newRow("source") << filter([](CacheFilter &f) { f.source = InvoiceSource::Manual; })
                            << QStringList {QStringLiteral("B2")};
    QTest::newRow("search number") << filter([](CacheFilter &f) { f.search = QStringLiteral("0000031"); })
                                   << QStringList {QStringLiteral("C3")};
    QTest::newRow("search buyer") << filter([](CacheFilter &f) { f.search = QStringLiteral("Đại Việt"); })
                                  << QStringList {QStringLiteral("D4"), QStringLiteral("B2")};
    // Issue 16.8: the company in legal_name, a person in name; both are found.
    QTest::newRow("search legal name") << filter([](CacheFilter &f) { f.search = QStringLiteral("Sao Mai"); })
                                       << QStringList {QStringLiteral("A1")};
    QTest::newRow("search tax code") << filter([](CacheFilter &f) { f.search = QStringLiteral("0109"); })
                                     << QStringList {QStringLiteral("A1")};
    QTest::newRow("search reference") << filter([](CacheFilter &f) { f.search = QStringLiteral("c3"); })
                                      << QStringList {QStringLiteral("C3")};
    QTest::newRow("percent is literal")
        << filter([](CacheFilter &f) { f.search = QStringLiteral("%"); }) << QStringList {};
    QTest::newRow("combined and limited") << filter([](CacheFilter &f) {
        f.status = InvoiceStatus::Issued;
        f.limit = 2;
    }) << QStringList {QStringLiteral("C3"), QStringLiteral("B2")};
}

void TestInvoiceCache::find()
{
    QFETCH(CacheFilter, filter);
    QFETCH(QStringList, expected);
    const QString daiViet = QStringLiteral("Công ty Đại Việt");
    const QString minhAnh = QStringLiteral("Công ty Minh Anh");
    InvoiceSummary a = storetest::summary(QStringLiteral("A1"), QStringLiteral("0000011"), QDate(2026, 1, 15),
        InvoiceStatus::Issued, minhAnh, QStringLiteral("0109876543"));
    a.buyer.legalName = QStringLiteral("Công ty Cổ phần Sao Mai");
    InvoiceSummary b = storetest::summary(QStringLiteral("B2"), QStringLiteral("0000021"), QDate(2026, 2, 1),
        InvoiceStatus::Issued, daiViet, QStringLiteral("0312345678"));
    b.source = InvoiceSource::Manual;
    InvoiceSummary c = storetest::summary(QStringLiteral("C3"), QStringLiteral("0000031"), QDate(2026, 3, 1),
        InvoiceStatus::Issued, minhAnh, QStringLiteral("0312000000"));
    InvoiceSummary d = storetest::summary(QStringLiteral("D4"), QStringLiteral("0"), QDate(2026, 3, 20),
        InvoiceStatus::Draft, daiViet, QStringLiteral("0312345678"));
    QVERIFY(m_cache->upsertPage(m_env, {a, b, c, d}).ok());
    const StoreResult<QList<CachedInvoiceRow>> rows = m_cache->find(m_env, filter);
    QVERIFY(rows.ok());
    QCOMPARE(QStringList(references(rows.value())), expected);
    for (const CachedInvoiceRow &row : rows.value())
        QCOMPARE(
            row.buyerLegalName, row.referenceCode == QLatin1String("A1") ? a.buyer.legalName : QString());
}

void TestInvoiceCache::lastSync_isKeptPerEnvironment()
{
    QVERIFY(!m_cache->lastSync(m_env)->has_value());
    const QDateTime first(QDate(2026, 4, 1), QTime(10, 0, 0, 123), Qt::UTC);
    QVERIFY(m_cache->setLastSync(m_env, first).ok());
    QVERIFY(m_cache->setLastSync(m_env, first.addSecs(60)).ok());
    QCOMPARE(m_cache->lastSync(m_env)->value(), first.addSecs(60));
    QVERIFY(!m_cache->lastSync(QStringLiteral("sandbox"))->has_value());
}

// Correctness at volume; timing is the benchmark's job (bench_store).
void TestInvoiceCache::manyRows_insertInPagesAndLoadBack()
{
    constexpr int total = 100000;
    constexpr int pageSize = 1000;
    QElapsedTimer timer;
    timer.start();
    // A second connection as the sync engine would use: synchronous=NORMAL (the cache is refetchable).
    Database syncDb;
    DatabaseOptions options;
    options.fullSync = false;
    QVERIFY(syncDb.open(storetest::dbPath(*m_dir), options).ok());
    InvoiceCacheRepository cache(syncDb, m_clock);
    QList<InvoiceSummary> page;
    page.reserve(pageSize);
    for (int i = 0; i < total; ++i) {
        page.append(storetest::summary(QStringLiteral("REF-%1").arg(i, 6, 10, QLatin1Char('0')),
            QString::number(i + 1), QDate(2025, 1, 1).addDays(i % 400)));
        page.last().totalAmount = Decimal::fromInteger(i);
        if (page.size() == pageSize) {
            const StoreResult<UpsertCounts> counts = cache.upsertPage(m_env, page);
            QVERIFY(counts.ok());
            QCOMPARE(counts->inserted, pageSize);
            page.clear();
        }
    }
    const StoreResult<QList<CachedInvoiceRow>> rows = m_cache->loadRows(m_env);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), total);
    Decimal sum;
    for (const CachedInvoiceRow &row : rows.value())
        sum += row.totalAmount;
    QCOMPARE(sum, Decimal::fromInteger(qint64(total) * (total - 1) / 2));
    qInfo("100k rows upserted and loaded in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestInvoiceCache)
// Issue 22: after a complete sync, in one transaction on the sync's writer thread.
void TestInvoiceCache::removeDraftsNotListed_removesOnlyUnlistedDraftsWithoutJob()
{
    const QDate day(2026, 3, 1);
    QVERIFY(
        m_cache
            ->upsertPage(m_env,
                {storetest::summary(QStringLiteral("GONE"), QStringLiteral("0"), day, InvoiceStatus::Draft),
                    storetest::summary(
                        QStringLiteral("LISTED"), QStringLiteral("0"), day, InvoiceStatus::Draft),
                    storetest::summary(QStringLiteral("ISSUED"), QStringLiteral("7"), day),
                    storetest::summary(
                        QStringLiteral("PENDING"), QStringLiteral("0"), day, InvoiceStatus::Draft)})
            .ok());
    QVERIFY(m_cache->setLocalState(m_env, QStringLiteral("PENDING"), LocalState::Pending).ok());
    QVERIFY(m_cache
                ->upsertPage(QStringLiteral("other"),
                    {storetest::summary(
                        QStringLiteral("ELSEWHERE"), QStringLiteral("0"), day, InvoiceStatus::Draft)})
                .ok());

    const StoreResult<QStringList> removed
        = m_cache->removeDraftsNotListed(m_env, {QStringLiteral("LISTED")});
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), QStringList {QStringLiteral("GONE")});
    QCOMPARE(references(m_cache->loadRows(m_env).value()).size(), 3);
    QVERIFY(!m_cache->load(m_env, QStringLiteral("GONE")).ok());
    QVERIFY(m_cache->load(m_env, QStringLiteral("ISSUED")).ok());
    QVERIFY(m_cache->load(m_env, QStringLiteral("PENDING")).ok());
    QVERIFY(m_cache->load(QStringLiteral("other"), QStringLiteral("ELSEWHERE")).ok());
    QCOMPARE(m_cache->removeDraftsNotListed(m_env, {QStringLiteral("LISTED")}).value(), QStringList());
}

#include "tst_invoicecache.moc"
