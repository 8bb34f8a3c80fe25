#include "batchpreviewtable.h"

#include <QHeaderView>

namespace einvoice {

BatchPreviewTable::BatchPreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("previewTable"));
    setColumnCount(6);
    setHorizontalHeaderLabels(
        {tr("Row"), tr("Invoice key"), tr("Reference code"), tr("Buyer"), tr("Lines"), tr("Problems")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
}

QString BatchPreviewTable::problemText(const RowProblem &problem)
{
    const QString where = problem.column.isEmpty() ? tr("line %1").arg(problem.row)
                                                   : tr("line %1, %2").arg(problem.row).arg(problem.column);
    return (problem.error ? QString() : tr("warning: ")) + where + QStringLiteral(": ") + problem.message;
}

void BatchPreviewTable::addLine(const QStringList &cells, bool error)
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (error)
            item->setBackground(QColor(0xfd, 0xe2, 0xe1));
        setItem(row, column, item);
    }
}

void BatchPreviewTable::showImport(const BatchImport &batch)
{
    setRowCount(0);
    for (const RowProblem &problem : batch.fileProblems)
        addLine(
            {QString::number(problem.row), QString(), QString(), QString(), QString(), problemText(problem)},
            problem.error);
    for (const BatchInvoice &invoice : batch.invoices) {
        QStringList problems;
        for (const RowProblem &problem : invoice.problems)
            problems.append(problemText(problem));
        addLine({QString::number(invoice.firstRow), invoice.key, invoice.invoice.referenceCode,
                    invoice.invoice.buyer.name, QString::number(invoice.invoice.lines.size()),
                    problems.join(u'\n')},
            invoice.hasErrors());
    }
    resizeRowsToContents();
}

} // namespace einvoice
