#include "decisionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace einvoice {

DecisionsDialog::DecisionsDialog(const Questions::Decisions &decisions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("decisionsDialog"));
    setWindowTitle(decisions.title);
    auto *intro = new QLabel(decisions.text, this);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(decisions.items.size()), int(decisions.columns.size()) + 1, this);
    table->setObjectName(QStringLiteral("decisionsTable"));
    table->setHorizontalHeaderLabels(decisions.columns + QStringList {tr("Decision")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(
        int(decisions.columns.size()), QHeaderView::ResizeToContents);
    for (int row = 0; row < decisions.items.size(); ++row) {
        const Questions::Decisions::Item &item = decisions.items.at(row);
        for (int column = 0; column < item.cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(item.cells.at(column)));
        auto *choice = new QComboBox(table);
        choice->setObjectName(QStringLiteral("decision%1").arg(row));
        choice->addItems(item.choices);
        choice->setToolTip(item.note);
        table->setCellWidget(row, int(decisions.columns.size()), choice);
        m_choices.append(choice);
    }
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(decisions.rejectLabel);
    cancel->setDefault(true);
    QPushButton *accept = buttons->addButton(decisions.acceptLabel, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    accept->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    // As wide as the comparison needs, never larger than the screen (1280x800 included).
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(900, screen.width() - 40), std::min(420, screen.height() - 80));
}

QList<int> DecisionsDialog::choices() const
{
    QList<int> chosen;
    for (const QComboBox *choice : m_choices)
        chosen.append(std::max(0, choice->currentIndex()));
    return chosen;
}

} // namespace einvoice
