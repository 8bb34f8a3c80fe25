#include "mainactions.h"

#include "ui/common/environmenttext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace einvoice {

MainActions::MainActions(QMainWindow *window) : QObject(window)
{
    createActions(window);
    createMenus(window);
    createToolBar(window);
    retranslate();
}

QAction *MainActions::makeAction(QMainWindow *window, const QString &objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

void MainActions::createActions(QMainWindow *window)
{
    QStyle *style = window->style();
    newInvoice = makeAction(window, QStringLiteral("actionNewInvoice"), QKeySequence::New);
    newInvoice->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    refresh = makeAction(window, QStringLiteral("actionRefresh"), QKeySequence::Refresh);
    refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    settings = makeAction(window, QStringLiteral("actionSettings"), QKeySequence());
    settings->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = makeAction(window, QStringLiteral("actionQuit"), QKeySequence());
    quit->setMenuRole(QAction::QuitRole);
    about = makeAction(window, QStringLiteral("actionAbout"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(window, QStringLiteral("actionAboutQt"), QKeySequence());
    aboutQt->setMenuRole(QAction::AboutQtRole);
    shortcuts = makeAction(window, QStringLiteral("actionShortcuts"), QKeySequence::HelpContents);

    auto *pageGroup = new QActionGroup(this);
    for (int i = 0; i < pageCount; ++i) {
        const Page page = Page(i);
        QAction *action = makeAction(window, QStringLiteral("actionPage-") + pageKey(page),
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        pageGroup->addAction(action);
        pages.insert(page, action);
    }

    auto *environmentGroup = new QActionGroup(this);
    for (auto choice : {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Production,
             EnvironmentKind::Custom}) {
        QAction *action = makeAction(
            window, QStringLiteral("actionEnvironment-") + EnvironmentId::kindName(choice), QKeySequence());
        action->setCheckable(true);
        environmentGroup->addAction(action);
        environments.insert(choice, action);
    }
}

void MainActions::retranslate()
{
    newInvoice->setText(tr("&New invoice"));
    refresh->setText(tr("&Refresh"));
    settings->setText(tr("&Settings…"));
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    quit->setText(tr("&Quit"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    about->setText(tr("&About SePay eInvoice"));
    aboutQt->setText(tr("About &Qt"));
    shortcuts->setText(tr("&Keyboard shortcuts"));
    const QString pageNames[pageCount] = {tr("&Invoices"), tr("Ne&w invoice"), tr("&Batch issuing"),
        tr("&Provider accounts"), tr("&Usage"), tr("R&eports")};
    for (int i = 0; i < pageCount; ++i)
        pages.value(Page(i))->setText(pageNames[i]);
    for (auto it = environments.cbegin(); it != environments.cend(); ++it)
        it.value()->setText(EnvironmentText::longName(it.key()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_environmentMenu->setTitle(tr("&Environment"));
    m_helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Main toolbar"));
}

void MainActions::createMenus(QMainWindow *window)
{
    m_fileMenu = window->menuBar()->addMenu(QString());
    m_fileMenu->addAction(newInvoice);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_viewMenu = window->menuBar()->addMenu(QString());
    for (QAction *action : std::as_const(pages))
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(refresh);

    m_environmentMenu = window->menuBar()->addMenu(QString());
    m_environmentMenu->setObjectName(QStringLiteral("environmentMenu"));
    for (QAction *action : std::as_const(environments))
        m_environmentMenu->addAction(action);

    m_helpMenu = window->menuBar()->addMenu(QString());
    m_helpMenu->addAction(shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(about);
    m_helpMenu->addAction(aboutQt);
}

void MainActions::createToolBar(QMainWindow *window)
{
    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newInvoice);
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(settings);
}

void MainActions::setCurrentPage(Page page)
{
    pages.value(page)->setChecked(true);
}

void MainActions::setCurrentEnvironment(EnvironmentKind choice)
{
    environments.value(choice)->setChecked(true);
}

} // namespace einvoice
