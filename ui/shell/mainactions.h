#pragma once

#include "core/environmentid.h"
#include "page.h"

#include <QMap>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace einvoice {

// The main window's actions with their shortcuts, its menus and its toolbar.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow *window);

    QAction *newInvoice = nullptr;
    QAction *refresh = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QAction *shortcuts = nullptr; // Help → Keyboard shortcuts
    QMap<Page, QAction *> pages;
    QMap<EnvironmentKind, QAction *> environments;
    QToolBar *toolBar = nullptr;

    void setCurrentPage(Page page);
    void setCurrentEnvironment(EnvironmentKind choice);
    // Every text in the current language (the window calls it on a language change).
    void retranslate();

private:
    void createActions(QMainWindow *window);
    void createMenus(QMainWindow *window);
    void createToolBar(QMainWindow *window);
    QAction *makeAction(QMainWindow *window, const QString &objectName, const QKeySequence &shortcut);

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_environmentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace einvoice
