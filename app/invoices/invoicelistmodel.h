#pragma once

#include "core/translatedtablemodel.h"
#include "invoicebadge.h"
#include "store/cachedinvoice.h"

#include <QHash>
#include <QList>

namespace einvoice {

// The cached invoices of one environment as a table (issue 7 columns). Raw values are in the
// roles of invoicelistroles.h; each row keeps a precomputed folded search key so that the filter
// proxy searches 100,000 rows per keystroke without folding anything.
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

    explicit InvoiceListModel(QObject *parent = nullptr);

    // Replaces every row (a reset): the rows loaded from the cache.
    void setRows(QList<CachedInvoiceRow> rows);
    // Updates the rows whose reference code is known and appends the others in one insert.
    void upsertRows(const QList<CachedInvoiceRow> &rows);
    // One invoice created or changed by this app: shows at once, before the next sync.
    void upsertRow(const CachedInvoiceRow &row);
    bool removeReference(const QString &referenceCode);
    void clear();

    int rowOf(const QString &referenceCode) const; // -1 when absent
    const CachedInvoiceRow &invoiceAt(int row) const { return m_entries.at(row).invoice; }
    const QString &searchKeyAt(int row) const { return m_entries.at(row).searchKey; }
    InvoiceBadge badgeAt(int row) const { return m_entries.at(row).badge; }
    // <0, 0, >0 comparing two rows on the raw value of a column (ties broken by reference code).
    int compare(int left, int right, int column) const;

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

private:
    struct Entry
    {
        CachedInvoiceRow invoice;
        QString searchKey;
        QString buyerKey; // folded buyer name, for sorting
        qint64 numberValue = 0;
        InvoiceBadge badge = InvoiceBadge::Draft;
    };

    static Entry makeEntry(CachedInvoiceRow row);
    void reindex();
    QVariant displayData(const Entry &entry, int column) const;
    QVariant rawData(const Entry &entry, int role) const;
    QVariant sortValue(const Entry &entry, int column) const;
    int compareColumn(const Entry &a, const Entry &b, int column) const;

    QList<Entry> m_entries;
    QHash<QString, int> m_rowByReference;
};

} // namespace einvoice
