#include "mainwindow.h"

#include "aboutdialog.h"
#include "accounts/provideraccountsmodel.h"
#include "demobanner.h"
#include "mainactions.h"
#include "placeholderpage.h"
#include "session/connection.h"
#include "settings/appsettings.h"
#include "shelllog.h"
#include "shortcutsdialog.h"
#include "statuspanel.h"
#include "ui/accounts/provideraccountspage.h"
#include "ui/common/environmenttext.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace einvoice {

namespace {

// The first window: 1180x760, or what a smaller screen has room for with a frame around it.
QSize defaultWindowSize(const QScreen *screen)
{
    const QSize preferred(1180, 760);
    if (!screen)
        return preferred;
    return preferred.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
}

} // namespace

MainWindow::MainWindow(const ShellServices &services, QWidget *parent)
    : QMainWindow(parent), m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actions = new MainActions(this);
    m_status = new StatusPanel(statusBar());
    setCentralWidget(buildCentralWidget());
    connectActions();
    connect(m_services.settings, &AppSettings::environmentChanged, this, &MainWindow::applyEnvironment);
    applyEnvironment(m_services.settings->environment());
    followConnection();
    restoreLayout();
}

void MainWindow::followConnection()
{
    Connection *connection = m_services.connection;
    if (!connection)
        return;
    m_status->follow(connection, m_services.settings);
    connect(this, &MainWindow::refreshRequested, connection, &Connection::refreshUsage);
    // Another server: the accounts shown are the new one's.
    connect(connection, &Connection::clientChanged, this, [this](SepayClient *client) {
        if (client && currentPage() == Page::ProviderAccounts)
            m_accountsPage->refresh();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// Everything stays where it is (size, layout, page, what the pages hold); only the words change.
void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_status->retranslate();
    retranslateNavigation();
    setWindowTitle(EnvironmentText::windowTitle(m_services.settings->environment()));
}

void MainWindow::retranslateNavigation()
{
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setText(m_actions->pages.value(Page(row))->text().remove(QLatin1Char('&')));
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::event(event);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new DemoBanner(central);
    connect(m_banner, &DemoBanner::connectRequested, this, &MainWindow::openSettings);
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("navigationSplitter"));
    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    for (QAction *action : std::as_const(m_actions->pages)) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
    retranslateNavigation();
    m_navigation->setMinimumWidth(160);
    m_navigation->setMaximumWidth(320);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(buildPages());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);
    layout->addWidget(m_splitter, 1);
    return central;
}

QWidget *MainWindow::buildPages()
{
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->addWidget(new PlaceholderPage(
        QStringLiteral("invoicesPage"), [] { return tr("Invoices"); },
        [] {
            return tr(
                "The list of invoices, with search, status and downloads, comes here in a coming version.");
        },
        m_stack));
    m_stack->addWidget(new PlaceholderPage(
        QStringLiteral("newInvoicePage"), [] { return tr("New invoice"); },
        [] { return tr("Writing and issuing a new invoice comes here in a coming version."); }, m_stack));
    m_stack->addWidget(new PlaceholderPage(
        QStringLiteral("batchPage"), [] { return tr("Batch issuing"); },
        [] {
            return tr("Issuing many invoices from a spreadsheet needs a connection and the local data; it "
                      "appears here once both are ready.");
        },
        m_stack));
    m_accountsPage = new ProviderAccountsPage(m_services.accounts, m_services.questions, m_stack);
    connect(
        m_accountsPage, &ProviderAccountsPage::newInvoiceRequested, this, [this](const QString &accountId) {
            setCurrentPage(Page::NewInvoice);
            Q_EMIT newInvoiceRequested(accountId);
        });
    m_stack->addWidget(m_accountsPage);
    m_stack->addWidget(new PlaceholderPage(
        QStringLiteral("usagePage"), [] { return tr("Usage"); },
        [] {
            return tr("Quota history and usage charts come here in a coming version. The remaining quota is "
                      "always shown in the status bar.");
        },
        m_stack));
    m_stack->addWidget(new PlaceholderPage(
        QStringLiteral("reportsPage"), [] { return tr("Reports"); },
        [] { return tr("The month-end reports need the local data; they appear here once it is open."); },
        m_stack));
    return m_stack;
}

void MainWindow::connectActions()
{
    for (auto it = m_actions->pages.cbegin(); it != m_actions->pages.cend(); ++it) {
        const Page page = it.key();
        connect(it.value(), &QAction::triggered, this, [this, page] { setCurrentPage(page); });
    }
    for (auto it = m_actions->environments.cbegin(); it != m_actions->environments.cend(); ++it) {
        const EnvironmentKind choice = it.key();
        connect(it.value(), &QAction::triggered, this, [this, choice] { requestEnvironment(choice); });
    }
    connect(m_actions->newInvoice, &QAction::triggered, this, [this] {
        setCurrentPage(Page::NewInvoice);
        Q_EMIT newInvoiceRequested(QString());
    });
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::onRefresh);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

// A page chosen by its shortcut or by the program takes the keyboard (the list's table, the
// editor's first field), also when it is already the current one; moving in the navigation list
// by arrow keys keeps the focus there.
void MainWindow::setCurrentPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
    m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::replacePage(Page page, QWidget *widget)
{
    if (page == Page::ProviderAccounts) {
        qCWarning(lcShell) << "MainWindow::replacePage: the provider accounts page is built in";
        return;
    }
    const int index = int(page);
    QWidget *old = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    if (current)
        m_stack->setCurrentIndex(index);
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_stack->widget(int(page));
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0 || row >= pageCount)
        return;
    const Page page = Page(row);
    m_stack->setCurrentIndex(row);
    if (!m_navigation->hasFocus()) // keys typed next go to the page, not to a banner button
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    m_actions->setCurrentPage(page);
    // Written when it changes, not when the window restores it: a settings file written (and
    // synced) before the first paint would delay it.
    if (pageFromKey(m_services.settings->value(settingskeys::lastPage)).value_or(Page::Invoices) != page)
        m_services.settings->setValue(settingskeys::lastPage, pageKey(page));
    if (page == Page::ProviderAccounts && m_accountsPage->accountsModel()->rowCount() == 0)
        m_accountsPage->refresh();
}

bool MainWindow::isDemoBannerShown() const
{
    return !m_banner->isHidden() && !m_banner->isCustomServer();
}

bool MainWindow::requestEnvironment(EnvironmentKind choice)
{
    const EnvironmentKind previous = m_services.settings->environment();
    if (choice == previous) {
        m_actions->setCurrentEnvironment(previous);
        return true;
    }
    if (choice == EnvironmentKind::Custom && m_services.settings->customUrl().isEmpty()) {
        m_actions->setCurrentEnvironment(previous);
        openSettings();
        return false;
    }
    if (choice == EnvironmentKind::Production
        && !Questions::orDefault(m_services.questions).confirm(this, EnvironmentText::productionQuestion())) {
        m_actions->setCurrentEnvironment(previous);
        return false;
    }
    m_services.settings->setEnvironment(choice);
    return true;
}

void MainWindow::applyEnvironment(EnvironmentKind choice)
{
    setWindowTitle(EnvironmentText::windowTitle(choice));
    m_status->setEnvironment(choice);
    m_actions->setCurrentEnvironment(choice);
    m_banner->setCustomServer(
        choice == EnvironmentKind::Custom ? m_services.settings->customUrl() : QString());
    m_banner->setVisible(choice == EnvironmentKind::Demo || choice == EnvironmentKind::Custom);
}

SettingsDialog *MainWindow::openSettings()
{
    if (auto *open = findChild<SettingsDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        return open;
    }
    auto *dialog = new SettingsDialog(
        m_services.settings, m_services.questions, m_services.credentials, m_services.connectionTester, this);
    dialog->offerLearnedSeller(m_services.learnedSeller);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::onRefresh()
{
    if (currentPage() == Page::ProviderAccounts)
        m_accountsPage->refresh();
    Q_EMIT refreshRequested();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    AppSettings *settings = m_services.settings;
    if (!restoreGeometry(settings->value(settingskeys::windowGeometry)))
        resize(defaultWindowSize(screen()));
    restoreState(settings->value(settingskeys::windowState));
    if (!m_splitter->restoreState(settings->value(settingskeys::navigationSplitter)))
        m_splitter->setSizes({200, 980});
    m_accountsPage->splitter()->restoreState(settings->value(settingskeys::accountsSplitter));
    const Page page = pageFromKey(settings->value(settingskeys::lastPage)).value_or(Page::Invoices);
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::saveLayout()
{
    AppSettings *settings = m_services.settings;
    settings->setValue(settingskeys::windowGeometry, saveGeometry());
    settings->setValue(settingskeys::windowState, saveState());
    settings->setValue(settingskeys::navigationSplitter, m_splitter->saveState());
    settings->setValue(settingskeys::accountsSplitter, m_accountsPage->splitter()->saveState());
    settings->setValue(settingskeys::lastPage, pageKey(currentPage()));
    settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace einvoice
