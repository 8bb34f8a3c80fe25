#pragma once

#include "core/remoteinvoice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace einvoice {

class TranslatedLabel;

class ApiJob;
class SepayClient;

// The provider account a batch is issued through, for rows whose file names none (the template has
// no account column): the active accounts of the connection, the first one chosen by default.
// accountChanged() carries the account with its templates once they are known, or nullopt.
class BatchAccountPicker : public QWidget
{
    Q_OBJECT

public:
    explicit BatchAccountPicker(QWidget *parent = nullptr);

    // Lists the client's active accounts again (null: none); keeps the chosen one when it is still there.
    void setClient(SepayClient *client);
    std::optional<ProviderAccount> account() const { return m_account; }
    QComboBox *comboBox() const { return m_combo; }

Q_SIGNALS:
    void accountChanged(const std::optional<einvoice::ProviderAccount> &account);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onAccountsListed(const QList<ProviderAccount> &accounts);
    void onCurrentChanged();
    void setAccount(const std::optional<ProviderAccount> &account);
    void follow(ApiJob *job);

    QPointer<SepayClient> m_client;
    QComboBox *m_combo;
    QLabel *m_label;
    TranslatedLabel *m_note;
    QPointer<ApiJob> m_job; // the list or detail request running
    std::optional<ProviderAccount> m_account;
};

} // namespace einvoice
