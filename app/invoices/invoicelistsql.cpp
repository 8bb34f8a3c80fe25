#include "invoicelistsql.h"

#include "invoicelistmodel.h"
#include "searchkey.h"
#include "store/invoicecachesql.h"
#include "store/invoicesearchindex.h"
#include "store/sqlvalues.h"
#include "store/statement.h"

#include <QStringList>

namespace einvoice {

namespace {

QString wire(InvoiceStatus status)
{
    return QLatin1Char('\'') + toWire(status) + QLatin1Char('\'');
}

QString number(int value)
{
    return QString::number(value);
}

// sepay-api.md 4.5 document types and 4.6 provider statuses, as badgeOf() reads them.
QString documentTypeBadges()
{
    const QPair<int, InvoiceBadge> types[] = {{3, InvoiceBadge::Cancelled}, {4, InvoiceBadge::Replacement},
        {5, InvoiceBadge::Replaced}, {6, InvoiceBadge::AdjustmentIncrease},
        {7, InvoiceBadge::AdjustmentDecrease}, {8, InvoiceBadge::AdjustmentInfo},
        {9, InvoiceBadge::AdjustmentCombined}, {10, InvoiceBadge::Adjusted}};
    QString sql;
    for (const auto &[type, badge] : types)
        sql += QStringLiteral(" WHEN document_type = ") + number(type) + QStringLiteral(" THEN ")
            + number(int(badge));
    return sql;
}

QString providerStatusBadges()
{
    const QPair<const char *, InvoiceBadge> statuses[] = {{"4", InvoiceBadge::TaxCodeGranted},
        {"3", InvoiceBadge::AwaitingTaxAuthority}, {"2", InvoiceBadge::SigningError},
        {"5", InvoiceBadge::NoAnswer}, {"6", InvoiceBadge::NotEligible}};
    QString sql = QStringLiteral("CASE provider_status");
    for (const auto &[status, badge] : statuses)
        sql += QStringLiteral(" WHEN '") + QLatin1String(status) + QStringLiteral("' THEN ")
            + number(int(badge));
    return sql + QStringLiteral(" ELSE ") + number(int(InvoiceBadge::Issued)) + QStringLiteral(" END");
}

QString sourceOrder()
{
    QString sql = QStringLiteral("CASE source");
    for (const InvoiceSource source : {InvoiceSource::Api, InvoiceSource::Manual})
        sql += QStringLiteral(" WHEN '") + toWire(source) + QStringLiteral("' THEN ") + number(int(source));
    return sql + QStringLiteral(" ELSE ") + number(int(InvoiceSource::Unknown)) + QStringLiteral(" END");
}

} // namespace

InvoiceListSql::InvoiceListSql(const QString &environment, const InvoiceFilter &filter, int sortColumn,
    Qt::SortOrder order, bool searchIndexComplete, SearchPath path)
    : m_sortColumn(sortColumn), m_order(order), m_path(path)
{
    // A unary + keeps SQLite from walking an index of the environment's rows to find a few matches.
    addCondition(path == SearchPath::FewMatches ? QStringLiteral("+environment = :environment")
                                                : QStringLiteral("environment = :environment"));
    bindValue(QStringLiteral(":environment"), environment);
    if (filter.badge)
        addBadge(*filter.badge);
    if (filter.providerStatus)
        addProviderStatus(*filter.providerStatus);
    if (filter.source) {
        addCondition(QStringLiteral("source = :source"));
        bindValue(QStringLiteral(":source"), toWire(*filter.source));
    }
    if (filter.series) {
        addCondition(InvoiceCacheSql::listSeries() + QStringLiteral(" = :series"));
        bindValue(QStringLiteral(":series"), sqlvalues::text(*filter.series));
    }
    if (filter.dates.from) {
        addCondition(QStringLiteral("issued_day >= :from_day"));
        bindValue(QStringLiteral(":from_day"), sqlvalues::day(*filter.dates.from));
    }
    if (filter.dates.to) {
        addCondition(QStringLiteral("issued_day <= :to_day"));
        bindValue(QStringLiteral(":to_day"), sqlvalues::day(*filter.dates.to));
    }
    addSearch(filter.search, searchIndexComplete, path);
    m_fromWhere = QStringLiteral("FROM invoice_cache ") + m_join + QStringLiteral(" WHERE ")
        + m_conditions.join(QStringLiteral(" AND "));
}

bool InvoiceListSql::hasOrderIndex(int sortColumn)
{
    return sortColumn == InvoiceListModel::IssuedDate || sortColumn == InvoiceListModel::Buyer;
}

QString InvoiceListSql::badgeExpression()
{
    return QStringLiteral("(CASE WHEN local_state = ") + number(int(LocalState::Pending))
        + QStringLiteral(" THEN ") + number(int(InvoiceBadge::Pending))
        + QStringLiteral(" WHEN local_state = ") + number(int(LocalState::Failed)) + QStringLiteral(" THEN ")
        + number(int(InvoiceBadge::Failed)) + QStringLiteral(" WHEN status = ")
        + wire(InvoiceStatus::Cancelled) + QStringLiteral(" THEN ") + number(int(InvoiceBadge::Cancelled))
        + documentTypeBadges() + QStringLiteral(" WHEN status = ") + wire(InvoiceStatus::Issued)
        + QStringLiteral(" THEN ") + providerStatusBadges() + QStringLiteral(" ELSE ")
        + number(int(InvoiceBadge::Draft)) + QStringLiteral(" END)");
}

// "Issued" takes in every provider status badge of an issued invoice.
void InvoiceListSql::addBadge(InvoiceBadge wanted)
{
    QStringList badges;
    for (int value = 0; value < invoiceBadgeCount; ++value) {
        const InvoiceBadge badge = InvoiceBadge(value);
        if (badge == wanted || statusBadgeOf(badge) == wanted)
            badges.append(number(value));
    }
    addCondition(
        badgeExpression() + QStringLiteral(" IN (") + badges.join(QLatin1Char(',')) + QLatin1Char(')'));
}

void InvoiceListSql::addProviderStatus(const QString &providerStatus)
{
    if (providerStatus.isEmpty())
        addCondition(QStringLiteral("status = ") + wire(InvoiceStatus::Issued));
    addCondition(QStringLiteral("provider_status = :provider_status"));
    bindValue(QStringLiteral(":provider_status"), sqlvalues::text(providerStatus)); // null is ''
}

// Terms of 3+ characters go to the trigram index in one MATCH; shorter ones are looked for in the
// folded text of the rows it gives (or of every row when no term is long enough).
void InvoiceListSql::addSearch(const QString &text, bool indexComplete, SearchPath path)
{
    const QStringList terms = SearchKey::terms(text);
    if (terms.isEmpty())
        return;
    m_searches = true;
    QStringList placeholders;
    QStringList indexed;
    for (const QString &term : terms) {
        placeholders.append(QStringLiteral(":term") + number(int(placeholders.size())));
        bindValue(placeholders.last(), term);
        if (term.size() >= InvoiceSearchIndex::shortestIndexedTerm)
            indexed.append(term);
    }
    m_matchesInText = indexed.isEmpty();
    if (path == SearchPath::RowText) {
        m_join = InvoiceSearchIndex::rowTextJoin();
        return addCondition(InvoiceSearchIndex::rowTextCondition(placeholders));
    }
    QString match;
    if (!indexed.isEmpty()) {
        match = QStringLiteral(":match");
        bindValue(match, InvoiceSearchIndex::matchExpression(indexed));
    }
    addCondition(InvoiceSearchIndex::searchCondition(terms, placeholders, match, indexComplete));
    if (indexComplete)
        m_indexedMatches = InvoiceSearchIndex::indexedMatches(terms, placeholders, match);
}

// A search alone, over a cache that holds this environment's rows only, is counted in the index:
// counting through the cache looked up every match's row (a search matching a third of a million
// rows took most of its time there).
QString InvoiceListSql::countSql() const
{
    const QString counted = QStringLiteral("SELECT COUNT(*) ") + m_fromWhere;
    if (m_indexedMatches.isEmpty() || m_conditions.size() != 2)
        return counted;
    return QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM invoice_cache_counts WHERE environment <>"
                          " :environment AND rows > 0) THEN (")
        + counted + QStringLiteral(") ELSE (SELECT COUNT(*) FROM (") + m_indexedMatches
        + QStringLiteral(")) END");
}

QStringList InvoiceListSql::sortExpressions() const
{
    const QString numberValue = QStringLiteral("CAST(invoice_number AS INTEGER)");
    switch (m_sortColumn) {
    case InvoiceListModel::Number:
        return {numberValue};
    case InvoiceListModel::Series:
        return {InvoiceCacheSql::listSeries()};
    case InvoiceListModel::IssuedDate: // one day's invoices in the order they were numbered
        return {QStringLiteral("issued_day"), numberValue};
    case InvoiceListModel::Buyer:
        return {QStringLiteral("einvoice_fold(CASE WHEN trim(buyer_legal_name) = '' THEN buyer_name"
                               " ELSE buyer_legal_name END)"),
            QStringLiteral("einvoice_fold(buyer_name)")};
    case InvoiceListModel::TaxCode:
        return {QStringLiteral("buyer_tax_code")};
    case InvoiceListModel::TotalBeforeTax:
        return {QStringLiteral("total_before_tax")};
    case InvoiceListModel::TaxAmount:
        return {QStringLiteral("tax_amount")};
    case InvoiceListModel::Total:
        return {QStringLiteral("total_amount")};
    case InvoiceListModel::Status:
        return {badgeExpression()};
    case InvoiceListModel::Source:
        return {sourceOrder()};
    default:
        return {};
    }
}

// A unary + keeps SQLite from reading the order from an index.
QString InvoiceListSql::orderBy(Sorting sorting) const
{
    const QString direction
        = m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys = sortExpressions();
    keys.append(QStringLiteral("reference_code"));
    for (QString &key : keys)
        key = (sorting == Sorting::SortMatches ? QStringLiteral("+") : QString()) + key + direction;
    return QStringLiteral("ORDER BY ") + keys.join(QStringLiteral(", "));
}

QString InvoiceListSql::sortKeys() const
{
    QStringList keys = sortExpressions();
    keys.append(QStringLiteral("reference_code"));
    return keys.join(QStringLiteral(", "));
}

QString InvoiceListSql::keysetComparison() const
{
    return m_order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">");
}

void InvoiceListSql::bindTo(Statement &statement) const
{
    for (const auto &[name, value] : m_values)
        statement.bind(name, value);
}

} // namespace einvoice
