#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace einvoice {

// Help → Keyboard shortcuts: every action of a window that has a shortcut, read from the window's
// actions when the dialog opens, so the list is always the one the menus use.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The actions of the window (its children and those added to it) that have a shortcut,
    // ordered by their text.
    static QList<QAction *> actionsWithShortcuts(const QWidget *window);
    static QString plainText(const QAction *action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QWidget *m_window;
    QTableWidget *m_table = nullptr;
};

} // namespace einvoice
