#include "provideraccountspage.h"

#include "accounts/accountroles.h"
#include "accounts/accountssource.h"
#include "accounts/missingtemplatesloader.h"
#include "accounts/provideraccountsmodel.h"
#include "accounts/templatesmodel.h"
#include "activebadgedelegate.h"
#include "core/providernames.h"
#include "provideraccountsexport.h"
#include "ui/common/excelexport.h"
#include "ui/common/questions.h"
#include "ui/common/translatedlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace einvoice {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

ProviderAccountsPage::ProviderAccountsPage(AccountsSource *source, Questions *questions, QWidget *parent)
    : QWidget(parent),
      m_accounts(new ProviderAccountsModel(this)),
      m_templates(new TemplatesModel(this)),
      m_questions(questions)
{
    setObjectName(QStringLiteral("providerAccountsPage"));
    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("accountsSplitter"));
    m_splitter->addWidget(buildAccountsPane());
    m_splitter->addWidget(buildTemplatesPane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter);
    setSource(source);
    retranslateUi();
}

void ProviderAccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProviderAccountsPage::retranslateUi()
{
    m_title->setText(tr("<b>Provider accounts</b>"));
    m_refresh->setText(tr("&Refresh"));
    m_newInvoice->setText(tr("&New invoice with this account"));
    m_exportExcel->setText(ExcelExport::actionText());
    m_accounts->retranslate();
    m_templates->retranslate();
    showTemplatesOfSelection();
}

QWidget *ProviderAccountsPage::buildAccountsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_title = new QLabel(pane);
    m_refresh = new QPushButton(pane);
    m_refresh->setObjectName(QStringLiteral("refreshAccountsButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ProviderAccountsPage::refresh);
    m_newInvoice = new QPushButton(pane);
    m_newInvoice->setObjectName(QStringLiteral("newInvoiceWithAccountButton"));
    m_newInvoice->setEnabled(false);
    connect(m_newInvoice, &QPushButton::clicked, this,
        [this] { Q_EMIT newInvoiceRequested(selectedAccountId()); });
    m_exportExcel = new QPushButton(pane);
    m_exportExcel->setObjectName(QStringLiteral("exportAccountsExcelButton"));
    m_exportExcel->setEnabled(false);
    connect(m_exportExcel, &QPushButton::clicked, this, &ProviderAccountsPage::exportToExcel);
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_newInvoice);
    buttons->addWidget(m_exportExcel);
    layout->addLayout(buttons);

    m_accountsView = makeTable(pane, QStringLiteral("accountsTable"));
    m_accountsView->setModel(m_accounts);
    m_accountsView->setItemDelegateForColumn(
        ProviderAccountsModel::StatusColumn, new ActiveBadgeDelegate(this));
    m_accountsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accountsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProviderAccountsPage::onSelectionChanged);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &ProviderAccountsPage::onSelectionChanged);
    layout->addWidget(m_accountsView);

    m_message = new TranslatedLabel(pane);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    return pane;
}

QWidget *ProviderAccountsPage::buildTemplatesPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_templatesTitle = new QLabel(pane);
    m_templatesTitle->setObjectName(QStringLiteral("templatesTitle"));
    layout->addWidget(m_templatesTitle);
    m_templatesView = makeTable(pane, QStringLiteral("templatesTable"));
    m_templatesView->setModel(m_templates);
    m_templatesView->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_templatesView);
    return pane;
}

void ProviderAccountsPage::setSource(AccountsSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_accounts->clear();
    m_templates->setTemplates({});
    m_refresh->setEnabled(m_source != nullptr);
    m_exportExcel->setEnabled(false);
    m_listLoading = false;
    setMessage(m_source ? Text() : [] { return tr("Not connected to a server."); });
    if (!m_source)
        return;
    connect(m_source, &AccountsSource::accountsFetched, this, &ProviderAccountsPage::onAccountsFetched);
    connect(m_source, &AccountsSource::accountFetched, this, &ProviderAccountsPage::onAccountFetched);
    connect(m_source, &AccountsSource::failed, this, &ProviderAccountsPage::onFailed);
    connect(
        m_source, &AccountsSource::accountFailed, this, [this](const QString &id, const QString &message) {
            if (id == selectedAccountId() && !m_templatesLoader)
                setMessage([message] { return tr("Could not load the templates: %1").arg(message); });
        });
}

QString ProviderAccountsPage::selectedAccountId() const
{
    const QModelIndexList rows = m_accountsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(accountroles::AccountIdRole).toString();
}

void ProviderAccountsPage::refresh()
{
    if (!m_source || m_listLoading)
        return;
    m_listLoading = true;
    m_refresh->setEnabled(false);
    setMessage([] { return tr("Loading provider accounts…"); });
    m_source->fetchAccounts();
}

void ProviderAccountsPage::onAccountsFetched(const QList<ProviderAccount> &accounts)
{
    const QString selected = selectedAccountId();
    m_listLoading = false;
    m_refresh->setEnabled(true);
    m_accounts->setAccounts(accounts);
    m_exportExcel->setEnabled(!accounts.isEmpty());
    setMessage(accounts.isEmpty() ? [] { return tr("This environment has no provider accounts yet."); } : Text());
    const int row = m_accounts->rowOf(selected);
    m_accountsView->selectRow(row >= 0 ? row : 0);
}

void ProviderAccountsPage::exportToExcel()
{
    if (m_accounts->rowCount() == 0 || m_templatesLoader)
        return;
    const QStringList missing = accountsWithoutTemplates();
    if (missing.isEmpty() || !m_source)
        saveExport({});
    else
        loadTemplatesAndExport(missing);
}

QStringList ProviderAccountsPage::accountsWithoutTemplates() const
{
    QStringList ids;
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        if (!m_accounts->hasTemplates(row))
            ids.append(m_accounts->account(row).id);
    }
    return ids;
}

// The templates come to the page as the selection's do (onAccountFetched); the workbook is written
// once every account has answered, and not at all when the user cancels.
void ProviderAccountsPage::loadTemplatesAndExport(const QStringList &accountIds)
{
    auto *loader = new MissingTemplatesLoader(m_source, accountIds, this);
    m_templatesLoader = loader;
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(QStringLiteral("templatesProgress"));
    progress->setWindowTitle(tr("Export to Excel"));
    progress->setLabelText(tr("Loading the templates of %n account(s)…", nullptr, int(accountIds.size())));
    progress->setRange(0, int(accountIds.size()));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    connect(loader, &MissingTemplatesLoader::progressed, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, loader, &MissingTemplatesLoader::cancel);
    connect(loader, &MissingTemplatesLoader::finished, this, [this, loader, progress] {
        m_templatesLoader = nullptr;
        progress->disconnect(loader);
        // Gone before the file dialog, whose loop would otherwise keep it on screen or show it
        // (reset() stops its timer that shows it after the minimum duration).
        progress->reset();
        progress->hide();
        progress->deleteLater();
        loader->deleteLater();
        if (!loader->isCancelled())
            saveExport(loader->failures());
    });
    loader->start();
}

void ProviderAccountsPage::saveExport(const QHash<QString, QString> &failures)
{
    const QString path = ExcelExport::save(this, Questions::orDefault(m_questions),
        ProviderAccountsExport::tables(*m_accounts, *m_templates, failures), tr("provider-accounts.xlsx"));
    const int unloaded = int(accountsWithoutTemplates().size());
    if (!path.isEmpty() && unloaded > 0)
        setMessage([unloaded] {
            return tr("Exported; the templates of %n account(s) could not be loaded: their note says why.",
                nullptr, unloaded);
        });
}

void ProviderAccountsPage::onAccountFetched(const ProviderAccount &account)
{
    m_accounts->updateAccount(account);
    if (account.id == selectedAccountId())
        showTemplatesOfSelection();
}

void ProviderAccountsPage::onFailed(const QString &message)
{
    m_listLoading = false;
    m_refresh->setEnabled(m_source != nullptr);
    setMessage([message] { return tr("Could not load the provider accounts: %1").arg(message); });
}

void ProviderAccountsPage::onSelectionChanged()
{
    const QString id = selectedAccountId();
    const int row = m_accounts->rowOf(id);
    m_newInvoice->setEnabled(row >= 0 && m_accounts->account(row).active);
    showTemplatesOfSelection();
    if (row >= 0 && !m_accounts->hasTemplates(row) && m_source)
        m_source->fetchAccount(id);
}

void ProviderAccountsPage::showTemplatesOfSelection()
{
    const int row = m_accounts->rowOf(selectedAccountId());
    if (row < 0) {
        m_templatesTitle->setText(tr("<b>Templates</b> — select an account"));
        m_templates->setTemplates({});
        return;
    }
    const ProviderAccount &account = m_accounts->account(row);
    m_templatesTitle->setText(tr("<b>Templates of %1</b>").arg(providerDisplayName(account.provider)));
    m_templates->setTemplates(m_accounts->hasTemplates(row) ? account.templates : QList<InvoiceTemplate>());
}

void ProviderAccountsPage::setMessage(Text text)
{
    m_message->setMessage(std::move(text));
    m_message->setVisible(m_message->hasMessage());
}

} // namespace einvoice
