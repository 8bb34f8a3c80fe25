#include "invoicelistmodel.h"

#include "i18n/uinumbers.h"
#include "invoicelistroles.h"
#include "invoicetexts.h"
#include "searchkey.h"

namespace einvoice {

using namespace invoicelistroles;

namespace {

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

QString money(Decimal value)
{
    return UiNumbers::amount(value);
}

} // namespace

InvoiceListModel::InvoiceListModel(QObject *parent) : TranslatedTableModel(parent) { }

InvoiceListModel::Entry InvoiceListModel::makeEntry(CachedInvoiceRow row)
{
    Entry entry;
    const QString buyers = row.buyerLegalName + QLatin1Char(' ') + row.buyerName;
    entry.searchKey = SearchKey::forRow(row.invoiceNumber, buyers, row.buyerTaxCode, row.referenceCode);
    entry.buyerKey = SearchKey::fold(buyerText(row));
    bool ok = false;
    entry.numberValue = row.invoiceNumber.toLongLong(&ok);
    if (!ok)
        entry.numberValue = 0;
    entry.badge = badgeOf(row);
    entry.invoice = std::move(row);
    return entry;
}

void InvoiceListModel::setRows(QList<CachedInvoiceRow> rows)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(rows.size());
    for (CachedInvoiceRow &row : rows)
        m_entries.append(makeEntry(std::move(row)));
    reindex();
    endResetModel();
}

void InvoiceListModel::reindex()
{
    m_rowByReference.clear();
    m_rowByReference.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_rowByReference.insert(m_entries.at(i).invoice.referenceCode, i);
}

void InvoiceListModel::upsertRows(const QList<CachedInvoiceRow> &rows)
{
    QList<Entry> added;
    QHash<QString, int> addedIndex;
    for (const CachedInvoiceRow &row : rows) {
        const int existing = rowOf(row.referenceCode);
        if (existing >= 0) {
            m_entries[existing] = makeEntry(row);
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        } else if (const auto it = addedIndex.constFind(row.referenceCode); it != addedIndex.cend()) {
            added[*it] = makeEntry(row);
        } else {
            addedIndex.insert(row.referenceCode, int(added.size()));
            added.append(makeEntry(row));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (Entry &entry : added) {
        m_rowByReference.insert(entry.invoice.referenceCode, int(m_entries.size()));
        m_entries.append(std::move(entry));
    }
    endInsertRows();
}

void InvoiceListModel::upsertRow(const CachedInvoiceRow &row)
{
    upsertRows({row});
}

bool InvoiceListModel::removeReference(const QString &referenceCode)
{
    const int row = rowOf(referenceCode);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

void InvoiceListModel::clear()
{
    setRows({});
}

int InvoiceListModel::rowOf(const QString &referenceCode) const
{
    return m_rowByReference.value(referenceCode, -1);
}

CachedInvoiceRow InvoiceListModel::rowFromSummary(
    const InvoiceSummary &summary, const CachedInvoiceRow *known)
{
    CachedInvoiceRow row = known ? *known : CachedInvoiceRow();
    row.referenceCode = summary.referenceCode;
    row.invoiceNumber = summary.invoiceNumber;
    row.issuedDate = summary.issuedDate;
    row.buyerName = summary.buyer.name;
    row.buyerLegalName = summary.buyer.legalName;
    row.buyerTaxCode = summary.buyer.taxCode;
    row.totalBeforeTax = summary.totalBeforeTax;
    row.taxAmount = summary.taxAmount;
    row.totalAmount = summary.totalAmount;
    row.status = summary.status;
    row.source = summary.source;
    return row;
}

CachedInvoiceRow InvoiceListModel::rowFromCached(const CachedInvoice &invoice)
{
    CachedInvoiceRow row = rowFromSummary(invoice.summary);
    row.invoiceSeries = invoice.invoiceSeries;
    row.documentType = invoice.documentType;
    row.localState = invoice.localState;
    row.providerStatus = invoice.providerStatus;
    return row;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == Buyer)
            return buyerToolTip(entry.invoice);
        return displayData(entry, index.column());
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= TotalBeforeTax && index.column() <= Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortValueRole:
        return sortValue(entry, index.column());
    default:
        return rawData(entry, role);
    }
}

QVariant InvoiceListModel::displayData(const Entry &entry, int column) const
{
    const CachedInvoiceRow &row = entry.invoice;
    switch (column) {
    case Number:
        return row.invoiceNumber == QLatin1String("0") ? QString() : row.invoiceNumber;
    case Series:
        return row.invoiceSeries;
    case IssuedDate:
        return row.issuedDate.toString(QStringLiteral("dd/MM/yyyy"));
    case Buyer:
        return buyerText(row);
    case TaxCode:
        return row.buyerTaxCode;
    case TotalBeforeTax:
        return money(row.totalBeforeTax);
    case TaxAmount:
        return money(row.taxAmount);
    case Total:
        return money(row.totalAmount);
    case Status:
        return InvoiceTexts::badge(entry.badge);
    case Source:
        return InvoiceTexts::source(row.source);
    default:
        return QVariant();
    }
}

QVariant InvoiceListModel::rawData(const Entry &entry, int role) const
{
    const CachedInvoiceRow &row = entry.invoice;
    switch (role) {
    case ReferenceCodeRole:
        return row.referenceCode;
    case InvoiceNumberRole:
        return row.invoiceNumber;
    case InvoiceNumberValueRole:
        return entry.numberValue;
    case InvoiceSeriesRole:
        return row.invoiceSeries;
    case IssuedDateRole:
        return row.issuedDate;
    case BuyerNameRole:
        return row.buyerName;
    case BuyerLegalNameRole:
        return row.buyerLegalName;
    case BuyerTaxCodeRole:
        return row.buyerTaxCode;
    case TotalBeforeTaxRole:
        return row.totalBeforeTax.units();
    case TaxAmountRole:
        return row.taxAmount.units();
    case TotalAmountRole:
        return row.totalAmount.units();
    case StatusRole:
        return int(row.status);
    case BadgeRole:
        return int(entry.badge);
    case SourceRole:
        return int(row.source);
    case DocumentTypeRole:
        return row.documentType.value_or(-1);
    case LocalStateRole:
        return int(row.localState);
    case SearchKeyRole:
        return entry.searchKey;
    default:
        return QVariant();
    }
}

QVariant InvoiceListModel::sortValue(const Entry &entry, int column) const
{
    const CachedInvoiceRow &row = entry.invoice;
    switch (column) {
    case Number:
        return entry.numberValue;
    case Series:
        return row.invoiceSeries;
    case IssuedDate:
        return row.issuedDate;
    case Buyer:
        return entry.buyerKey;
    case TaxCode:
        return row.buyerTaxCode;
    case TotalBeforeTax:
        return row.totalBeforeTax.units();
    case TaxAmount:
        return row.taxAmount.units();
    case Total:
        return row.totalAmount.units();
    case Status:
        return int(entry.badge);
    case Source:
        return int(row.source);
    default:
        return QVariant();
    }
}

QString InvoiceListModel::printedBuyer(const CachedInvoiceRow &row)
{
    return row.buyerLegalName.trimmed().isEmpty() ? row.buyerName : row.buyerLegalName;
}

QString InvoiceListModel::buyerText(const CachedInvoiceRow &row)
{
    const QString printed = printedBuyer(row);
    if (row.buyerLegalName.trimmed().isEmpty() || row.buyerName.trimmed().isEmpty()
        || row.buyerName.trimmed() == row.buyerLegalName.trimmed())
        return printed;
    return tr("%1 (buyer: %2)").arg(printed, row.buyerName);
}

QString InvoiceListModel::buyerToolTip(const CachedInvoiceRow &row)
{
    QStringList lines;
    if (!row.buyerLegalName.trimmed().isEmpty())
        lines << tr("Legal name (printed as the buyer unit): %1").arg(row.buyerLegalName);
    if (!row.buyerName.trimmed().isEmpty())
        lines << tr("Buyer name: %1").arg(row.buyerName);
    return lines.join(QLatin1Char('\n'));
}

int InvoiceListModel::compare(int left, int right, int column) const
{
    const Entry &a = m_entries.at(left);
    const Entry &b = m_entries.at(right);
    int result = compareColumn(a, b, column);
    if (result == 0 && column == IssuedDate) // one day's invoices in the order they were numbered
        result = compareColumn(a, b, Number);
    if (result != 0)
        return result;
    return a.invoice.referenceCode.compare(b.invoice.referenceCode);
}

int InvoiceListModel::compareColumn(const Entry &a, const Entry &b, int column) const
{
    const CachedInvoiceRow &x = a.invoice;
    const CachedInvoiceRow &y = b.invoice;
    switch (column) {
    case Number:
        return threeWay(a.numberValue, b.numberValue);
    case Series:
        return x.invoiceSeries.compare(y.invoiceSeries);
    case IssuedDate:
        return threeWay(x.issuedDate, y.issuedDate);
    case Buyer:
        return a.buyerKey.compare(b.buyerKey);
    case TaxCode:
        return x.buyerTaxCode.compare(y.buyerTaxCode);
    case TotalBeforeTax:
        return threeWay(x.totalBeforeTax, y.totalBeforeTax);
    case TaxAmount:
        return threeWay(x.taxAmount, y.taxAmount);
    case Total:
        return threeWay(x.totalAmount, y.totalAmount);
    case Status:
        return threeWay(int(a.badge), int(b.badge));
    case Source:
        return threeWay(int(x.source), int(y.source));
    default:
        return 0;
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString InvoiceListModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("Number");
    case Series:
        return tr("Series");
    case IssuedDate:
        return tr("Issued");
    case Buyer:
        return tr("Buyer");
    case TaxCode:
        return tr("Tax code");
    case TotalBeforeTax:
        return tr("Before tax");
    case TaxAmount:
        return tr("VAT");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    default:
        return QString();
    }
}

QHash<int, QByteArray> InvoiceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReferenceCodeRole, "referenceCode");
    names.insert(IssuedDateRole, "issuedDate");
    names.insert(BadgeRole, "badge");
    names.insert(TotalAmountRole, "totalAmount");
    return names;
}

} // namespace einvoice
