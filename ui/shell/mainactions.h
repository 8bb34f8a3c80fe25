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

private:
    void createActions(QMainWindow *window);
    void createMenus(QMainWindow *window);
    void createToolBar(QMainWindow *window);
    QAction *makeAction(
        QMainWindow *window, const QString &objectName, const QString &text, const QKeySequence &shortcut);
};

} // namespace einvoice
