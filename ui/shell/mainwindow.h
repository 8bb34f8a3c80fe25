#pragma once

#include "core/environmentid.h"
#include "page.h"
#include "shellservices.h"

#include <QMainWindow>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace einvoice {

class DemoBanner;
class MainActions;
class ProviderAccountsPage;
class SettingsDialog;
class StatusPanel;

// The frame of the app: navigation between pages, menus and toolbar, the environment always in
// view (status bar badge, title bar, Demo banner), and the remembered size, layout and page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ShellServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);
    // Puts widget in the place of a page (the window takes ownership; the old page is deleted).
    // How the Invoices, New invoice, Batch and Usage pages replace their placeholders (not for
    // ProviderAccounts, which is built in).
    void replacePage(Page page, QWidget *widget);
    QWidget *pageWidget(Page page) const;
    StatusPanel *statusPanel() const { return m_status; }
    ProviderAccountsPage *providerAccountsPage() const { return m_accountsPage; }
    MainActions *actions() const { return m_actions; }
    bool isDemoBannerShown() const;

    // Switches the environment as the user asked, confirming Production first. Returns whether
    // the environment is now the requested one.
    bool requestEnvironment(EnvironmentKind choice);
    // Opens the settings dialog (window-modal, no nested event loop) and returns it.
    SettingsDialog *openSettings();
    void saveLayout();

Q_SIGNALS:
    void newInvoiceRequested(const QString &accountId);
    void refreshRequested();
    // The window's first frame is on screen (emitted once, from the event loop): slow work such
    // as connecting starts after it.
    void firstPainted();

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private Q_SLOTS:
    void applyEnvironment(EnvironmentKind choice);
    void onNavigationRowChanged(int row);
    void onRefresh();
    void showAbout();

private:
    QWidget *buildCentralWidget();
    QWidget *buildPages();
    void connectActions();
    void followConnection();
    void retranslateUi();
    void retranslateNavigation();
    void restoreLayout();

    ShellServices m_services;
    MainActions *m_actions = nullptr;
    StatusPanel *m_status = nullptr;
    DemoBanner *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    ProviderAccountsPage *m_accountsPage = nullptr;
    bool m_painted = false;
};

} // namespace einvoice
