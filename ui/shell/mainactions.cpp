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
}

QAction *MainActions::makeAction(
    QMainWindow *window, const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

void MainActions::createActions(QMainWindow *window)
{
    QStyle *style = window->style();
    newInvoice
        = makeAction(window, QStringLiteral("actionNewInvoice"), tr("&New invoice"), QKeySequence::New);
    newInvoice->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    refresh = makeAction(window, QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh);
    refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    settings
        = makeAction(window, QStringLiteral("actionSettings"), tr("&Settings…"), QKeySequence(tr("Ctrl+,")));
    settings->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = makeAction(window, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    about = makeAction(window, QStringLiteral("actionAbout"), tr("&About SePay eInvoice"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(window, QStringLiteral("actionAboutQt"), tr("About &Qt"), QKeySequence());
    aboutQt->setMenuRole(QAction::AboutQtRole);
    shortcuts = makeAction(
        window, QStringLiteral("actionShortcuts"), tr("&Keyboard shortcuts"), QKeySequence::HelpContents);

    const QString pageNames[pageCount]
        = {tr("&Invoices"), tr("Ne&w invoice"), tr("&Batch issuing"), tr("&Provider accounts"), tr("&Usage")};
    auto *pageGroup = new QActionGroup(this);
    for (int i = 0; i < pageCount; ++i) {
        const Page page = Page(i);
        QAction *action = makeAction(window, QStringLiteral("actionPage-") + pageKey(page), pageNames[i],
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        pageGroup->addAction(action);
        pages.insert(page, action);
    }

    auto *environmentGroup = new QActionGroup(this);
    for (auto choice : {EnvironmentKind::Demo, EnvironmentKind::Sandbox, EnvironmentKind::Production,
             EnvironmentKind::Custom}) {
        QAction *action
            = makeAction(window, QStringLiteral("actionEnvironment-") + EnvironmentId::kindName(choice),
                EnvironmentText::longName(choice), QKeySequence());
        action->setCheckable(true);
        environmentGroup->addAction(action);
        environments.insert(choice, action);
    }
}

void MainActions::createMenus(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(newInvoice);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    for (QAction *action : std::as_const(pages))
        view->addAction(action);
    view->addSeparator();
    view->addAction(refresh);

    QMenu *environment = window->menuBar()->addMenu(tr("&Environment"));
    environment->setObjectName(QStringLiteral("environmentMenu"));
    for (QAction *action : std::as_const(environments))
        environment->addAction(action);

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

void MainActions::createToolBar(QMainWindow *window)
{
    toolBar = window->addToolBar(tr("Main toolbar"));
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
