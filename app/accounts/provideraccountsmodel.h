#pragma once

#include "core/remoteinvoice.h"
#include "core/translatedtablemodel.h"

#include <QList>

namespace einvoice {

// The provider accounts of the current environment: provider, active flag, tax approval date.
// Detail fetches (with templates) update a row in place so that the view keeps its selection.
class ProviderAccountsModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { ProviderColumn, StatusColumn, ApprovedDateColumn, ColumnCount };

    explicit ProviderAccountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list, keeping already loaded templates of accounts that are still there.
    void setAccounts(const QList<ProviderAccount> &accounts);
    // Updates the row with the same id (templates included) or appends it.
    void updateAccount(const ProviderAccount &account);
    void clear();

    const ProviderAccount &account(int row) const { return m_accounts.at(row); }
    int rowOf(const QString &accountId) const;
    bool hasTemplates(int row) const { return m_detailLoaded.value(row); }

private:
    QVariant displayData(const ProviderAccount &account, int column) const;
    QVariant roleData(const ProviderAccount &account, int row, int role) const;

    QList<ProviderAccount> m_accounts;
    QList<bool> m_detailLoaded;
};

} // namespace einvoice
