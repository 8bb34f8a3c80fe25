#pragma once

#include "invoicefilter.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace einvoice {

class InvoiceListModel;

// Filters and sorts an InvoiceListModel on its raw values (never on display text). Reads the
// model's rows directly, so that filtering 100,000 rows per keystroke stays in milliseconds.
class InvoiceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InvoiceFilterProxy(QObject *parent = nullptr);

    void setInvoiceModel(InvoiceListModel *model);
    InvoiceListModel *invoiceModel() const { return m_model; }

    const InvoiceFilter &filter() const { return m_filter; }
    void setFilter(const InvoiceFilter &filter);
    void setBadgeFilter(std::optional<InvoiceBadge> badge);
    void setDateRange(const DateRange &range);
    void setSourceFilter(std::optional<InvoiceSource> source);
    void setProviderStatusFilter(std::optional<QString> providerStatus);
    void setSeriesFilter(std::optional<QString> series);
    void setSearchText(const QString &text);

    FilteredTotals totals() const;
    // Every series the model's rows know, sorted; what the series filter offers.
    QStringList knownSeries() const;
    // The source rows in view order.
    QList<int> sourceRows() const;
    QString referenceCodeAt(int proxyRow) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void apply();
    bool badgeMatches(int sourceRow) const;
    bool providerStatusMatches(const CachedInvoiceRow &row) const;

    InvoiceListModel *m_model = nullptr;
    InvoiceFilter m_filter;
    QStringList m_terms;
};

} // namespace einvoice
