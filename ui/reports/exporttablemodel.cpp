#include "exporttablemodel.h"

#include "core/vietnamtime.h"
#include "i18n/uinumbers.h"

namespace einvoice {

namespace {

struct CellText
{
    QString operator()(std::monostate) const { return QString(); }
    QString operator()(const QString &text) const { return text; }
    QString operator()(const Decimal &value) const { return UiNumbers::money(value); }
    QString operator()(qint64 value) const { return UiNumbers::locale().toString(value); }
    QString operator()(const QDate &date) const { return date.toString(QStringLiteral("dd/MM/yyyy")); }
    QString operator()(const QDateTime &moment) const
    {
        return VietnamTime::toVietnam(moment).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    QString operator()(bool value) const { return value ? QStringLiteral("✓") : QString(); }
};

bool isNumber(const SpreadsheetValue &value)
{
    return std::holds_alternative<Decimal>(value) || std::holds_alternative<qint64>(value);
}

} // namespace

ExportTableModel::ExportTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ExportTableModel::setTable(const ExportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QString ExportTableModel::text(int row, int column) const
{
    const QList<SpreadsheetValue> &cells = m_table.rows.at(row);
    return column < cells.size() ? std::visit(CellText(), cells.at(column)) : QString();
}

int ExportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ExportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ExportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column());
    if (role == Qt::TextAlignmentRole) {
        const QList<SpreadsheetValue> &cells = m_table.rows.at(index.row());
        const bool number = index.column() < cells.size() && isNumber(cells.at(index.column()));
        return int(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    return {};
}

QVariant ExportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns.at(section).header;
}

} // namespace einvoice
