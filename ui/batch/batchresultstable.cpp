#include "batchresultstable.h"

#include <QEvent>
#include <QHeaderView>

namespace einvoice {

void BatchResultsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

// The column headers and every row's status; a message keeps the words it came with.
void BatchResultsTable::retranslateUi()
{
    setHorizontalHeaderLabels(
        {tr("Row"), tr("Reference code"), tr("Invoice number"), tr("Status"), tr("Message")});
    for (int row = 0; row < rowCount(); ++row) {
        if (QTableWidgetItem *status = item(row, StatusColumn))
            status->setText(statusText(BatchItemStatus(status->data(Qt::UserRole).toInt())));
    }
}

BatchResultsTable::BatchResultsTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("resultsTable"));
    setColumnCount(5);
    retranslateUi();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(ReferenceColumn, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
}

QString BatchResultsTable::statusText(BatchItemStatus status)
{
    switch (status) {
    case BatchItemStatus::Queued:
        return tr("Queued");
    case BatchItemStatus::Sent:
        return tr("Sent");
    case BatchItemStatus::Done:
        return tr("Done");
    case BatchItemStatus::Failed:
        return tr("Failed");
    case BatchItemStatus::Unknown:
        return tr("Unknown");
    case BatchItemStatus::Cancelled:
        return tr("Not sent");
    case BatchItemStatus::Skipped:
        return tr("Skipped");
    }
    return QString();
}

void BatchResultsTable::showResults(const QList<BatchItemResult> &results)
{
    setRowCount(int(results.size()));
    for (int i = 0; i < results.size(); ++i)
        updateResult(i, results.at(i));
}

void BatchResultsTable::updateResult(int index, const BatchItemResult &result)
{
    if (index < 0)
        return;
    if (index >= rowCount())
        setRowCount(index + 1);
    const QStringList cells {QString::number(result.row), result.referenceCode, result.invoiceNumber,
        statusText(result.status), result.message};
    for (int column = 0; column < cells.size(); ++column) {
        QTableWidgetItem *cell = item(index, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            setItem(index, column, cell);
        }
        cell->setText(cells.at(column));
    }
    item(index, StatusColumn)->setData(Qt::UserRole, int(result.status));
}

} // namespace einvoice
