#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "daterange.h"
#include "invoicebadge.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace einvoice {

class InvoiceListModel;

// What the list shows: every set part must match.
struct InvoiceFilter
{
    std::optional<InvoiceBadge> badge;
    DateRange dates;
    std::optional<InvoiceSource> source;
    // provider_status "1".."9" (sepay-api.md 4.6); "" = issued but not read from the detail yet.
    std::optional<QString> providerStatus;
    std::optional<QString> series; // exactly, as the detail or the create request gave it
    QString search; // number, buyer, tax code or reference code; accents and case ignored
};

// The count and the sums of the rows that pass the filter (the list's footer). Drafts are
// counted apart and left out of the sums: they are not invoices yet.
struct FilteredTotals
{
    int count = 0;
    int draftCount = 0; // among count
    // nullopt: the sum passed the range of Decimal (a year of a large chain's invoices can).
    std::optional<Decimal> totalBeforeTax = Decimal();
    std::optional<Decimal> taxAmount = Decimal();
    std::optional<Decimal> totalAmount = Decimal();
};

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
