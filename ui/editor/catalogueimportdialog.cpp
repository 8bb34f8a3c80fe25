#include "catalogueimportdialog.h"

#include "ui/common/dialogbuttons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace einvoice {

namespace {

enum Column { WhereColumn, KindColumn, NameColumn, OutcomeColumn, ReasonColumn, Columns };

} // namespace

CatalogueImportDialog::CatalogueImportDialog(const CatalogueImportPlan &plan, Save save, QWidget *parent)
    : QDialog(parent),
      m_plan(plan),
      m_save(std::move(save)),
      m_summary(new QLabel(this)),
      m_rows(new QTableWidget(0, Columns, this)),
      m_buttons(new DialogButtons(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("catalogueImport"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(true);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->verticalHeader()->hide();
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(m_plan.hasChanges());
    connect(m_import, &QPushButton::clicked, this, &CatalogueImportDialog::importRows);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows);
    layout->addWidget(m_buttons);
    resize(820, 480);
    retranslateUi();
}

void CatalogueImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CatalogueImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import customers and products"));
    m_rows->setHorizontalHeaderLabels({tr("Row"), tr("Kind"), tr("Name"), tr("Result"), tr("Reason")});
    m_import->setText(tr("&Import"));
    const QString counts = CatalogueImport::summary(m_plan);
    if (!m_saveError.isEmpty())
        m_summary->setText(tr("Nothing was imported: %1").arg(m_saveError));
    else if (m_saved)
        m_summary->setText(tr("Imported. %1").arg(counts));
    else if (!m_plan.hasChanges())
        m_summary->setText(tr("Nothing to import. %1").arg(counts));
    else
        m_summary->setText(tr("Importing will give: %1 Rejected rows are left out.").arg(counts));
    fillRows();
}

void CatalogueImportDialog::fillRows()
{
    m_rows->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const CatalogueImportRow &row = m_plan.rows.at(i);
        const QString kind = row.kind == CatalogueKind::Customers ? tr("Customer") : tr("Product");
        const QStringList texts {
            row.where, kind, row.name, CatalogueImport::outcomeText(row.outcome), row.reason};
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            m_rows->setItem(i, column, item);
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_rows->resizeRowsToContents(); // a long reason wraps within the window
}

void CatalogueImportDialog::importRows()
{
    m_saveError = m_save(m_plan);
    m_saved = m_saveError.isEmpty();
    m_import->setEnabled(false);
    m_buttons->removeButton(m_import);
    m_import->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    QEvent wording(QEvent::LanguageChange); // the app's word for Close, not Qt's
    QCoreApplication::sendEvent(m_buttons, &wording);
    retranslateUi();
}

} // namespace einvoice
