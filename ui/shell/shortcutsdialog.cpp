#include "shortcutsdialog.h"

#include "ui/common/dialogbuttons.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace einvoice {

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent), m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto *buttons = new DialogButtons(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
    resize(460, 420);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // After the window's actions took their new texts (the order windows hear of it is open).
    if (event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &ShortcutsDialog::retranslateUi);
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    const QList<QAction *> actions = actionsWithShortcuts(m_window);
    m_table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const QAction *action = actions.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(plainText(action)));
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(const QWidget *window)
{
    QList<QAction *> all = window ? window->findChildren<QAction *>() : QList<QAction *>();
    if (window)
        all += window->actions();
    QList<QAction *> result;
    for (QAction *action : std::as_const(all)) {
        if (!action->shortcut().isEmpty() && !action->text().isEmpty() && !result.contains(action))
            result.append(action);
    }
    std::sort(result.begin(), result.end(),
        [](const QAction *a, const QAction *b) { return plainText(a).localeAwareCompare(plainText(b)) < 0; });
    return result;
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace einvoice
