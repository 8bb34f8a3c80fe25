#pragma once

#include "invoicebadge.h"
#include "store/cachedinvoice.h"

#include <QHash>
#include <QList>

namespace einvoice {

// The rows of the invoice list read so far, in blocks of consecutive rows (issue 22): what the
// view shows and a little around it. The least recently used blocks go first.
class InvoiceRowBlocks
{
public:
    static constexpr int BlockSize = 200;
    // Enough that the selected rows a user scrolled away from are still known by reference when
    // the view is read again (8,000 rows, a few MB).
    static constexpr int MaxBlocks = 40;

    struct Row
    {
        CachedInvoiceRow invoice;
        InvoiceBadge badge = InvoiceBadge::Draft;
    };

    static int blockOf(int row) { return row / BlockSize; }
    // nullptr when the row's block was not read (or the block ended before the row).
    const Row *find(int row);
    void insert(int block, const QList<CachedInvoiceRow> &rows);
    // Where a read row sits; -1 when no read block holds it.
    int rowOf(const QString &referenceCode) const;
    // Every read row's invoice, by row.
    QHash<int, QString> references() const;
    // Replaces a read row's values (the same invoice, changed in the cache); false when not read.
    bool replace(const CachedInvoiceRow &invoice);
    void clear();

private:
    QHash<int, QList<Row>> m_blocks;
    QList<int> m_recent; // block numbers, most recently used last
};

} // namespace einvoice
