#include "invoicelinesmodel.h"

#include "core/totals.h"
#include "editorroles.h"
#include "i18n/uinumbers.h"
#include "linecolumns.h"
#include "numberinput.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

#include <algorithm>

namespace einvoice {

namespace {

quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

QVariant rawNumber(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->units()) : QVariant();
}

} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject *parent) : TranslatedTableModel(parent) { }

bool InvoiceLinesModel::isOwnIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_lines.size()
        && index.column() < LineColumns::Count;
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LineColumns::Count;
}

QString InvoiceLinesModel::lineTypeLabel(LineType type)
{
    switch (type) {
    case LineType::Goods:
        return tr("Goods/service");
    case LineType::Promotion:
        return tr("Promotion");
    case LineType::TradeDiscount:
        return tr("Trade discount");
    case LineType::Note:
        return tr("Note");
    }
    return QString();
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnIndex(index))
        return QVariant();
    const InvoiceLine &line = m_lines.at(index.row());
    const auto rejected = m_rejected.constFind(cellKey(index.row(), index.column()));
    if (rejected != m_rejected.constEnd() && (role == Qt::DisplayRole || role == Qt::EditRole))
        return *rejected;
    if (index.column() == LineColumns::Amount
        && (role == Qt::DisplayRole || role == editorroles::RawValueRole)
        && (rowHasRejectedNumber(index.row()) || (line.lineType == LineType::Goods && !line.quantity)))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(line, index.column());
    case Qt::EditRole:
        return editData(line, index.column());
    case Qt::TextAlignmentRole:
        return LineColumns::isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                      : QVariant();
    case editorroles::RawValueRole:
        return rawData(line, index.column());
    case editorroles::FieldPathRole:
        return LineColumns::pathForCell(index.row(), index.column());
    case editorroles::EditableRole:
        return isEditable(line, index.column());
    default:
        return issueData(index, role);
    }
}

QVariant InvoiceLinesModel::displayData(const InvoiceLine &line, int column) const
{
    switch (column) {
    case LineColumns::LineType:
        return lineTypeLabel(line.lineType);
    case LineColumns::TaxRate:
        return m_vatInvoice && line.taxRate ? taxRateLabel(*line.taxRate) : QString();
    case LineColumns::Amount:
        if (line.lineType == LineType::Note)
            return QString();
        return NumberInput::format(computeLineAmounts(line, m_currency).net, minorDigits(m_currency));
    default:
        return editData(line, column);
    }
}

QVariant InvoiceLinesModel::editData(const InvoiceLine &line, int column) const
{
    switch (column) {
    case LineColumns::LineType:
        return toWire(line.lineType);
    case LineColumns::ItemCode:
        return line.itemCode;
    case LineColumns::ItemName:
        return line.itemName;
    case LineColumns::Unit:
        return line.unit;
    case LineColumns::Quantity:
        return NumberInput::format(line.quantity);
    case LineColumns::UnitPrice:
        return NumberInput::format(line.unitPrice);
    case LineColumns::DiscountPercent:
        return NumberInput::format(line.discountPercent);
    case LineColumns::DiscountAmount:
        return NumberInput::format(line.discountAmount);
    case LineColumns::TaxRate:
        return line.taxRate ? QVariant(toWire(*line.taxRate)) : QVariant();
    case LineColumns::Amount:
        return NumberInput::format(line.amountBeforeDiscountAndTax);
    }
    return QVariant();
}

QVariant InvoiceLinesModel::rawData(const InvoiceLine &line, int column) const
{
    switch (column) {
    case LineColumns::Quantity:
        return rawNumber(line.quantity);
    case LineColumns::UnitPrice:
        return rawNumber(line.unitPrice);
    case LineColumns::DiscountPercent:
        return rawNumber(line.discountPercent);
    case LineColumns::DiscountAmount:
        return rawNumber(line.discountAmount);
    case LineColumns::Amount:
        return computeLineAmounts(line, m_currency).net.units();
    default:
        return editData(line, column);
    }
}

QVariant InvoiceLinesModel::issueData(const QModelIndex &index, int role) const
{
    const auto found = m_issues.constFind(cellKey(index.row(), index.column()));
    const bool has = found != m_issues.constEnd();
    switch (role) {
    case editorroles::IssueTextRole:
    case Qt::ToolTipRole:
        return has ? found->texts.join(QLatin1Char('\n')) : QString();
    case editorroles::HasErrorRole:
        return has && found->error;
    case Qt::BackgroundRole:
        if (!has)
            return QVariant();
        return QBrush(found->error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xff, 0xf4, 0xce));
    default:
        return QVariant();
    }
}

bool InvoiceLinesModel::isEditable(const InvoiceLine &line, int column) const
{
    if (line.lineType == LineType::Note)
        return column == LineColumns::LineType || column == LineColumns::ItemName;
    if (column == LineColumns::TaxRate)
        return m_vatInvoice;
    if (column == LineColumns::Amount)
        return line.lineType == LineType::TradeDiscount || line.lineType == LineType::Promotion;
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    if (!isOwnIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(m_lines.at(index.row()), index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isOwnIndex(index) || (role != Qt::EditRole && role != editorroles::RawValueRole))
        return false;
    InvoiceLine &line = m_lines[index.row()];
    const InvoiceLine before = line;
    const quint64 key = cellKey(index.row(), index.column());
    const bool wasRejected = m_rejected.remove(key) > 0;
    if (!setCell(line, index.column(), value, role == editorroles::RawValueRole)) {
        if (!LineColumns::isNumeric(index.column()) || role != Qt::EditRole)
            return false;
        // Not a number: keep what was typed in sight, with an error, rather than dropping it.
        m_rejected.insert(key, value.toString().trimmed());
        setCell(line, index.column(), QVariant(), false);
        emitRowChanged(index.row());
        Q_EMIT linesChanged();
        return true;
    }
    if (line != before || wasRejected) {
        emitRowChanged(index.row());
        Q_EMIT linesChanged();
    }
    return true;
}

bool InvoiceLinesModel::setNumber(
    std::optional<Decimal> &target, const QVariant &value, bool raw, int maxDecimals)
{
    if (!value.isValid() || (!raw && value.toString().trimmed().isEmpty())) {
        target.reset();
        return true;
    }
    if (raw) {
        target = Decimal::fromUnits(value.toLongLong());
        return true;
    }
    const std::optional<Decimal> parsed
        = NumberInput::parse(value.toString(), UiNumbers::locale(), maxDecimals);
    if (!parsed)
        return false;
    target = parsed;
    return true;
}

bool InvoiceLinesModel::setCell(InvoiceLine &line, int column, const QVariant &value, bool raw)
{
    switch (column) {
    case LineColumns::LineType: {
        const std::optional<LineType> type = lineTypeFromWire(value.toInt());
        if (!type)
            return false;
        line.lineType = *type;
        return true;
    }
    case LineColumns::ItemCode:
        line.itemCode = value.toString().trimmed();
        return true;
    case LineColumns::ItemName:
        line.itemName = value.toString();
        return true;
    case LineColumns::Unit:
        line.unit = value.toString().trimmed();
        return true;
    case LineColumns::Quantity:
        return setNumber(line.quantity, value, raw, Decimal::Scale);
    case LineColumns::UnitPrice:
        return setNumber(line.unitPrice, value, raw, Decimal::Scale);
    case LineColumns::DiscountPercent:
        return setNumber(line.discountPercent, value, raw, Decimal::Scale);
    case LineColumns::DiscountAmount:
        return setNumber(line.discountAmount, value, raw, Decimal::Scale);
    case LineColumns::Amount:
        return setNumber(line.amountBeforeDiscountAndTax, value, raw, Decimal::Scale);
    case LineColumns::TaxRate:
        if (!value.isValid() || value.toString().isEmpty()) {
            line.taxRate.reset();
            return true;
        }
        line.taxRate = taxRateFromWire(value.toInt());
        return line.taxRate.has_value();
    }
    return false;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LineColumns::LineType:
        return tr("Type");
    case LineColumns::ItemCode:
        return tr("Code");
    case LineColumns::ItemName:
        return tr("Item name");
    case LineColumns::Unit:
        return tr("Unit");
    case LineColumns::Quantity:
        return tr("Quantity");
    case LineColumns::UnitPrice:
        return tr("Unit price");
    case LineColumns::DiscountPercent:
        return tr("Discount %");
    case LineColumns::DiscountAmount:
        return tr("Discount");
    case LineColumns::TaxRate:
        return tr("VAT rate");
    case LineColumns::Amount:
        return tr("Amount");
    }
    return QVariant();
}

void InvoiceLinesModel::setCurrency(Currency currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, LineColumns::Amount), index(rowCount() - 1, LineColumns::Amount));
}

void InvoiceLinesModel::setVatInvoice(bool vatInvoice)
{
    if (vatInvoice == m_vatInvoice)
        return;
    m_vatInvoice = vatInvoice;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, LineColumns::Count - 1));
}

void InvoiceLinesModel::setIssues(const ValidationIssues &issues)
{
    QHash<quint64, CellIssues> next;
    for (const ValidationIssue &issue : issues) {
        const std::optional<LineColumns::Cell> cell = LineColumns::cellForPath(issue.field);
        if (!cell || cell->row >= m_lines.size())
            continue;
        CellIssues &entry
            = next[cellKey(cell->row, cell->column < 0 ? int(LineColumns::ItemName) : cell->column)];
        entry.texts.append(issue.text());
        entry.error = entry.error || issue.isError();
    }
    if (next.isEmpty() && m_issues.isEmpty())
        return;
    m_issues = next;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, LineColumns::Count - 1));
}

bool InvoiceLinesModel::awaitsNumbers() const
{
    return !m_rejected.isEmpty()
        || std::any_of(m_lines.cbegin(), m_lines.cend(), [](const InvoiceLine &line) {
               return line.lineType == LineType::Goods && !line.quantity && line.unitPrice;
           });
}

bool InvoiceLinesModel::rowHasRejectedNumber(int row) const
{
    for (auto it = m_rejected.constBegin(); it != m_rejected.constEnd(); ++it) {
        if (int(it.key() >> 32) == row)
            return true;
    }
    return false;
}

ValidationIssues InvoiceLinesModel::inputIssues() const
{
    ValidationIssues issues;
    for (auto it = m_rejected.constBegin(); it != m_rejected.constEnd(); ++it) {
        issues.append({ValidationIssue::Severity::Error,
            LineColumns::pathForCell(int(it.key() >> 32), int(it.key() & 0xffffffffu)),
            QT_TRANSLATE_NOOP("einvoice::Validation",
                "“%1” is not a number: type digits, grouped and with decimals as in %2."),
            {it.value(), UiNumbers::money(*Decimal::fromString(u"1234.5"))}});
    }
    return issues;
}

void InvoiceLinesModel::clearRowState(const std::function<int(int)> &newRow)
{
    m_issues.clear();
    QHash<quint64, QString> moved;
    for (auto it = m_rejected.constBegin(); it != m_rejected.constEnd(); ++it) {
        const int row = newRow ? newRow(int(it.key() >> 32)) : -1;
        if (row >= 0)
            moved.insert(cellKey(row, int(it.key() & 0xffffffffu)), it.value());
    }
    m_rejected = moved;
}

void InvoiceLinesModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, LineColumns::Count - 1));
}

} // namespace einvoice
