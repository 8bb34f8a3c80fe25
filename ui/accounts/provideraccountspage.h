#pragma once

#include "core/remoteinvoice.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace einvoice {

class TranslatedLabel;
class AccountsSource;
class Questions;
class ProviderAccountsModel;
class TemplatesModel;

// Provider accounts of the current environment, and the templates of the selected one.
class ProviderAccountsPage : public QWidget
{
    Q_OBJECT

public:
    // questions: where "Export to Excel…" asks for the file; null: the real dialogs.
    explicit ProviderAccountsPage(
        AccountsSource *source, Questions *questions = nullptr, QWidget *parent = nullptr);

    // Replaces the data source (after an environment switch); nullptr empties the page.
    void setSource(AccountsSource *source);
    ProviderAccountsModel *accountsModel() const { return m_accounts; }
    TemplatesModel *templatesModel() const { return m_templates; }
    QSplitter *splitter() const { return m_splitter; }
    QString selectedAccountId() const;

public Q_SLOTS:
    void refresh();
    // The accounts and the templates loaded so far, as one workbook (ProviderAccountsExport).
    void exportToExcel();

Q_SIGNALS:
    void newInvoiceRequested(const QString &accountId);

private Q_SLOTS:
    void onAccountsFetched(const QList<einvoice::ProviderAccount> &accounts);
    void onAccountFetched(const einvoice::ProviderAccount &account);
    void onFailed(const QString &message);
    void onSelectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Text = std::function<QString()>; // a message, worded again on a language change

    void retranslateUi();
    QWidget *buildAccountsPane();
    QWidget *buildTemplatesPane();
    void showTemplatesOfSelection();
    void setMessage(Text text);

    AccountsSource *m_source = nullptr;
    ProviderAccountsModel *m_accounts;
    TemplatesModel *m_templates;
    QSplitter *m_splitter = nullptr;
    QTableView *m_accountsView = nullptr;
    QTableView *m_templatesView = nullptr;
    QLabel *m_title = nullptr;
    TranslatedLabel *m_message = nullptr;
    QLabel *m_templatesTitle = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_newInvoice = nullptr;
    QPushButton *m_exportExcel = nullptr;
    Questions *m_questions = nullptr;
    bool m_listLoading = false;
};

} // namespace einvoice
