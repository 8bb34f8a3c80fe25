#pragma once

#include "core/invoice.h"
#include "core/remoteinvoice.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QDateTimeEdit;
class QLineEdit;
class QToolButton;

namespace einvoice {

class FieldErrors;

// The invoice header: provider account, then template and series offered only from that
// account's templates, issued date and time (Vietnam wall time), currency, payment method,
// notes and the reference code.
class HeaderForm : public QWidget
{
    Q_OBJECT

public:
    HeaderForm(FieldErrors &errors, QWidget *parent = nullptr);

    void setAccounts(const QList<ProviderAccount> &accounts);
    // Offers the account's templates when it is the selected account.
    void setAccountDetail(const ProviderAccount &account);
    QString selectedAccountId() const;

    void apply(const Invoice &invoice);
    void collect(Invoice &invoice) const;
    void setReadOnly(bool readOnly);
    void setIssuedAt(const QDateTime &vietnamTime);

    static QString newReferenceCode();

Q_SIGNALS:
    void changed();
    void accountSelected(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFields(FieldErrors &errors);
    void retranslateUi();
    QString accountLabel(const QString &id) const;
    static QString notOfferedLabel(const QString &templateCode, const QString &series);
    void applyFields(const Invoice &invoice);
    void onAccountChosen();
    void selectTemplate(const QString &templateCode, const QString &series);
    void selectAccount(const QString &id);

    QFormLayout *m_form = nullptr;
    QList<ProviderAccount> m_accounts; // as listed, for the combo's labels
    QComboBox *m_account;
    QComboBox *m_template;
    QDateTimeEdit *m_issuedAt;
    QComboBox *m_currency;
    QComboBox *m_payment;
    QLineEdit *m_notes;
    QLineEdit *m_reference;
    QToolButton *m_newReference;
    QString m_pendingAccount; // from apply(), until the accounts arrive
    QString m_pendingTemplate;
    QString m_pendingSeries;
};

} // namespace einvoice
