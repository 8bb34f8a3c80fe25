#include "invoicelistreader.h"

#include "searchkey.h"
#include "store/countedinvoicesql.h"
#include "store/database.h"
#include "store/invoicecachecounts.h"
#include "store/invoicecachesql.h"
#include "store/invoicesearchindex.h"
#include "store/sqlvalues.h"
#include "store/statement.h"

namespace einvoice {

namespace {

const QString operation = QStringLiteral("invoicelist.read");

QString reasonCount(countedinvoicesql::Reason reason)
{
    return QStringLiteral(", COALESCE(SUM(reason = ") + QString::number(int(reason))
        + QStringLiteral("), 0)");
}

// Read when the view is made: a later write is followed by a refresh, which makes a new view.
bool searchIndexComplete(const Database &database)
{
    const StoreResult<bool> complete = InvoiceSearchIndex::isComplete(database);
    return complete && complete.value();
}

// Terms too short for the index found in fewer than this many of the newest entries are rare:
// walking the order would read 100,000 rows or more for a block; reading every entry's text once
// and sorting the few found is less.
constexpr int shortTermSample = 10000;
constexpr int shortTermsCommonFrom = 20;

// The index's matches are counted up to the first past `fewMatches` (a few ms at a million rows).
InvoiceListSql::SearchPath chooseSearchPath(
    const Database &database, const QStringList &terms, int sortColumn, int fewMatches)
{
    using Path = InvoiceListSql::SearchPath;
    QStringList indexed;
    for (const QString &term : terms) {
        if (term.size() >= InvoiceSearchIndex::shortestIndexedTerm)
            indexed.append(term);
    }
    if (!indexed.isEmpty()) {
        const StoreResult<int> matches = InvoiceSearchIndex::countMatches(
            database, InvoiceSearchIndex::matchExpression(indexed), qMax(0, fewMatches) + 1);
        if (matches && matches.value() <= fewMatches)
            return Path::FewMatches;
    } else if (fewMatches >= 0) {
        const StoreResult<int> sampled = InvoiceSearchIndex::sampleMatches(database, terms, shortTermSample);
        if (sampled && sampled.value() < shortTermsCommonFrom)
            return Path::FewMatches;
    }
    return InvoiceListSql::hasOrderIndex(sortColumn) ? Path::RowText : Path::Matches;
}

InvoiceListSql listSql(const Database &database, const QString &environment, const InvoiceFilter &filter,
    int sortColumn, Qt::SortOrder order, int fewMatches)
{
    const QStringList terms = SearchKey::terms(filter.search);
    if (terms.isEmpty())
        return InvoiceListSql(environment, filter, sortColumn, order);
    return InvoiceListSql(environment, filter, sortColumn, order, searchIndexComplete(database),
        chooseSearchPath(database, terms, sortColumn, fewMatches));
}

} // namespace

InvoiceListReader::InvoiceListReader(const Database &database, const QString &environment,
    const InvoiceFilter &filter, int sortColumn, Qt::SortOrder order, int fewMatches)
    : m_database(database),
      m_environment(environment),
      m_sql(listSql(database, environment, filter, sortColumn, order, fewMatches))
{
}

StoreResult<std::optional<int>> InvoiceListReader::countIfQuick() const
{
    if (m_sql.countReadsEveryRow() && !m_count)
        return std::optional<int>();
    const StoreResult<int> counted = count();
    if (!counted)
        return counted.error();
    return std::optional<int>(counted.value());
}

StoreResult<int> InvoiceListReader::count() const
{
    if (m_count)
        return *m_count;
    if (!m_sql.filters()) {
        const StoreResult<int> all = InvoiceCacheCounts::rows(m_database, m_environment);
        if (all)
            m_count = all.value();
        return all;
    }
    Statement statement(m_database, operation);
    if (StoreStatus status = statement.prepare(m_sql.countSql()); !status)
        return status.error();
    m_sql.bindTo(statement);
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    m_count = statement.next() ? statement.value(0).toInt() : 0;
    return *m_count;
}

// Walking the order's index finds a window of a search that matches many rows at once, but passes
// nearly every row of the cache before the last match of one that matches few.
InvoiceListSql::Sorting InvoiceListReader::windowSorting() const
{
    return m_sql.searchPath() == InvoiceListSql::SearchPath::FewMatches ? InvoiceListSql::Sorting::SortMatches
                                                                        : InvoiceListSql::Sorting::FromIndex;
}

// SQLite's SUM fails on integer overflow; Decimal's range is the same 64 bits of units.
StoreResult<std::optional<Decimal>> InvoiceListReader::sumOf(const QString &column) const
{
    Statement statement(m_database, operation);
    if (StoreStatus status = statement.prepare(QStringLiteral("SELECT SUM(CASE WHEN ")
            + countedinvoicesql::counts() + QStringLiteral(" THEN ") + countedinvoicesql::sign()
            + QStringLiteral(" * c.") + column + QStringLiteral(" END) ") + countedFrom());
        !status)
        return status.error();
    m_sql.bindTo(statement);
    if (!statement.exec())
        return std::optional<Decimal>();
    return std::optional<Decimal>(
        statement.next() ? Decimal::fromUnits(statement.value(0).toLongLong()) : Decimal());
}

// The view's rows as `c` with their details as `d`: what countedinvoicesql reads.
QString InvoiceListReader::countedFrom() const
{
    return QStringLiteral("FROM (SELECT invoice_cache.* ") + m_sql.fromWhere() + QStringLiteral(") AS c ")
        + countedinvoicesql::detailsJoin();
}

// One pass over the view for the counts and the three sums; when a sum passes the range (SQLite's
// SUM then fails the statement), the counts again and each sum on its own, so that only the sums
// past the range are unknown. "LIMIT -1" keeps SQLite from flattening the rows into the sums,
// which would work out each row's reason once per use (three times slower at a million rows).
StoreResult<FilteredTotals> InvoiceListReader::totals() const
{
    using Reason = countedinvoicesql::Reason;
    const QString counts = QStringLiteral("SELECT COUNT(*)") + reasonCount(Reason::Draft)
        + reasonCount(Reason::Cancelled) + reasonCount(Reason::Replaced)
        + reasonCount(Reason::InformationOnly);
    const QString sums = QStringLiteral(", SUM(CASE WHEN reason = 0 THEN sign * total_before_tax END)"
                                        ", SUM(CASE WHEN reason = 0 THEN sign * tax_amount END)"
                                        ", SUM(CASE WHEN reason = 0 THEN sign * total_amount END)");
    const QString rows = QStringLiteral(" FROM (SELECT ") + countedinvoicesql::reason()
        + QStringLiteral(" AS reason, ") + countedinvoicesql::sign()
        + QStringLiteral(" AS sign, c.total_before_tax, c.tax_amount, c.total_amount ") + countedFrom()
        + QStringLiteral(" LIMIT -1)");
    Statement statement(m_database, operation);
    if (StoreStatus status = statement.prepare(counts + sums + rows); !status)
        return status.error();
    m_sql.bindTo(statement);
    const bool inRange = bool(statement.exec());
    Statement countsOnly(m_database, operation);
    if (!inRange) {
        if (StoreStatus status = countsOnly.prepare(counts + rows); !status)
            return status.error();
        m_sql.bindTo(countsOnly);
        if (StoreStatus status = countsOnly.exec(); !status)
            return status.error();
    }
    Statement &read = inRange ? statement : countsOnly;
    FilteredTotals totals;
    if (!read.next())
        return totals;
    totals.count = read.value(0).toInt();
    totals.draftCount = read.value(1).toInt();
    totals.cancelledCount = read.value(2).toInt();
    totals.replacedCount = read.value(3).toInt();
    totals.informationOnlyCount = read.value(4).toInt();
    std::optional<Decimal> *const sumsOf[] = {&totals.totalBeforeTax, &totals.taxAmount, &totals.totalAmount};
    const QString columns[]
        = {QStringLiteral("total_before_tax"), QStringLiteral("tax_amount"), QStringLiteral("total_amount")};
    for (int i = 0; i < 3; ++i) {
        if (inRange) {
            *sumsOf[i] = Decimal::fromUnits(read.value(5 + i).toLongLong());
            continue;
        }
        StoreResult<std::optional<Decimal>> sum = sumOf(columns[i]);
        if (!sum)
            return sum.error();
        *sumsOf[i] = sum.value();
    }
    return totals;
}

StoreResult<QList<CachedInvoiceRow>> InvoiceListReader::rows(int offset, int limit) const
{
    // The window's references first, from the index alone; CROSS JOIN keeps SQLite from walking
    // the whole order index to find them again.
    const QString page = QStringLiteral("(SELECT reference_code AS page_reference ") + m_sql.fromWhere()
        + QLatin1Char(' ') + m_sql.orderBy(windowSorting())
        + QStringLiteral(" LIMIT :limit OFFSET :offset) AS page");
    Statement statement(m_database, operation);
    if (StoreStatus status = statement.prepare(QStringLiteral("SELECT ") + InvoiceCacheSql::rowColumns()
            + QStringLiteral(" FROM ") + page
            + QStringLiteral(" CROSS JOIN invoice_cache ON invoice_cache.environment = :environment"
                             " AND invoice_cache.reference_code = page.page_reference ")
            + m_sql.orderBy());
        !status)
        return status.error();
    m_sql.bindTo(statement);
    statement.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), qMax(0, offset));
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    QList<CachedInvoiceRow> rows;
    rows.reserve(limit);
    while (statement.next())
        rows.append(InvoiceCacheSql::readRow(statement));
    return rows;
}

StoreResult<int> InvoiceListReader::positionOf(const QString &referenceCode) const
{
    Statement statement(m_database, operation);
    const QString target = QStringLiteral("(SELECT ") + m_sql.sortKeys()
        + QStringLiteral(
            " FROM invoice_cache WHERE environment = :environment AND reference_code = :target)");
    const QString sql = QStringLiteral("SELECT EXISTS(SELECT 1 ") + m_sql.fromWhere()
        + QStringLiteral(" AND reference_code = :target), (SELECT COUNT(*) ") + m_sql.fromWhere()
        + QStringLiteral(" AND (") + m_sql.sortKeys() + QStringLiteral(") ") + m_sql.keysetComparison()
        + QLatin1Char(' ') + target + QLatin1Char(')');
    if (StoreStatus status = statement.prepare(sql); !status)
        return status.error();
    m_sql.bindTo(statement);
    statement.bind(QStringLiteral(":target"), referenceCode);
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    if (!statement.next() || !statement.value(0).toBool())
        return -1;
    return statement.value(1).toInt();
}

StoreStatus InvoiceListReader::forEachRow(const std::function<bool(const CachedInvoiceRow &)> &visit) const
{
    Statement statement(m_database, operation);
    const QString sql = InvoiceCacheSql::selectRows() + QLatin1Char(' ')
        + m_sql.fromWhere().mid(QStringLiteral("FROM invoice_cache ").size()) + QLatin1Char(' ')
        + m_sql.orderBy();
    if (StoreStatus status = statement.prepare(sql); !status)
        return status;
    m_sql.bindTo(statement);
    if (StoreStatus status = statement.exec(); !status)
        return status;
    while (statement.next()) {
        if (!visit(InvoiceCacheSql::readRow(statement)))
            break;
    }
    return {};
}

StoreResult<QStringList> InvoiceListReader::knownSeries(const Database &database, const QString &environment)
{
    Statement statement(database, operation);
    if (StoreStatus status = statement.prepare(QStringLiteral(
            "SELECT DISTINCT invoice_series FROM invoice_cache WHERE environment = :environment"
            " AND invoice_series <> '' UNION SELECT json_extract(o.payload, '$.invoice_series') FROM outbox o"
            " JOIN invoice_cache c ON c.environment = o.environment AND c.reference_code = o.reference_code"
            " WHERE o.environment = :environment AND o.kind = 'create' AND c.invoice_series = ''"
            " AND COALESCE(json_extract(o.payload, '$.invoice_series'), '') <> '' ORDER BY 1"));
        !status)
        return status.error();
    statement.bind(QStringLiteral(":environment"), environment);
    if (StoreStatus status = statement.exec(); !status)
        return status.error();
    QStringList series;
    while (statement.next())
        series.append(statement.value(0).toString());
    return series;
}

} // namespace einvoice
