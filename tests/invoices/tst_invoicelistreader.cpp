#include "invoices/invoicebadge.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistreader.h"
#include "invoices/invoicelistsql.h"
#include "invoices/searchkey.h"
#include "store/database.h"
#include "store/invoicecacherepository.h"
#include "store/invoicesearchindex.h"
#include "store/statement.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

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

QStringList queried(const InvoiceListReader &query)
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

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The rules the list applied in memory before issue 22 (its filter proxy and model), kept as
// the oracle of the SQL view.
class Oracle
{
public:
    explicit Oracle(QList<CachedInvoiceRow> rows) : m_rows(std::move(rows)) { }

    QList<CachedInvoiceRow> view(const InvoiceFilter &filter, int column, Qt::SortOrder order) const
    {
        const QStringList terms = SearchKey::terms(filter.search);
        QList<CachedInvoiceRow> shown;
        std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(shown),
            [&](const CachedInvoiceRow &row) { return accepts(row, filter, terms); });
        std::sort(shown.begin(), shown.end(), [&](const CachedInvoiceRow &a, const CachedInvoiceRow &b) {
            const int result = compare(a, b, column);
            return order == Qt::AscendingOrder ? result < 0 : result > 0;
        });
        return shown;
    }

    static QStringList references(const QList<CachedInvoiceRow> &rows)
    {
        QStringList references;
        for (const CachedInvoiceRow &row : rows)
            references.append(row.referenceCode);
        return references;
    }

    FilteredTotals totals(const InvoiceFilter &filter) const
    {
        FilteredTotals totals;
        const auto add = [](std::optional<Decimal> &sum, Decimal amount) {
            if (sum)
                sum = Decimal::sum(*sum, amount);
        };
        for (const CachedInvoiceRow &row : view(filter, 0, Qt::AscendingOrder)) {
            ++totals.count;
            // What the reports count (countedinvoicesql), for rows without a stored detail.
            const int type = row.documentType.value_or(0);
            if (row.status == InvoiceStatus::Draft || type == 1) {
                ++totals.draftCount;
                continue;
            }
            if (row.status != InvoiceStatus::Issued || type == 3) {
                ++totals.cancelledCount;
                continue;
            }
            if (type == 5) {
                ++totals.replacedCount;
                continue;
            }
            if (type == 8) {
                ++totals.informationOnlyCount;
                continue;
            }
            const bool decrease = type == 7 && row.totalAmount > Decimal();
            add(totals.totalBeforeTax, decrease ? -row.totalBeforeTax : row.totalBeforeTax);
            add(totals.taxAmount, decrease ? -row.taxAmount : row.taxAmount);
            add(totals.totalAmount, decrease ? -row.totalAmount : row.totalAmount);
        }
        return totals;
    }

    QStringList knownSeries() const
    {
        QStringList series;
        for (const CachedInvoiceRow &row : m_rows) {
            if (!row.invoiceSeries.isEmpty() && !series.contains(row.invoiceSeries))
                series.append(row.invoiceSeries);
        }
        series.sort();
        return series;
    }

private:
    static bool accepts(const CachedInvoiceRow &row, const InvoiceFilter &filter, const QStringList &terms)
    {
        const InvoiceBadge badge = badgeOf(row);
        if (filter.badge && badge != *filter.badge && statusBadgeOf(badge) != *filter.badge)
            return false;
        if (filter.providerStatus
            && ((filter.providerStatus->isEmpty() && row.status != InvoiceStatus::Issued)
                || row.providerStatus != *filter.providerStatus))
            return false;
        if ((filter.source && row.source != *filter.source)
            || (filter.series && row.invoiceSeries != *filter.series)
            || !filter.dates.contains(row.issuedDate))
            return false;
        const QString key = SearchKey::forRow(row.invoiceNumber,
            QString(row.buyerLegalName + QLatin1Char(' ') + row.buyerName), row.buyerTaxCode,
            row.referenceCode);
        return terms.isEmpty() || SearchKey::matches(key, terms);
    }

    static qint64 number(const CachedInvoiceRow &row)
    {
        bool ok = false;
        const qint64 value = row.invoiceNumber.toLongLong(&ok);
        return ok ? value : 0;
    }

    static int compare(const CachedInvoiceRow &a, const CachedInvoiceRow &b, int column)
    {
        int result = compareColumn(a, b, column);
        if (result == 0 && column == InvoiceListModel::IssuedDate) // one day's in number order
            result = compareColumn(a, b, InvoiceListModel::Number);
        return result != 0 ? result : a.referenceCode.compare(b.referenceCode);
    }

    static int compareColumn(const CachedInvoiceRow &a, const CachedInvoiceRow &b, int column)
    {
        switch (column) {
        case InvoiceListModel::Number:
            return threeWay(number(a), number(b));
        case InvoiceListModel::Series:
            return a.invoiceSeries.compare(b.invoiceSeries);
        case InvoiceListModel::IssuedDate:
            return threeWay(a.issuedDate, b.issuedDate);
        case InvoiceListModel::Buyer: // compared as sets: the old sort used translated text
            return 0;
        case InvoiceListModel::TaxCode:
            return a.buyerTaxCode.compare(b.buyerTaxCode);
        case InvoiceListModel::TotalBeforeTax:
            return threeWay(a.totalBeforeTax, b.totalBeforeTax);
        case InvoiceListModel::TaxAmount:
            return threeWay(a.taxAmount, b.taxAmount);
        case InvoiceListModel::Total:
            return threeWay(a.totalAmount, b.totalAmount);
        case InvoiceListModel::Status:
            return threeWay(int(badgeOf(a)), int(badgeOf(b)));
        case InvoiceListModel::Source:
            return threeWay(int(a.source), int(b.source));
        default:
            return 0;
        }
    }

    QList<CachedInvoiceRow> m_rows;
};

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

// The SQL view of the list against the in-memory rules it replaced: same rows, same order, same
// sums, on a real SQLite file.
class TestInvoiceListReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Oracle> m_oracle;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        InvoiceCacheRepository cache(m_database);
        QRandomGenerator random(22);
        for (int i = 0; i < 2500; ++i)
            QVERIFY(cache.put(environment, randomInvoice(i, random)));
        // The search meets all three kinds of row: indexed, indexed then changed (indexed again
        // at once), and written since (noted, not yet indexed).
        QCOMPARE(InvoiceSearchIndex::indexPending(m_database, 5000).value(), 0);
        for (int i = 0; i < 2500; i += 3)
            QVERIFY(cache.put(environment, randomInvoice(i, random)));
        for (int i = 2500; i < 3000; ++i)
            QVERIFY(cache.put(environment, randomInvoice(i, random)));
        CachedInvoice other = randomInvoice(0, random);
        QVERIFY(cache.put(QStringLiteral("production"), other)); // same reference, other environment
        m_oracle = std::make_unique<Oracle>(cache.loadRows(environment).value());
    }

    // Each search twice: its index matches taken as few (read by search id, sorted) and as many
    // (the order's index walked and each row's text checked, in the orders that have an index).
    void view_matchesTheInMemoryRules_data()
    {
        QTest::addColumn<InvoiceFilter>("filter");
        QTest::addColumn<int>("fewMatches");
        const auto with = [](auto change) {
            InvoiceFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("everything") << InvoiceFilter() << InvoiceListReader::defaultFewMatches;
        for (int badge = 0; badge < invoiceStatusBadgeCount; ++badge)
            QTest::addRow("badge %d", badge)
                << with([=](InvoiceFilter &f) { f.badge = InvoiceBadge(badge); }) << 0;
        for (const char *status : {"", "2", "4", "5", "6"})
            QTest::addRow("provider status '%s'", status)
                << with([=](InvoiceFilter &f) { f.providerStatus = QString::fromLatin1(status); }) << 0;
        QTest::newRow("source") << with([](InvoiceFilter &f) { f.source = InvoiceSource::Manual; }) << 0;
        QTest::newRow("series") << with([](InvoiceFilter &f) { f.series = QStringLiteral("1C26TAA"); }) << 0;
        QTest::newRow("dates") << with([](InvoiceFilter &f) {
            f.dates.from = QDate(2026, 4, 1);
            f.dates.to = QDate(2026, 4, 30);
        }) << 0;
        for (const int fewMatches : {std::numeric_limits<int>::max(), -1}) {
            for (const char *text : {"nguyễn", "NGUYEN", "CÔNG TY", "cong ty dai", "đ", "ng", "03", "1",
                     "ref-0012", "duc 03", "xyz", "\"an", "a%_"})
                QTest::addRow("search '%s', %s", text, fewMatches < 0 ? "many" : "few")
                    << with([=](InvoiceFilter &f) { f.search = QString::fromUtf8(text); }) << fewMatches;
            QTest::addRow("all together, %s", fewMatches < 0 ? "many" : "few") << with([](InvoiceFilter &f) {
                f.badge = InvoiceBadge::Issued;
                f.source = InvoiceSource::Api;
                f.dates.from = QDate(2026, 3, 1);
                f.search = QStringLiteral("ng duc");
            }) << fewMatches;
        }
    }

    void view_matchesTheInMemoryRules()
    {
        QFETCH(InvoiceFilter, filter);
        QFETCH(int, fewMatches);
        for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const InvoiceListReader query(m_database, environment, filter, column, order, fewMatches);
                // A search is left uncounted when counting it reads every row's text: it walks
                // the order's index (many matches), or no term is long enough for the index.
                const QStringList terms = SearchKey::terms(filter.search);
                const bool indexable = std::any_of(terms.cbegin(), terms.cend(), [](const QString &term) {
                    return term.size() >= InvoiceSearchIndex::shortestIndexedTerm;
                });
                const bool uncounted = !terms.isEmpty()
                    && (!indexable || (fewMatches < 0 && InvoiceListSql::hasOrderIndex(column)));
                QCOMPARE(!query.countIfQuick().value().has_value(), uncounted);
                QStringList expected = Oracle::references(m_oracle->view(filter, column, order));
                QStringList actual = queried(query);
                if (column == InvoiceListModel::Buyer) { // the old sort was on translated text
                    expected.sort();
                    actual.sort();
                }
                QCOMPARE(actual, expected);
                QCOMPARE(query.count().value(), int(expected.size()));
            }
        }
        const FilteredTotals want = m_oracle->totals(filter);
        const FilteredTotals got = InvoiceListReader(
            m_database, environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder, fewMatches)
                                       .totals()
                                       .value();
        QCOMPARE(got.count, want.count);
        QCOMPARE(got.draftCount, want.draftCount);
        QCOMPARE(got.cancelledCount, want.cancelledCount);
        QCOMPARE(got.replacedCount, want.replacedCount);
        QCOMPARE(got.informationOnlyCount, want.informationOnlyCount);
        QCOMPARE(got.totalBeforeTax, want.totalBeforeTax);
        QCOMPARE(got.taxAmount, want.taxAmount);
        QCOMPARE(got.totalAmount, want.totalAmount);
    }

    void windowsAndPositions_followTheOrder_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("column");
        QTest::newRow("letter, sorted by total") << QStringLiteral("n") << int(InvoiceListModel::Total);
        QTest::newRow("letter, walking the date order")
            << QStringLiteral("n") << int(InvoiceListModel::IssuedDate);
        QTest::newRow("term, walking the date order")
            << QStringLiteral("ong") << int(InvoiceListModel::IssuedDate);
    }

    void windowsAndPositions_followTheOrder()
    {
        QFETCH(QString, search);
        QFETCH(int, column);
        InvoiceFilter filter;
        filter.search = search;
        const InvoiceListReader query(m_database, environment, filter, column, Qt::DescendingOrder, -1);
        const QStringList expected = Oracle::references(m_oracle->view(filter, column, Qt::DescendingOrder));
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
        QHash<QString, InvoiceBadge> badges;
        for (const CachedInvoiceRow &row : m_oracle->view({}, 0, Qt::AscendingOrder))
            badges.insert(row.referenceCode, badgeOf(row));
        int compared = 0;
        while (statement.next()) {
            QCOMPARE(statement.value(1).toInt(), int(badges.value(statement.value(0).toString())));
            ++compared;
        }
        QCOMPARE(compared, 3000);
    }

    void knownSeries_areTheCachedOnes()
    {
        QCOMPARE(InvoiceListReader::knownSeries(m_database, environment).value(), m_oracle->knownSeries());
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
            return queried(InvoiceListReader(m_database, environment, filter, 0, Qt::AscendingOrder));
        };
        QCOMPARE(found(), QStringList {invoice.summary.referenceCode}); // noted, not yet indexed
        QVERIFY(InvoiceSearchIndex::indexPending(m_database, 100000));
        QCOMPARE(found(), QStringList {invoice.summary.referenceCode}); // indexed
        invoice.summary.buyer.name = QStringLiteral("Đoàn Văn Khải");
        QVERIFY(cache.upsertPage(environment, {invoice.summary}));
        QCOMPARE(InvoiceSearchIndex::isComplete(m_database).value(), true); // indexed at once
        QVERIFY(found().isEmpty());
        filter.search = QStringLiteral("doan khai");
        QCOMPARE(found(), QStringList {invoice.summary.referenceCode});
        filter.search = QStringLiteral("xuyen");
        QVERIFY(found().isEmpty());
        filter.search = QStringLiteral("doan khai");
        QVERIFY(cache.remove(environment, invoice.summary.referenceCode));
        QVERIFY(found().isEmpty());
    }

    // Two letters found in few rows: read by search id from one pass over the index's text and
    // sorted, not by walking the order; counted by the first window, which holds them all.
    void rareShortTerm_readsTheFewRowsInOrder()
    {
        InvoiceCacheRepository cache(m_database);
        QStringList added;
        for (int i = 0; i < 3; ++i) {
            CachedInvoice invoice = randomInvoice(8000 + i, *QRandomGenerator::global());
            invoice.summary.buyer.name = QStringLiteral("Đoàn Thị Xuyến");
            invoice.summary.buyer.legalName.clear();
            invoice.summary.issuedDate = QDate(2026, 5, 1).addDays(i);
            QVERIFY(cache.put(environment, invoice));
            added.prepend(invoice.summary.referenceCode); // newest first
        }
        QVERIFY(InvoiceSearchIndex::indexPending(m_database, 100000));
        InvoiceFilter filter;
        filter.search = QStringLiteral("xu");
        const InvoiceListReader query(
            m_database, environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder);
        QVERIFY(!query.countIfQuick().value().has_value());
        const QList<CachedInvoiceRow> window = query.rows(0, 200).value();
        QStringList found;
        for (const CachedInvoiceRow &row : window)
            found.append(row.referenceCode);
        QCOMPARE(found, added);
        QCOMPARE(query.count().value(), 3);
        QCOMPARE(query.positionOf(added.last()).value(), 2);
        for (const QString &reference : added)
            QVERIFY(cache.remove(environment, reference));
    }

    // A search over a cache of one environment is counted in the index alone; the count is the
    // rows the view reads, whichever way it was counted.
    void searchCount_inTheIndexAlone_isTheRowsRead()
    {
        Database single;
        QVERIFY(single.open(m_dir.filePath(QStringLiteral("single.sqlite"))));
        InvoiceCacheRepository cache(single);
        QRandomGenerator random(7);
        for (int i = 0; i < 400; ++i)
            QVERIFY(cache.put(environment, randomInvoice(i, random)));
        const QStringList searches {QStringLiteral("nguyen"), QStringLiteral("cong ty"),
            QStringLiteral("duc le"), QStringLiteral("n"), QStringLiteral("03 a"), QStringLiteral("ref-001"),
            QStringLiteral("zzz")};
        const auto check = [&](const char *when) {
            for (const QString &text : searches) {
                InvoiceFilter filter;
                filter.search = text;
                const InvoiceListReader query(single, environment, filter, 0, Qt::AscendingOrder);
                QVERIFY2(query.count().value() == queried(query).size(),
                    qPrintable(text + u' ' + QLatin1String(when)));
            }
        };
        check("with rows noted");
        QCOMPARE(InvoiceSearchIndex::indexPending(single, 100000).value(), 0);
        InvoiceFilter nguyen;
        nguyen.search = QStringLiteral("nguyen");
        QVERIFY(InvoiceListSql(environment, nguyen, 0, Qt::AscendingOrder, true)
                    .countSql()
                    .contains(QLatin1String("COUNT(*) FROM (SELECT rowid FROM invoice_search WHERE")));
        check("indexed");
        QVERIFY(cache.put(QStringLiteral("production"), randomInvoice(1, random))); // a second environment
        QCOMPARE(InvoiceSearchIndex::indexPending(single, 100000).value(), 0);
        check("indexed, two environments");
    }

    void migration_indexesTheRowsAlreadyCached()
    {
        const QString file = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            DatabaseOptions before;
            before.schemaVersion = 8;
            QVERIFY(old.open(file, before));
            // Written as that schema's program wrote them: today's writer gives the search id
            // (migration 13), a column schema 8 has not.
            QSqlQuery insert(old.connection());
            QVERIFY(insert.prepare(
                QStringLiteral("INSERT INTO invoice_cache (environment, reference_code,"
                               " status, buyer_name, updated_at) VALUES (?, ?, 'issued', ?, 0)")));
            for (int i = 0; i < 50; ++i) {
                insert.addBindValue(environment);
                insert.addBindValue(QStringLiteral("REF-%1").arg(i, 5, 10, QLatin1Char('0')));
                insert.addBindValue(QStringLiteral("Công ty %1").arg(i));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
        }
        Database upgraded;
        QVERIFY(upgraded.open(file));
        InvoiceFilter filter;
        filter.search = QStringLiteral("REF-0004");
        const InvoiceListReader query(upgraded, environment, filter, 0, Qt::AscendingOrder);
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
        // The rows noted for the index are read from their own table, never by a scan of the cache.
        QVERIFY2(search.contains(QLatin1String("SCAN invoice_search_pending")), qPrintable(search));
        QVERIFY2(!search.contains(QLatin1String("SCAN noted_row")), qPrintable(search));
        QVERIFY2(!search.contains(QLatin1String("SCAN invoice_cache")), qPrintable(search));

        using Path = InvoiceListSql::SearchPath;
        const InvoiceListSql few(
            environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder, false, Path::FewMatches);
        const QString sorted = plan(m_database,
            QStringLiteral("SELECT reference_code ") + few.fromWhere() + QLatin1Char(' ')
                + few.orderBy(InvoiceListSql::Sorting::SortMatches) + QStringLiteral(" LIMIT 200"),
            few);
        QVERIFY2(sorted.contains(QLatin1String("invoice_cache_search_id")), qPrintable(sorted));
        QVERIFY2(!sorted.contains(QLatin1String("invoice_cache_list_order")), qPrintable(sorted));

        // Many matches: the order's index walked, each row's text found by its id, nothing sorted.
        const InvoiceListSql walked(
            environment, filter, InvoiceListModel::IssuedDate, Qt::DescendingOrder, false, Path::RowText);
        const QString walk = plan(m_database,
            QStringLiteral("SELECT reference_code ") + walked.fromWhere() + QLatin1Char(' ')
                + walked.orderBy() + QStringLiteral(" LIMIT 200"),
            walked);
        QVERIFY2(walk.contains(QLatin1String("INDEX invoice_cache_list_order")), qPrintable(walk));
        QVERIFY2(
            walk.contains(QLatin1String("SEARCH search_text USING INTEGER PRIMARY KEY")), qPrintable(walk));
        QVERIFY2(!walk.contains(QLatin1String("TEMP B-TREE")), qPrintable(walk));
        QVERIFY2(!walk.contains(QLatin1String("VIRTUAL TABLE")), qPrintable(walk));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceListReader)
#include "tst_invoicelistreader.moc"
