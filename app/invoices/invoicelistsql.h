#pragma once

#include "invoicefilter.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace einvoice {

class Statement;

// The SQL of one view of the invoice list (issue 22): the rows of one environment that pass an
// InvoiceFilter, in the order of one column. The badge, the sort keys and the filter are the SQL
// forms of badgeOf() and of the list's sort values and filter rules; the search
// goes through the trigram index (InvoiceSearchIndex).
class InvoiceListSql
{
public:
    // How a search finds its rows; InvoiceListReader chooses.
    enum class SearchPath {
        Matches, // the index's matches, met while reading the view's order
        FewMatches, // the index's matches (or entries holding short terms), found by search id, sorted
        RowText, // the order's index walked, each row's folded text checked; no index is read
    };
    // `searchIndexComplete`: no row waits for the search index (InvoiceSearchIndex::isComplete()).
    InvoiceListSql(const QString &environment, const InvoiceFilter &filter, int sortColumn,
        Qt::SortOrder order, bool searchIndexComplete = false, SearchPath path = SearchPath::Matches);

    // Whether the column's order is read from an index (the others sort every row of the view).
    static bool hasOrderIndex(int sortColumn);

    // "FROM invoice_cache [join] WHERE ..." selecting the filtered rows.
    const QString &fromWhere() const { return m_fromWhere; }
    // SELECT of the number of filtered rows.
    QString countSql() const;
    // "ORDER BY ...": the column's keys, then the reference code, all in the view's direction.
    // Not from an index: the matching rows are sorted instead of walking the order's index (what
    // a search that matches few rows wants).
    enum class Sorting { FromIndex, SortMatches };
    QString orderBy(Sorting sorting = Sorting::FromIndex) const;
    SearchPath searchPath() const { return m_path; }
    // Counting the view reads every row's text: the search walks the rows (SearchPath::RowText),
    // or none of its terms is long enough for the index's MATCH.
    bool countReadsEveryRow() const
    {
        return m_searches && (m_path == SearchPath::RowText || m_matchesInText);
    }
    // Whether the view leaves out some of the environment's rows.
    bool filters() const { return m_conditions.size() > 1; }
    // The sort keys and the reference code, comma separated (a row value in parentheses).
    QString sortKeys() const;
    QString keysetComparison() const; // "<" ascending, ">" descending
    void bindTo(Statement &statement) const;

    // badgeOf() as an SQL expression over invoice_cache's columns.
    static QString badgeExpression();

private:
    void addCondition(const QString &condition) { m_conditions.append(condition); }
    void bindValue(const QString &name, const QVariant &value) { m_values.append({name, value}); }
    void addBadge(InvoiceBadge badge);
    void addProviderStatus(const QString &providerStatus);
    void addSearch(const QString &text, bool indexComplete, SearchPath path);
    QStringList sortExpressions() const;

    int m_sortColumn;
    bool m_searches = false;
    Qt::SortOrder m_order;
    SearchPath m_path;
    bool m_matchesInText = false; // no term for the index's MATCH
    QStringList m_conditions;
    QList<QPair<QString, QVariant>> m_values;
    QString m_join;
    QString m_fromWhere;
    QString m_indexedMatches; // the search on the index alone, when the index is complete
};

} // namespace einvoice
