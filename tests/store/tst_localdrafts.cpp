#include "core/clock.h"
#include "store/database.h"
#include "store/localdraftrepository.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

class TestLocalDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void save_assignsIdAndTimestamps();
    void saveThenLoad_restoresTheWholeInvoice();
    void draftWithoutLines_comesBack();
    void saveAgain_updatesInPlaceKeepingCreationTime();
    void list_isPerEnvironmentMostRecentFirst();
    void remove_deletesAndReportsMissing();
    void reopen_restoresUnsentDrafts();
    void unreadablePayload_isReportedWithTheDraftId();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    ManualClock m_clock {QDateTime(QDate(2026, 3, 14), QTime(2, 0), Qt::UTC)};
    LocalDraftRepository *m_drafts = nullptr;
};

void TestLocalDrafts::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(storetest::dbPath(*m_dir)).ok());
    m_drafts = new LocalDraftRepository(*m_db, m_clock);
}

void TestLocalDrafts::cleanup()
{
    delete m_drafts;
    delete m_db;
    delete m_dir;
}

void TestLocalDrafts::save_assignsIdAndTimestamps()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-1"));
    const StoreResult<LocalDraft> saved = m_drafts->save(draft);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(!saved->id.isEmpty());
    QCOMPARE(saved->createdAt, m_clock.nowUtc());
    QCOMPARE(saved->updatedAt, m_clock.nowUtc());
    QCOMPARE(m_drafts->count(QStringLiteral("demo")).value(), 1);
}

void TestLocalDrafts::saveThenLoad_restoresTheWholeInvoice()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-2"));
    draft.invoice.lines[1].discountPercent = storetest::money("5");
    draft.grandTotal = storetest::money("3780000.54");
    const QString id = m_drafts->save(draft)->id;

    const StoreResult<LocalDraft> loaded = m_drafts->load(id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->invoice, draft.invoice);
    QCOMPARE(loaded->invoice.buyer.name, QStringLiteral("Công ty Cổ phần Đại Việt"));
    QCOMPARE(loaded->grandTotal, draft.grandTotal);
    QCOMPARE(loaded->environment, QStringLiteral("demo"));
}

// A form typed up to its buyer, closed before any line: the user's work, restored as it was.
void TestLocalDrafts::draftWithoutLines_comesBack()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-NOLINES"));
    draft.invoice.lines.clear();
    const QString id = m_drafts->save(draft)->id;
    const StoreResult<LocalDraft> loaded = m_drafts->load(id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(loaded->invoice.lines.isEmpty());
    QCOMPARE(loaded->invoice.buyer, draft.invoice.buyer);
}

void TestLocalDrafts::saveAgain_updatesInPlaceKeepingCreationTime()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-3"));
    draft = m_drafts->save(draft).value();
    const QDateTime created = draft.createdAt;
    m_clock.advanceMs(1500);
    draft.invoice.buyer.name = QStringLiteral("Hộ kinh doanh Bình An");
    draft.invoice.lines.removeLast();
    QVERIFY(m_drafts->save(draft).ok());

    QCOMPARE(m_drafts->count(QStringLiteral("demo")).value(), 1);
    const LocalDraft loaded = m_drafts->load(draft.id).value();
    QCOMPARE(loaded.invoice.buyer.name, QStringLiteral("Hộ kinh doanh Bình An"));
    QCOMPARE(loaded.invoice.lines.size(), 1);
    QCOMPARE(loaded.createdAt, created);
    QCOMPARE(loaded.updatedAt, m_clock.nowUtc());
}

void TestLocalDrafts::list_isPerEnvironmentMostRecentFirst()
{
    QStringList ids;
    for (const char *ref : {"OLD", "NEW"}) {
        LocalDraft draft;
        draft.environment = QStringLiteral("sandbox");
        draft.invoice = storetest::invoice(QString::fromLatin1(ref));
        draft.grandTotal = storetest::money("100");
        ids.append(m_drafts->save(draft)->id);
        m_clock.advanceMs(1000);
    }
    LocalDraft other;
    other.environment = QStringLiteral("production");
    other.invoice = storetest::invoice(QStringLiteral("PROD"));
    QVERIFY(m_drafts->save(other).ok());

    const QList<LocalDraftListItem> items = m_drafts->list(QStringLiteral("sandbox")).value();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).referenceCode, QStringLiteral("NEW"));
    QCOMPARE(items.at(0).id, ids.at(1));
    QCOMPARE(items.at(0).buyerName, QStringLiteral("Công ty Cổ phần Đại Việt"));
    QCOMPARE(items.at(0).buyerTaxCode, QStringLiteral("0312345678"));
    QCOMPARE(items.at(0).invoiceSeries, QStringLiteral("C26TAA"));
    QCOMPARE(items.at(0).lineCount, 2);
    QCOMPARE(items.at(0).grandTotal, std::optional<Decimal>(storetest::money("100")));
    QCOMPARE(items.at(0).issuedAt, storetest::invoice(QStringLiteral("x")).issuedAt);
    QCOMPARE(items.at(1).referenceCode, QStringLiteral("OLD"));
}

void TestLocalDrafts::remove_deletesAndReportsMissing()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-4"));
    const QString id = m_drafts->save(draft)->id;
    QVERIFY(m_drafts->remove(id).ok());
    QCOMPARE(m_drafts->count(QStringLiteral("demo")).value(), 0);
    QCOMPARE(m_drafts->load(id).error().kind, StoreError::Kind::NotFound);
    QCOMPARE(m_drafts->remove(id).error().kind, StoreError::Kind::NotFound);
}

void TestLocalDrafts::reopen_restoresUnsentDrafts()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-5"));
    const QString id = m_drafts->save(draft)->id;
    delete m_drafts;
    m_drafts = nullptr;
    m_db->close();

    Database reopened;
    QVERIFY(reopened.open(storetest::dbPath(*m_dir)).ok());
    LocalDraftRepository drafts(reopened, m_clock);
    const QList<LocalDraftListItem> items = drafts.list(QStringLiteral("demo")).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).id, id);
    QCOMPARE(drafts.load(id)->invoice, draft.invoice);
}

void TestLocalDrafts::unreadablePayload_isReportedWithTheDraftId()
{
    LocalDraft draft;
    draft.environment = QStringLiteral("demo");
    draft.invoice = storetest::invoice(QStringLiteral("REF-6"));
    const QString id = m_drafts->save(draft)->id;
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE local_drafts SET payload = '{\"template_code\": 5}'")));

    const StoreResult<LocalDraft> loaded = m_drafts->load(id);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, StoreError::Kind::InvalidData);
    QVERIFY(loaded.error().detail.contains(id));
    QVERIFY2(
        loaded.error().detail.contains(QLatin1String("template_code")), qPrintable(loaded.error().detail));
    QCOMPARE(m_drafts->loadPayload(id)->value(QLatin1String("template_code")).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestLocalDrafts)
#include "tst_localdrafts.moc"
