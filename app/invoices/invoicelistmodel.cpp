#include "invoicelistmodel.h"

#include "invoicelistreader.h"
#include "invoiceslog.h"
#include "store/invoicecacherepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>

namespace einvoice {

namespace {

// Sync pages land several times a second; the view is read again at most this often meanwhile,
// and less often when reading it takes long (a million rows, a selection far down): the UI thread
// spends at most a fifth of the sync in refreshes.
constexpr int refreshGatherMs = 150;
constexpr int refreshShareFactor = 4;

} // namespace

InvoiceListModel::InvoiceListModel(InvoiceCacheRepository *cache, QObject *parent)
    : TranslatedTableModel(parent), m_cache(cache), m_refreshTimer(new QTimer(this))
{
    Q_ASSERT(cache);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshGatherMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &InvoiceListModel::refresh);
}

InvoiceListModel::~InvoiceListModel() = default;

std::unique_ptr<InvoiceListReader> InvoiceListModel::newQuery() const
{
    return std::make_unique<InvoiceListReader>(
        m_cache->database(), m_environment, m_filter, m_sortColumn, m_order);
}

InvoiceListModel::Size InvoiceListModel::sizeOf(const InvoiceListReader &query) const
{
    if (m_environment.isEmpty())
        return {};
    const StoreResult<std::optional<int>> count = query.countIfQuick();
    if (!count) {
        reportFailure(count.error());
        return {};
    }
    if (count.value())
        return {*count.value(), true, std::nullopt};
    const StoreResult<QList<CachedInvoiceRow>> first = query.rows(0, InvoiceRowBlocks::BlockSize);
    if (!first) {
        reportFailure(first.error());
        return {};
    }
    const int rows = int(first.value().size());
    return {rows, rows < InvoiceRowBlocks::BlockSize, first.value()};
}

void InvoiceListModel::reportFailure(const StoreError &error) const
{
    qCWarning(lcInvoices) << "could not read the invoice list:" << error.toString();
    Q_EMIT const_cast<InvoiceListModel *>(this)->readFailed(error.userMessage());
}

void InvoiceListModel::setEnvironment(const QString &environment)
{
    m_refreshTimer->stop();
    beginResetModel();
    m_environment = environment;
    m_query = newQuery();
    m_blocks.clear();
    m_placedRows.clear();
    Size size = sizeOf(*m_query);
    if (size.firstBlock)
        m_blocks.insert(0, *size.firstBlock);
    m_rowCount = size.rows;
    m_counted = size.counted;
    endResetModel();
    Q_EMIT cacheChanged();
}

void InvoiceListModel::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
    reshape();
    Q_EMIT filterChanged();
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    reshape();
}

void InvoiceListModel::refresh()
{
    m_refreshTimer->stop();
    QElapsedTimer timer;
    timer.start();
    reshape(true);
    Q_EMIT cacheChanged();
    m_refreshTimer->setInterval(qMax(qint64(refreshGatherMs), refreshShareFactor * timer.elapsed()));
}

void InvoiceListModel::refreshSoon()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

// The view read again under its new filter, order or rows, without a reset: new rows are added
// at the end (read as the old view still), then every row moves in one layout change (selection
// and current row follow their invoices, by reference code), then rows past the new count go.
// A refresh of a view not counted keeps its rows until the count comes: a sync's pages would
// otherwise take the rows a user scrolled to away, and the selection with them.
void InvoiceListModel::reshape(bool keepUncountedRows)
{
    // The rows in memory, before any signal: a view or tester reading rows meanwhile reads the
    // changed cache at the old view's places.
    QHash<int, QString> known = m_blocks.references();
    for (auto it = m_placedRows.cbegin(); it != m_placedRows.cend(); ++it)
        known.insert(it.key(), it.value());
    const QHash<int, QString> corners = persistentReferences(known);
    std::unique_ptr<InvoiceListReader> next = newQuery();
    const QScopedValueRollback changing(m_changing, true);
    const int oldCount = m_rowCount;
    Size size = sizeOf(*next);
    QHash<QString, int> places = placesIn(*next, size, corners);
    if (!size.counted) {
        if (keepUncountedRows)
            size.rows = qMax(size.rows, oldCount);
        for (const int place : places) // the selection and current row stay in the rows shown
            size.rows = qMax(size.rows, place + 1);
    }
    const int newCount = size.rows;
    if (newCount > oldCount) {
        beginInsertRows(QModelIndex(), oldCount, newCount - 1);
        m_rowCount = newCount;
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection model now holds an index for each selected row, not only its ranges' corners.
    const QHash<int, QString> references = persistentReferences(known);
    placeRowsBetween(*next, size, references, places);
    m_query = std::move(next);
    m_counted = size.counted;
    m_blocks.clear();
    if (size.firstBlock)
        m_blocks.insert(0, *size.firstBlock);
    movePersistentRows(references, places, newCount);
    m_placedRows.clear();
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        if (it.value() >= 0 && it.value() < newCount)
            m_placedRows.insert(it.value(), it.key());
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    resize(newCount);
}

// The rows inside selected ranges: looked for in the new view's blocks around the places found
// for the corners, then one by one while few. A range of thousands keeps its corners only.
void InvoiceListModel::placeRowsBetween(const InvoiceListReader &query, const Size &size,
    const QHash<int, QString> &references, QHash<QString, int> &places) const
{
    constexpr int mostLookedUp = 20;
    QSet<QString> missing;
    for (const QString &reference : references) {
        if (!reference.isEmpty() && !places.contains(reference))
            missing.insert(reference);
    }
    if (missing.isEmpty())
        return;
    QSet<int> blocks;
    for (const int place : std::as_const(places)) {
        if (place >= 0)
            blocks.insert(InvoiceRowBlocks::blockOf(place));
    }
    for (const int block : std::as_const(blocks)) {
        const StoreResult<QList<CachedInvoiceRow>> rows = block == 0 && size.firstBlock
            ? StoreResult<QList<CachedInvoiceRow>>(*size.firstBlock)
            : query.rows(block * InvoiceRowBlocks::BlockSize, InvoiceRowBlocks::BlockSize);
        if (!rows)
            continue;
        for (int i = 0; i < rows.value().size(); ++i) {
            const QString &reference = rows.value().at(i).referenceCode;
            if (missing.remove(reference))
                places.insert(reference, block * InvoiceRowBlocks::BlockSize + i);
        }
    }
    if (missing.size() > mostLookedUp)
        return;
    QHash<int, QString> rest;
    for (const QString &reference : std::as_const(missing))
        rest.insert(int(rest.size()), reference);
    places.insert(placesIn(query, size, rest));
}

// Where each invoice sits in a new view; -1 when the view leaves it out.
QHash<QString, int> InvoiceListModel::placesIn(
    const InvoiceListReader &query, const Size &size, const QHash<int, QString> &references) const
{
    QHash<QString, int> places;
    for (const QString &reference : references) {
        if (reference.isEmpty() || places.contains(reference))
            continue;
        int place = -1;
        if (size.firstBlock) {
            for (int row = 0; row < size.firstBlock->size() && place < 0; ++row)
                place = size.firstBlock->at(row).referenceCode == reference ? row : -1;
        }
        if (place < 0) {
            const StoreResult<int> position = query.positionOf(reference);
            if (!position)
                reportFailure(position.error());
            else if (!size.counted || position.value() < size.rows)
                place = position.value();
        }
        places.insert(reference, place);
    }
    return places;
}

// Rows added at the end or taken from it.
void InvoiceListModel::resize(int rows)
{
    const QScopedValueRollback changing(m_changing, true);
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

void InvoiceListModel::setCounted(int rows)
{
    if (m_counted)
        return;
    m_counted = true;
    resize(qMax(0, rows));
}

bool InvoiceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_counted && !m_changing && m_query;
}

// The block holding the first row not shown yet; a short block is the view's end.
void InvoiceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int block = InvoiceRowBlocks::blockOf(m_rowCount);
    const StoreResult<QList<CachedInvoiceRow>> rows
        = m_query->rows(block * InvoiceRowBlocks::BlockSize, InvoiceRowBlocks::BlockSize);
    if (!rows) {
        reportFailure(rows.error());
        return;
    }
    m_blocks.insert(block, rows.value());
    m_counted = rows.value().size() < InvoiceRowBlocks::BlockSize;
    resize(block * InvoiceRowBlocks::BlockSize + int(rows.value().size()));
}

// The invoices of the rows with persistent indexes (selection, current row), by row. Only rows still
// in memory are known: reading a forgotten row now would read the changed cache at its old place,
// another invoice, and move the selection onto it. A forgotten row's selection goes.
QHash<int, QString> InvoiceListModel::persistentReferences(const QHash<int, QString> &known) const
{
    QHash<int, QString> references;
    for (const QModelIndex &index : persistentIndexList()) {
        if (const auto reference = known.constFind(index.row()); reference != known.cend())
            references.insert(index.row(), *reference);
    }
    return references;
}

void InvoiceListModel::movePersistentRows(
    const QHash<int, QString> &references, const QHash<QString, int> &places, int rows)
{
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int place = places.value(references.value(index.row()), -1);
        after.append(place < 0 || place >= rows ? QModelIndex() : this->index(place, index.column()));
    }
    changePersistentIndexList(before, after);
}

bool InvoiceListModel::dependsOnProviderAnswers() const
{
    return m_filter.badge || m_filter.providerStatus || m_filter.series || m_sortColumn == Status
        || m_sortColumn == Series;
}

void InvoiceListModel::invoiceChanged(const QString &referenceCode)
{
    if (dependsOnProviderAnswers())
        return refreshSoon(); // the invoice may enter, leave or move in the view
    const int row = m_blocks.rowOf(referenceCode);
    const std::optional<CachedInvoiceRow> changed = row < 0 ? std::nullopt : invoice(referenceCode);
    if (changed && m_blocks.replace(*changed))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT cacheChanged();
}

const InvoiceRowBlocks::Row *InvoiceListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount || !m_query)
        return nullptr;
    if (const InvoiceRowBlocks::Row *read = m_blocks.find(row))
        return read;
    const int block = InvoiceRowBlocks::blockOf(row);
    const StoreResult<QList<CachedInvoiceRow>> rows
        = m_query->rows(block * InvoiceRowBlocks::BlockSize, InvoiceRowBlocks::BlockSize);
    if (!rows) {
        reportFailure(rows.error());
        return nullptr;
    }
    m_blocks.insert(block, rows.value());
    return m_blocks.find(row);
}

int InvoiceListModel::rowOf(const QString &referenceCode) const
{
    if (const int read = m_blocks.rowOf(referenceCode); read >= 0)
        return read;
    if (!m_query || m_environment.isEmpty())
        return -1;
    const StoreResult<int> position = m_query->positionOf(referenceCode);
    if (!position) {
        reportFailure(position.error());
        return -1;
    }
    return position.value() < m_rowCount ? position.value() : -1;
}

std::optional<CachedInvoiceRow> InvoiceListModel::invoice(const QString &referenceCode) const
{
    if (referenceCode.isEmpty() || m_environment.isEmpty())
        return std::nullopt;
    const StoreResult<CachedInvoice> cached = m_cache->load(m_environment, referenceCode);
    if (!cached)
        return std::nullopt;
    return rowFromCached(cached.value());
}

std::optional<CachedInvoiceRow> InvoiceListModel::invoiceAt(int row) const
{
    const InvoiceRowBlocks::Row *read = rowAt(row);
    return read ? std::optional<CachedInvoiceRow>(read->invoice) : std::nullopt;
}

QString InvoiceListModel::referenceCodeAt(int row) const
{
    const InvoiceRowBlocks::Row *read = rowAt(row);
    return read ? read->invoice.referenceCode : QString();
}

FilteredTotals InvoiceListModel::totals() const
{
    if (!m_query || m_environment.isEmpty())
        return {};
    const StoreResult<FilteredTotals> totals = m_query->totals();
    if (!totals) {
        reportFailure(totals.error());
        return {};
    }
    return totals.value();
}

StoreStatus InvoiceListModel::forEachRow(const std::function<bool(const CachedInvoiceRow &)> &visit) const
{
    if (!m_query || m_environment.isEmpty())
        return {};
    StoreStatus read = m_query->forEachRow(visit);
    if (!read)
        reportFailure(read.error());
    return read;
}

QStringList InvoiceListModel::knownSeries() const
{
    if (m_environment.isEmpty())
        return {};
    const StoreResult<QStringList> series
        = InvoiceListReader::knownSeries(m_cache->database(), m_environment);
    if (!series) {
        reportFailure(series.error());
        return {};
    }
    return series.value();
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

} // namespace einvoice
