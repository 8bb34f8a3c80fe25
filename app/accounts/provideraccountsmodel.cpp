#include "provideraccountsmodel.h"

#include "accountroles.h"
#include "core/providernames.h"
#include "core/vietnamtime.h"

namespace einvoice {

ProviderAccountsModel::ProviderAccountsModel(QObject *parent) : TranslatedTableModel(parent) { }

int ProviderAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int ProviderAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderAccount &account = m_accounts.at(index.row());
    if (role == Qt::DisplayRole)
        return displayData(account, index.column());
    if (role == Qt::ToolTipRole && index.column() == ProviderColumn)
        return account.id;
    return roleData(account, index.row(), role);
}

QVariant ProviderAccountsModel::displayData(const ProviderAccount &account, int column) const
{
    switch (column) {
    case ProviderColumn:
        return providerDisplayName(account.provider);
    case StatusColumn:
        return account.active ? tr("Active") : tr("Inactive");
    case ApprovedDateColumn:
        if (!account.taxAuthorityApprovedDate)
            return tr("Not recorded");
        return VietnamTime::formatDate(*account.taxAuthorityApprovedDate); // not 3/1/26 in English
    default:
        return {};
    }
}

QVariant ProviderAccountsModel::roleData(const ProviderAccount &account, int row, int role) const
{
    switch (role) {
    case accountroles::AccountIdRole:
        return account.id;
    case accountroles::ProviderCodeRole:
        return account.provider;
    case accountroles::ActiveRole:
        return account.active;
    case accountroles::ApprovedDateRole:
        return account.taxAuthorityApprovedDate.value_or(QDate());
    case accountroles::TemplateCountRole:
        return m_detailLoaded.at(row) ? int(account.templates.size()) : -1;
    default:
        return {};
    }
}

QVariant ProviderAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case ApprovedDateColumn:
        return tr("Tax approval date");
    default:
        return {};
    }
}

void ProviderAccountsModel::setAccounts(const QList<ProviderAccount> &accounts)
{
    QList<ProviderAccount> merged = accounts;
    QList<bool> loaded(accounts.size(), false);
    for (qsizetype i = 0; i < merged.size(); ++i) {
        const int old = rowOf(merged.at(i).id);
        if (old >= 0 && m_detailLoaded.at(old) && merged.at(i).templates.isEmpty()) {
            merged[i].templates = m_accounts.at(old).templates;
            loaded[i] = true;
        }
    }
    beginResetModel();
    m_accounts = merged;
    m_detailLoaded = loaded;
    endResetModel();
}

void ProviderAccountsModel::updateAccount(const ProviderAccount &account)
{
    const int row = rowOf(account.id);
    if (row < 0) {
        const int at = int(m_accounts.size());
        beginInsertRows({}, at, at);
        m_accounts.append(account);
        m_detailLoaded.append(true);
        endInsertRows();
        return;
    }
    m_accounts[row] = account;
    m_detailLoaded[row] = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProviderAccountsModel::clear()
{
    if (m_accounts.isEmpty())
        return;
    beginResetModel();
    m_accounts.clear();
    m_detailLoaded.clear();
    endResetModel();
}

int ProviderAccountsModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return int(i);
    }
    return -1;
}

} // namespace einvoice
