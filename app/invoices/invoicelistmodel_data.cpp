// What the list's cells show: display text, raw values in roles, headers (invoicelistmodel.h).
#include "i18n/uinumbers.h"
#include "invoicelistmodel.h"
#include "invoicelistroles.h"
#include "invoicetexts.h"

namespace einvoice {

using namespace invoicelistroles;

namespace {

QString money(Decimal value)
{
    return UiNumbers::amount(value);
}

qint64 numberValue(const QString &number)
{
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    return ok ? value : 0;
}

} // namespace

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

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= TotalBeforeTax && index.column() <= Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role < ReferenceCodeRole)
        return QVariant(); // nothing to read for the roles a view asks of every cell
    const InvoiceRowBlocks::Row *row = rowAt(index.row());
    if (!row)
        return QVariant();
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == Buyer)
            return buyerToolTip(row->invoice);
        return displayData(*row, index.column());
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    default:
        return rawData(*row, role);
    }
}

QVariant InvoiceListModel::displayData(const InvoiceRowBlocks::Row &entry, int column) const
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

QVariant InvoiceListModel::rawData(const InvoiceRowBlocks::Row &entry, int role) const
{
    const CachedInvoiceRow &row = entry.invoice;
    switch (role) {
    case ReferenceCodeRole:
        return row.referenceCode;
    case InvoiceNumberRole:
        return row.invoiceNumber;
    case InvoiceNumberValueRole:
        return numberValue(row.invoiceNumber);
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
