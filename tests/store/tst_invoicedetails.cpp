// Migration 7 (issue 17): the details and lines of cached invoices, written by the background
// detail fill in one transaction and read by the reports; what the fill still has to fetch.
#include "core/clock.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/invoicedetailrepository.h"
#include "store/localstore.h"
#include "store/statement.h"
#include "storetestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;
using namespace einvoice::storetest;

namespace {

RemoteInvoiceLine line(int number, LineType type, const char *quantity, const char *price, const char *rate)
{
    RemoteInvoiceLine l;
    l.lineNumber = number;
    l.lineType = type;
    l.itemCode = QStringLiteral("SP%1").arg(number);
    l.itemName = QStringLiteral("Bàn phím cơ số %1").arg(number);
    l.unit = QStringLiteral("cái");
    l.quantity = money(quantity);
    l.unitPrice = money(price);
    l.totalAmount = Decimal::multiply(l.quantity, l.unitPrice).value();
    l.taxRate = money(rate);
    l.taxAmount = money("1234.5");
    return l;
}

InvoiceDetail detailOf(const InvoiceSummary &summary)
{
    InvoiceDetail d;
    d.summary = summary;
    d.invoiceSeries = QStringLiteral("C26TAA");
    d.documentType = 1;
    d.providerStatus = QStringLiteral("4");
    d.taxAuthorityCode = QStringLiteral("M1-26-ABCDE-00000000042");
    d.paymentMethod = QStringLiteral("TM/CK");
    d.lines = {line(1, LineType::Goods, "2.5", "1500000.25", "8"),
        line(2, LineType::Goods, "1", "250000", "0"), line(3, LineType::Note, "0", "0", "0")};
    return d;
}

} // namespace

class TestInvoiceDetails : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    const QString m_env = QStringLiteral("demo");
    const QDateTime m_at {QDate(2026, 4, 2), QTime(3, 0), Qt::UTC};

    InvoiceDetailRepository &details() { return m_store->details(); }
    InvoiceCacheRepository &cache() { return m_store->invoices(); }

    InvoiceSummary cached(const QString &reference, const QString &number, int day)
    {
        const InvoiceSummary s = summary(reference, number, QDate(2026, 3, day));
        [&] {
            QVERIFY(cache().upsertPage(m_env, {s}).ok());
        }();
        return s;
    }

    void save(const InvoiceSummary &s, bool final)
    {
        QVERIFY(details()
                    .saveDetail(m_env, detailOf(s), InvoiceDetailRepository::summaryKey(s), final, m_at)
                    .ok());
    }

    QStringList needing()
    {
        QStringList references;
        for (const DetailWorkItem &item : details().needingDetail(m_env).value())
            references.append(item.referenceCode);
        return references;
    }

    QVariant rawRate(const QString &reference, int lineNumber)
    {
        Statement statement(m_store->database(), QStringLiteral("test"));
        [&] {
            QVERIFY(statement
                        .prepare(QStringLiteral("SELECT tax_rate FROM invoice_lines WHERE reference_code = :r"
                                                " AND line_number = :n"))
                        .ok());
            QVERIFY(statement.bind(QStringLiteral(":r"), reference)
                        .bind(QStringLiteral(":n"), lineNumber)
                        .exec()
                        .ok());
            QVERIFY(statement.next());
        }();
        return statement.value(0);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(dbPath(*m_dir)).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void schema_isAtVersionSeven() { QVERIFY(m_store->database().schemaVersion() >= 7); }

    void saveDetail_storesLinesExactlyAndTheCacheColumns()
    {
        const InvoiceSummary s = cached(QStringLiteral("A-1"), QStringLiteral("42"), 1);
        save(s, true);
        const QList<RemoteInvoiceLine> lines = details().lines(m_env, QStringLiteral("A-1")).value();
        QCOMPARE(lines, detailOf(s).lines);
        QCOMPARE(lines.at(0).totalAmount.toString(), QStringLiteral("3750000.625"));
        QCOMPARE(rawRate(QStringLiteral("A-1"), 1).toLongLong(), 80000LL); // Decimal units
        QCOMPARE(rawRate(QStringLiteral("A-1"), 2).toLongLong(), 0LL);
        QVERIFY(rawRate(QStringLiteral("A-1"), 3).isNull()); // a note has no rate
        const CachedInvoice row = cache().load(m_env, QStringLiteral("A-1")).value();
        QCOMPARE(row.invoiceSeries, QStringLiteral("C26TAA"));
        QCOMPARE(row.providerStatus, QStringLiteral("4"));
        QCOMPARE(row.taxAuthorityCode, QStringLiteral("M1-26-ABCDE-00000000042"));
        QCOMPARE(row.documentType, std::optional<int>(1));
        QCOMPARE(row.paymentMethod, QStringLiteral("TM/CK"));
        QCOMPARE(cache().loadRows(m_env).value().at(0).invoiceSeries, QStringLiteral("C26TAA"));
    }

    void saveDetail_replacesTheLinesAndKeepsLocalState()
    {
        const InvoiceSummary s = cached(QStringLiteral("A-1"), QStringLiteral("42"), 1);
        QVERIFY(cache()
                    .setLocalState(m_env, QStringLiteral("A-1"), LocalState::Failed, QStringLiteral("x"))
                    .ok());
        save(s, false);
        InvoiceDetail fewer = detailOf(s);
        fewer.lines.resize(1);
        fewer.originalReferenceCode = QStringLiteral("ORIG-1");
        fewer.adjustmentType = QStringLiteral("increase");
        QVERIFY(details().saveDetail(m_env, fewer, QStringLiteral("k2"), true, m_at.addSecs(60)).ok());
        QCOMPARE(details().lines(m_env, QStringLiteral("A-1")).value().size(), 1);
        const auto info = details().detailInfo(m_env, QStringLiteral("A-1")).value();
        QVERIFY(info.has_value());
        QCOMPARE(info->summaryKey, QStringLiteral("k2"));
        QCOMPARE(info->fetchedAt, m_at.addSecs(60));
        QVERIFY(info->final);
        QCOMPARE(info->originalReferenceCode, QStringLiteral("ORIG-1"));
        QCOMPARE(info->adjustmentType, QStringLiteral("increase"));
        QCOMPARE(cache().load(m_env, QStringLiteral("A-1")).value().localState, LocalState::Failed);
    }

    void detailInfo_ofAnInvoiceNeverFetchedIsEmpty()
    {
        cached(QStringLiteral("A-1"), QStringLiteral("42"), 1);
        QVERIFY(!details().detailInfo(m_env, QStringLiteral("A-1")).value().has_value());
        QVERIFY(details().lines(m_env, QStringLiteral("A-1")).value().isEmpty());
    }

    // Missing first, newest first; then the changed and the unfinished; the final ones not at all.
    void needingDetail_isMissingChangedOrNotFinal()
    {
        const InvoiceSummary done = cached(QStringLiteral("DONE"), QStringLiteral("1"), 1);
        cached(QStringLiteral("MISSING-OLD"), QStringLiteral("2"), 2);
        cached(QStringLiteral("MISSING-NEW"), QStringLiteral("3"), 9);
        const InvoiceSummary open = cached(QStringLiteral("OPEN"), QStringLiteral("4"), 4);
        InvoiceSummary changed = cached(QStringLiteral("CHANGED"), QStringLiteral("5"), 5);
        const InvoiceSummary pending = cached(QStringLiteral("PENDING"), QStringLiteral("6"), 6);
        save(done, true);
        save(open, false);
        save(changed, true);
        save(pending, true);
        QVERIFY(cache().setLocalState(m_env, QStringLiteral("PENDING"), LocalState::Pending).ok());
        changed.totalAmount = money("2000000");
        QVERIFY(cache().upsertPage(m_env, {changed}).ok());
        QCOMPARE(needing(),
            QStringList({QStringLiteral("MISSING-NEW"), QStringLiteral("MISSING-OLD"),
                QStringLiteral("PENDING"), QStringLiteral("CHANGED"), QStringLiteral("OPEN")}));
        const QList<DetailWorkItem> items = details().needingDetail(m_env, 2).value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).reason, DetailWorkItem::Reason::Missing);
        QCOMPARE(details().needingDetail(QStringLiteral("sandbox")).value().size(), 0);
    }

    // What only the detail says (the buyer's legal name, type, codes) must not count as a change.
    void summaryKey_isWhatTheListCarries()
    {
        InvoiceSummary s = summary(QStringLiteral("A-1"), QStringLiteral("1"), QDate(2026, 3, 1));
        const QString key = InvoiceDetailRepository::summaryKey(s);
        s.pdfUrl = QStringLiteral("https://example.invalid/other.pdf?token=2");
        s.buyer.legalName = QStringLiteral("Công ty TNHH Minh Anh");
        s.buyer.type = BuyerType::Personal;
        s.buyer.buyerCode = QStringLiteral("KH01");
        QCOMPARE(InvoiceDetailRepository::summaryKey(s), key);
        s.totalAmount = money("1080001");
        QVERIFY(InvoiceDetailRepository::summaryKey(s) != key);
        s.totalAmount = money("1080000");
        s.status = InvoiceStatus::Cancelled;
        QVERIFY(InvoiceDetailRepository::summaryKey(s) != key);
    }

    void retention_keepsDetailsAndLines()
    {
        const InvoiceSummary s = cached(QStringLiteral("A-1"), QStringLiteral("42"), 1);
        save(s, true);
        m_store->applyRetention(m_at.addDays(3 * 365));
        m_store.reset();
        m_store = std::make_unique<LocalStore>(); // reopening applies retention too
        QVERIFY(m_store->open(dbPath(*m_dir)).ok());
        QCOMPARE(details().lines(m_env, QStringLiteral("A-1")).value().size(), 3);
        QVERIFY(details().detailInfo(m_env, QStringLiteral("A-1")).value().has_value());
    }

    void removingTheInvoice_dropsItsDetailAndLines()
    {
        save(cached(QStringLiteral("A-1"), QStringLiteral("42"), 1), true);
        save(cached(QStringLiteral("A-2"), QStringLiteral("43"), 2), true);
        QVERIFY(cache().remove(m_env, QStringLiteral("A-1")).ok());
        QVERIFY(details().lines(m_env, QStringLiteral("A-1")).value().isEmpty());
        QVERIFY(!details().detailInfo(m_env, QStringLiteral("A-1")).value().has_value());
        QCOMPARE(details().lines(m_env, QStringLiteral("A-2")).value().size(), 3);
        QVERIFY(cache().clear(m_env).ok());
        QVERIFY(details().lines(m_env, QStringLiteral("A-2")).value().isEmpty());
    }

    // A file of an earlier version (schema 6) gains the tables on open, its invoices kept.
    void aVersionSixFile_isMigrated()
    {
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            DatabaseOptions options;
            options.schemaVersion = 6;
            QVERIFY(old.open(path, options).ok());
            // As that schema's program wrote it: today's writer gives a column schema 6 has not.
            QSqlQuery insert(old.connection());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO invoice_cache (environment, reference_code,"
                                               " invoice_number, issued_day, status, updated_at)"
                                               " VALUES ('%1', 'OLD', '1', %2, 'issued', 0)")
                                    .arg(m_env)
                                    .arg(QDate(2026, 1, 5).toJulianDay())));
        }
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(path).ok());
        QVERIFY(m_store->database().schemaVersion() >= 7);
        QCOMPARE(needing(), QStringList({QStringLiteral("OLD")}));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceDetails)
#include "tst_invoicedetails.moc"
