#include "invoices/invoicefilterproxy.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistquery.h"
#include "invoices/invoicelistsql.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/statement.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace einvoice;

namespace {

const QString environment = QStringLiteral("sandbox");

const char *const buyers[] = {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "CÔNG TY TNHH Đại Dương", "Lê Đức",
    "Công ty Cổ phần Sao Việt", "Phạm Minh Khôi", "Hợp tác xã Phú Lộc", "Vũ Thu Hà"};

CachedInvoice randomInvoice(int index, QRandomGenerator &random)
{
    CachedInvoice invoice;
    InvoiceSummary &s = invoice.summary;
    s.referenceCode = QStringLiteral("REF-%1").arg(index, 5, 10, QLatin1Char('0'));
    s.status = InvoiceStatus(random.bounded(3));
    s.invoiceNumber
        = s.status == InvoiceStatus::Draft ? QStringLiteral("0") : QString::number(random.bounded(400));
    s.issuedDate = QDate(2026, 5, 15).addDays(-random.bounded(90));
    s.source = InvoiceSource(random.bounded(3));
    s.buyer.name = QString::fromUtf8(buyers[random.bounded(int(std::size(buyers)))]);
    if (random.bounded(4) == 0)
        s.buyer.legalName = QString::fromUtf8(buyers[random.bounded(int(std::size(buyers)))]);
    if (random.bounded(2))
        s.buyer.taxCode = QStringLiteral("03%1").arg(random.bounded(1000000), 8, 10, QLatin1Char('0'));
    const qint64 amount = 1000 * (1 + random.bounded(900));
    s.totalBeforeTax = Decimal::fromInteger(amount);
    s.taxAmount = Decimal::fromInteger(amount / 10);
    s.totalAmount = Decimal::fromInteger(amount + amount / 10);
    if (random.bounded(3) == 0)
        invoice.invoiceSeries = random.bounded(2) ? QStringLiteral("1C26TAA") : QStringLiteral("1C26TBB");
    if (random.bounded(4) == 0)
        invoice.documentType = 1 + random.bounded(10);
    if (s.status == InvoiceStatus::Issued)
        invoice.providerStatus = random.bounded(3) ? QString::number(random.bounded(8)) : QString();
    if (invoice.providerStatus == QLatin1String("0"))
        invoice.providerStatus.clear();
    invoice.localState = random.bounded(10) == 0 ? LocalState(1 + random.bounded(2)) : LocalState::None;
    return invoice;
}

QStringList queried(const InvoiceListQuery &query)
{
    QStringList references;
    const StoreStatus read = query.forEachRow([&](const CachedInvoiceRow &row) {
        references.append(row.referenceCode);
        return true;
    });
    if (!read)
        references.append(QStringLiteral("<error: %1>").arg(read.error().toString()));
    return references;
}

QStringList proxied(const InvoiceFilterProxy &proxy)
{
    QStringList references;
    for (int row = 0; row < proxy.rowCount(); ++row)
        references.append(proxy.referenceCodeAt(row));
    return references;
}

QString plan(const Database &database, const QString &sql, const InvoiceListSql &bound)
{
    Statement statement(database, QStringLiteral("test.plan"));
    if (!statement.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QString();
    bound.bindTo(statement);
    if (!statement.exec())
        return QString();
    QStringList lines;
    while (statement.next())
        lines.append(statement.value(3).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The SQL view of the list against the in-memory filter proxy it replaces: same rows, same order,
// same sums, on a real SQLite file.
class TestInvoiceListQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    InvoiceListModel m_model;
    InvoiceFilterProxy m_proxy;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        InvoiceCacheRepository cache(m_database);
        QRandomGenerator random(22);
        for (int i = 0; i < 3000; ++i)
            QVERIFY(cache.put(environment, randomInvoice(i, random)));
        CachedInvoice other = randomInvoice(0, random);
        QVERIFY(cache.put(QStringLiteral("production"), other)); // same reference, other environment
        m_model.setRows(cache.loadRows(environment).value());
        m_proxy.setInvoiceModel(&m_model);
    }

    void view_matchesTheFilterProxy_data()
    {
        QTest::addColumn<InvoiceFilter>("filter");
        const auto with = [](auto change) {
            InvoiceFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("everything") << InvoiceFilter();
        for (int badge = 0; badge < invoiceStatusBadgeCount; ++badge)
            QTest::addRow("badge %d", badge)
                << with([=](InvoiceFilter &f) { f.badge = InvoiceBadge(badge); });
        for (const char *status : {"", "2", "4", "5", "6"})
            QTest::addRow("provider status '%s'", status)
                << with([=](InvoiceFilter &f) { f.providerStatus = QString::fromLatin1(status); });
        QTest::newRow("source") << with([](InvoiceFilter &f) { f.source = InvoiceSource::Manual; });
        QTest::newRow("series") << with([](InvoiceFilter &f) { f.series = QStringLiteral("1C26TAA"); });
        QTest::newRow("dates") << with([](InvoiceFilter &f) {
            f.dates.from = QDate(2026, 4, 1);
            f.dates.to = QDate(2026, 4, 30);
        });
        for (const char *text : {"nguyễn", "NGUYEN", "CÔNG TY", "cong ty dai", "đ", "ng", "03", "1",
                 "ref-0012", "duc 03", "xyz", "\"an", "a%_"})
            QTest::addRow("search '%s'", text)
                << with([=](InvoiceFilter &f) { f.search = QString::fromUtf8(text); });
        QTest::newRow("all together") << with([](InvoiceFilter &f) {
            f.badge = InvoiceBadge::Issued;
            f.source = InvoiceSource::Api;
            f.dates.from = QDate(2026, 3, 1);
            f.search = QStringLiteral("ng");
        });
    }

    void view_matchesTheFilterProxy()
    {
        QFETCH(InvoiceFilter, filter);
        m_proxy.setFilter(filter);
        for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_proxy.sort(column, order);
                const InvoiceListQuery query(m_database, environment, filter, column, order);
                QStringList expected = proxied(m_proxy);
                QStringList actual = queried(query);
                if (column == InvoiceListModel::Buyer) { // the proxy sorts on translated text
                    expected.sort();
                    actual.sort();
                }
                QCOMPARE(actual, expected);
                QCOMPARE(query.count().value(), int(expected.size()));
            }
        }
        const FilteredTotals want = m_proxy.totals();
        const FilteredTotals got = InvoiceListQuery(
            m_database, environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder)
                                       .totals()
                                       .value();
        QCOMPARE(got.count, want.count);
        QCOMPARE(got.draftCount, want.draftCount);
        QCOMPARE(got.totalBeforeTax, want.totalBeforeTax);
        QCOMPARE(got.taxAmount, want.taxAmount);
        QCOMPARE(got.totalAmount, want.totalAmount);
    }

    void windowsAndPositions_followTheOrder()
    {
        InvoiceFilter filter;
        filter.search = QStringLiteral("n");
        m_proxy.setFilter(filter);
        m_proxy.sort(InvoiceListModel::Total, Qt::DescendingOrder);
        const InvoiceListQuery query(
            m_database, environment, filter, InvoiceListModel::Total, Qt::DescendingOrder);
        const QStringList expected = proxied(m_proxy);
        QVERIFY(expected.size() > 600);
        for (const int offset : {0, 200, 400, int(expected.size()) - 50}) {
            const StoreResult<QList<CachedInvoiceRow>> read = query.rows(offset, 200);
            QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
            const QList<CachedInvoiceRow> &rows = read.value();
            QCOMPARE(rows.size(), qMin(200, int(expected.size()) - offset));
            for (int i = 0; i < rows.size(); ++i)
                QCOMPARE(rows.at(i).referenceCode, expected.at(offset + i));
        }
        for (const int position : {0, 1, 317, int(expected.size()) - 1}) {
            const StoreResult<int> found = query.positionOf(expected.at(position));
            QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
            QCOMPARE(found.value(), position);
        }
        QCOMPARE(query.positionOf(QStringLiteral("NO-SUCH-REF")).value(), -1);
    }

    void badgeExpression_isBadgeOf()
    {
        Statement statement(m_database, QStringLiteral("test.badge"));
        QVERIFY(
            statement.prepare(QStringLiteral("SELECT reference_code, ") + InvoiceListSql::badgeExpression()
                + QStringLiteral(" FROM invoice_cache WHERE environment = :environment")));
        statement.bind(QStringLiteral(":environment"), environment);
        QVERIFY(statement.exec());
        int compared = 0;
        while (statement.next()) {
            const int row = m_model.rowOf(statement.value(0).toString());
            QCOMPARE(statement.value(1).toInt(), int(m_model.badgeAt(row)));
            ++compared;
        }
        QCOMPARE(compared, 3000);
    }

    void knownSeries_areTheCachedOnes()
    {
        QCOMPARE(InvoiceListQuery::knownSeries(m_database, environment).value(), m_proxy.knownSeries());
    }

    void search_followsEveryWriteOfTheCache()
    {
        InvoiceCacheRepository cache(m_database);
        CachedInvoice invoice = randomInvoice(9999, *QRandomGenerator::global());
        invoice.summary.buyer.name = QStringLiteral("Đoàn Thị Xuyến");
        QVERIFY(cache.put(environment, invoice));
        InvoiceFilter filter;
        filter.search = QStringLiteral("xuyen");
        const auto found = [&] {
            return queried(InvoiceListQuery(m_database, environment, filter, 0, Qt::AscendingOrder));
        };
        QCOMPARE(found(), QStringList {invoice.summary.referenceCode});
        invoice.summary.buyer.name = QStringLiteral("Đoàn Văn Khải");
        QVERIFY(cache.upsertPage(environment, {invoice.summary}));
        QVERIFY(found().isEmpty());
        filter.search = QStringLiteral("doan khai");
        QCOMPARE(found(), QStringList {invoice.summary.referenceCode});
        QVERIFY(cache.remove(environment, invoice.summary.referenceCode));
        QVERIFY(found().isEmpty());
    }

    void migration_indexesTheRowsAlreadyCached()
    {
        const QString file = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            DatabaseOptions before;
            before.schemaVersion = 8;
            QVERIFY(old.open(file, before));
            InvoiceCacheRepository cache(old);
            QRandomGenerator random(5);
            for (int i = 0; i < 50; ++i)
                QVERIFY(cache.put(environment, randomInvoice(i, random)));
        }
        Database upgraded;
        QVERIFY(upgraded.open(file));
        InvoiceFilter filter;
        filter.search = QStringLiteral("REF-0004");
        const InvoiceListQuery query(upgraded, environment, filter, 0, Qt::AscendingOrder);
        QStringList found = queried(query);
        found.sort();
        QCOMPARE(found,
            (QStringList {QStringLiteral("REF-00040"), QStringLiteral("REF-00041"),
                QStringLiteral("REF-00042"), QStringLiteral("REF-00043"), QStringLiteral("REF-00044"),
                QStringLiteral("REF-00045"), QStringLiteral("REF-00046"), QStringLiteral("REF-00047"),
                QStringLiteral("REF-00048"), QStringLiteral("REF-00049")}));
    }

    void plans_useTheIndexes()
    {
        InvoiceFilter filter;
        const InvoiceListSql plain(environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        const QString window = plan(m_database,
            QStringLiteral("SELECT reference_code ") + plain.fromWhere() + QLatin1Char(' ') + plain.orderBy()
                + QStringLiteral(" LIMIT 200 OFFSET 1000"),
            plain);
        QVERIFY2(
            window.contains(QLatin1String("COVERING INDEX invoice_cache_list_order")), qPrintable(window));
        QVERIFY2(!window.contains(QLatin1String("TEMP B-TREE")), qPrintable(window));
        filter.search = QStringLiteral("nguyen");
        const InvoiceListSql searched(environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        const QString search
            = plan(m_database, QStringLiteral("SELECT COUNT(*) ") + searched.fromWhere(), searched);
        QVERIFY2(search.contains(QLatin1String("VIRTUAL TABLE INDEX")), qPrintable(search));
        QVERIFY2(search.contains(QLatin1String("invoice_cache_search_id")), qPrintable(search));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceListQuery)
#include "tst_invoicelistquery.moc"
