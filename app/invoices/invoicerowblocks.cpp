#include "invoicerowblocks.h"

namespace einvoice {

const InvoiceRowBlocks::Row *InvoiceRowBlocks::find(int row)
{
    const int block = blockOf(row);
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend())
        return nullptr;
    if (m_recent.constLast() != block) {
        m_recent.removeOne(block);
        m_recent.append(block);
    }
    const int inBlock = row - block * BlockSize;
    return inBlock < it->size() ? &it->at(inBlock) : nullptr;
}

void InvoiceRowBlocks::insert(int block, const QList<CachedInvoiceRow> &rows)
{
    QList<Row> read;
    read.reserve(rows.size());
    for (const CachedInvoiceRow &invoice : rows)
        read.append({invoice, badgeOf(invoice)});
    m_blocks.insert(block, std::move(read));
    m_recent.removeOne(block);
    m_recent.append(block);
    while (m_recent.size() > MaxBlocks)
        m_blocks.remove(m_recent.takeFirst());
}

int InvoiceRowBlocks::rowOf(const QString &referenceCode) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).invoice.referenceCode == referenceCode)
                return it.key() * BlockSize + i;
        }
    }
    return -1;
}

QHash<int, QString> InvoiceRowBlocks::references() const
{
    QHash<int, QString> references;
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i)
            references.insert(it.key() * BlockSize + i, it->at(i).invoice.referenceCode);
    }
    return references;
}

bool InvoiceRowBlocks::replace(const CachedInvoiceRow &invoice)
{
    const int row = rowOf(invoice.referenceCode);
    if (row < 0)
        return false;
    m_blocks[blockOf(row)][row - blockOf(row) * BlockSize] = {invoice, badgeOf(invoice)};
    return true;
}

void InvoiceRowBlocks::clear()
{
    m_blocks.clear();
    m_recent.clear();
}

} // namespace einvoice
