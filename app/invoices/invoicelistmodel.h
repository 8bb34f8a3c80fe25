#pragma once

#include "core/translatedtablemodel.h"
#include "invoicefilter.h"
#include "invoicerowblocks.h"
#include "store/cachedinvoice.h"
#include "store/storeresult.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace einvoice {

class InvoiceCacheRepository;
class InvoiceListReader;

// The cached invoices of one environment as a table (issue 7 columns), read from SQLite a window
// at a time (issue 22): the row count, filter, sort and sums are InvoiceListReader's, and only
// the blocks of rows the view asks for are in memory. Raw values are in the roles of
// invoicelistroles.h. A change of the cache (a sync page, a stored detail, an invoice made here)
// re-reads the view in place: selection, current row and scroll position stay.
// A search whose count would read every row's text (many matches, or letters too short for the
// index) is not counted on the UI thread: the view first holds the rows read so far, fetchMore()
// reads more as the view scrolls down, and setCounted() gives the count made off the UI thread
// (the footer's InvoiceListTotals).
class InvoiceListModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Series,
        IssuedDate,
        Buyer,
        TaxCode,
        TotalBeforeTax,
        TaxAmount,
        Total,
        Status,
        Source
    };
    static constexpr int ColumnCount = 10;

    // cache must outlive the model; the view is empty until an environment is set.
    explicit InvoiceListModel(InvoiceCacheRepository *cache, QObject *parent = nullptr);
    ~InvoiceListModel() override;

    // Shows another environment's invoices (a reset).
    void setEnvironment(const QString &environment);
    QString environment() const { return m_environment; }

    const InvoiceFilter &filter() const { return m_filter; }
    void setFilter(const InvoiceFilter &filter);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The cache changed: the view is counted and read again in place. refreshSoon() gathers a
    // burst of changes (a sync's pages) into one refresh.
    void refresh();
    void refreshSoon();
    // One invoice changed in the cache (its detail was read): its row shows the new values.
    void invoiceChanged(const QString &referenceCode);

    // Whether rowCount() is the size of the view, not the rows read so far.
    bool isCounted() const { return m_counted; }
    // The view's size, counted off the UI thread for the view as it is now; ignored once counted.
    void setCounted(int rows);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Where the invoice sits in the view; -1 when the filter hides it or it is not cached.
    int rowOf(const QString &referenceCode) const;
    // The cached invoice, shown or not; nullopt when not cached.
    std::optional<CachedInvoiceRow> invoice(const QString &referenceCode) const;
    // The invoice of a row of the view; nullopt outside the view.
    std::optional<CachedInvoiceRow> invoiceAt(int row) const;
    QString referenceCodeAt(int row) const;
    // The view's count and sums (drafts apart), read from the cache.
    FilteredTotals totals() const;
    // Every row of the view in order, one at a time (exports); stop by returning false. A failure
    // is also told by readFailed().
    StoreStatus forEachRow(const std::function<bool(const CachedInvoiceRow &)> &visit) const;
    // Every series the environment's invoices know, sorted: what the series filter offers.
    QStringList knownSeries() const;

    // A row from a list item, keeping what only the cache knows (series, document type, local state).
    static CachedInvoiceRow rowFromSummary(
        const InvoiceSummary &summary, const CachedInvoiceRow *known = nullptr);
    static CachedInvoiceRow rowFromCached(const CachedInvoice &invoice);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString columnTitle(int column);
    // The buyer as the invoice prints it: the legal name (unit) when given, else the name.
    static QString printedBuyer(const CachedInvoiceRow &row);
    // What the Buyer column shows: the printed buyer, and the buyer name when it differs.
    static QString buyerText(const CachedInvoiceRow &row);
    static QString buyerToolTip(const CachedInvoiceRow &row); // names each field

Q_SIGNALS:
    void filterChanged();
    // The cache was read again (refresh, another environment, an invoice changed).
    void cacheChanged();
    // Reading the cache failed: a translated sentence.
    void readFailed(const QString &message);

private:
    // The size of a new view: its count, or the rows of its first block.
    struct Size
    {
        int rows = 0;
        bool counted = true;
        std::optional<QList<CachedInvoiceRow>> firstBlock;
    };
    std::unique_ptr<InvoiceListReader> newQuery() const;
    Size sizeOf(const InvoiceListReader &query) const;
    void resize(int rows);
    void reshape(bool keepUncountedRows = false);
    QHash<QString, int> placesIn(
        const InvoiceListReader &query, const Size &size, const QHash<int, QString> &references) const;
    void placeRowsBetween(const InvoiceListReader &query, const Size &size,
        const QHash<int, QString> &references, QHash<QString, int> &places) const;
    void movePersistentRows(
        const QHash<int, QString> &references, const QHash<QString, int> &places, int rows);
    QHash<int, QString> persistentReferences(const QHash<int, QString> &known) const;
    const InvoiceRowBlocks::Row *rowAt(int row) const;
    bool dependsOnProviderAnswers() const;
    void reportFailure(const StoreError &error) const;
    QVariant displayData(const InvoiceRowBlocks::Row &row, int column) const;
    QVariant rawData(const InvoiceRowBlocks::Row &row, int role) const;

    InvoiceCacheRepository *m_cache;
    QString m_environment;
    InvoiceFilter m_filter;
    int m_sortColumn = IssuedDate;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    std::unique_ptr<InvoiceListReader> m_query;
    int m_rowCount = 0;
    bool m_counted = true;
    // Rows are changing (a view asking for more on their signals waits): rows past a new view's
    // end may still be shown, or the rows to come are not counted yet.
    bool m_changing = false;
    mutable InvoiceRowBlocks m_blocks;
    // The rows the last reshape moved the selection and current row to, by row: known without
    // reading them again (a second change before the view paints would drop the selection).
    QHash<int, QString> m_placedRows;
    QTimer *m_refreshTimer;
};

} // namespace einvoice
