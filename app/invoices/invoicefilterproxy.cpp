#include "invoicefilterproxy.h"

#include "invoicelistmodel.h"
#include "searchkey.h"

#include <QSet>

namespace einvoice {

InvoiceFilterProxy::InvoiceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void InvoiceFilterProxy::setInvoiceModel(InvoiceListModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void InvoiceFilterProxy::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
    apply();
}

void InvoiceFilterProxy::setBadgeFilter(std::optional<InvoiceBadge> badge)
{
    m_filter.badge = badge;
    apply();
}

void InvoiceFilterProxy::setDateRange(const DateRange &range)
{
    m_filter.dates = range;
    apply();
}

void InvoiceFilterProxy::setSourceFilter(std::optional<InvoiceSource> source)
{
    m_filter.source = source;
    apply();
}

void InvoiceFilterProxy::setProviderStatusFilter(std::optional<QString> providerStatus)
{
    m_filter.providerStatus = std::move(providerStatus);
    apply();
}

void InvoiceFilterProxy::setSeriesFilter(std::optional<QString> series)
{
    m_filter.series = std::move(series);
    apply();
}

void InvoiceFilterProxy::setSearchText(const QString &text)
{
    m_filter.search = text;
    apply();
}

// The mapping is rebuilt and sorted once per change. Qt's in-place path (invalidateRowsFilter)
// emits one remove or insert per scattered range of rows, which takes seconds on 100,000 rows.
void InvoiceFilterProxy::apply()
{
    m_terms = SearchKey::terms(m_filter.search);
    invalidate();
    Q_EMIT filterChanged();
}

bool InvoiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const CachedInvoiceRow &row = m_model->invoiceAt(sourceRow);
    if (!badgeMatches(sourceRow) || !providerStatusMatches(row))
        return false;
    if (m_filter.source && row.source != *m_filter.source)
        return false;
    if (m_filter.series && row.invoiceSeries != *m_filter.series)
        return false;
    if (!m_filter.dates.contains(row.issuedDate))
        return false;
    return m_terms.isEmpty() || SearchKey::matches(m_model->searchKeyAt(sourceRow), m_terms);
}

// "Issued" takes in every provider status badge of an issued invoice.
bool InvoiceFilterProxy::badgeMatches(int sourceRow) const
{
    if (!m_filter.badge)
        return true;
    const InvoiceBadge badge = m_model->badgeAt(sourceRow);
    return badge == *m_filter.badge || statusBadgeOf(badge) == *m_filter.badge;
}

bool InvoiceFilterProxy::providerStatusMatches(const CachedInvoiceRow &row) const
{
    if (!m_filter.providerStatus)
        return true;
    if (m_filter.providerStatus->isEmpty() && row.status != InvoiceStatus::Issued)
        return false;
    return row.providerStatus == *m_filter.providerStatus;
}

bool InvoiceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->compare(left.row(), right.row(), left.column()) < 0;
}

namespace {

void addTo(std::optional<Decimal> &sum, Decimal amount)
{
    if (sum)
        sum = Decimal::sum(*sum, amount);
}

} // namespace

FilteredTotals InvoiceFilterProxy::totals() const
{
    FilteredTotals totals;
    if (!m_model)
        return totals;
    totals.count = rowCount();
    for (int i = 0; i < totals.count; ++i) {
        const CachedInvoiceRow &row = m_model->invoiceAt(mapToSource(index(i, 0)).row());
        if (row.status == InvoiceStatus::Draft) {
            ++totals.draftCount;
            continue;
        }
        addTo(totals.totalBeforeTax, row.totalBeforeTax);
        addTo(totals.taxAmount, row.taxAmount);
        addTo(totals.totalAmount, row.totalAmount);
    }
    return totals;
}

QStringList InvoiceFilterProxy::knownSeries() const
{
    QSet<QString> series;
    for (int i = 0; m_model && i < m_model->rowCount(); ++i) {
        if (const QString &one = m_model->invoiceAt(i).invoiceSeries; !one.isEmpty())
            series.insert(one);
    }
    QStringList sorted(series.begin(), series.end());
    sorted.sort();
    return sorted;
}

QList<int> InvoiceFilterProxy::sourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i)
        rows.append(mapToSource(index(i, 0)).row());
    return rows;
}

QString InvoiceFilterProxy::referenceCodeAt(int proxyRow) const
{
    if (!m_model || proxyRow < 0 || proxyRow >= rowCount())
        return QString();
    return m_model->invoiceAt(mapToSource(index(proxyRow, 0)).row()).referenceCode;
}

} // namespace einvoice
