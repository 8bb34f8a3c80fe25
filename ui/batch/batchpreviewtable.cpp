#include "batchpreviewtable.h"

#include <QHeaderView>

namespace einvoice {

BatchPreviewTable::BatchPreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("previewTable"));
    setColumnCount(7);
    setHorizontalHeaderLabels({tr("Row"), tr("Invoice key"), tr("Reference code"), tr("Buyer"), tr("Lines"),
        tr("Earlier runs"), tr("Problems")});
    horizontalHeader()->setStretchLastSection(true);
    for (const Column column : {RowColumn, KeyColumn, ReferenceColumn, LinesColumn, EarlierColumn})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
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

QString BatchPreviewTable::earlierText(const PlannedInvoice &item)
{
    switch (item.action) {
    case PlanAction::Send:
        if (item.needsLookUp)
            return tr("Changed: checked on the server before it is sent");
        return item.entry ? tr("Changed, never received: sent with the new content") : tr("New");
    case PlanAction::Resume:
        return tr("Unfinished: continued");
    case PlanAction::Retry:
        return tr("Failed before: sent once more");
    case PlanAction::Issue:
        return tr("Draft made earlier: issued");
    case PlanAction::Done:
        return item.earlierNumber.isEmpty() || item.earlierNumber == QLatin1String("0")
            ? tr("Done earlier")
            : tr("Done earlier (number %1)").arg(item.earlierNumber);
    case PlanAction::Conflict:
        if (item.conflict == ConflictKind::PossibleDuplicate)
            return tr("Same as key %1 of %2: you will be asked")
                .arg(item.duplicateOf->key, item.duplicateFile);
        if (item.conflict == ConflictKind::HeldByOther)
            return tr("Its reference code holds another invoice: you will be asked");
        return tr("Changed since it was issued: you will be asked");
    case PlanAction::Skip:
    case PlanAction::Drop:
        break;
    }
    return QString();
}

void BatchPreviewTable::showImport(const BatchImport &batch, const BatchPlan *plan)
{
    setRowCount(0);
    for (const RowProblem &problem : batch.fileProblems)
        addLine({QString::number(problem.row), QString(), QString(), QString(), QString(), QString(),
                    problemText(problem)},
            problem.error);
    for (qsizetype i = 0; i < batch.invoices.size(); ++i) {
        const BatchInvoice &invoice = batch.invoices.at(i);
        QStringList problems;
        for (const RowProblem &problem : invoice.problems)
            problems.append(problemText(problem));
        const PlannedInvoice *item = plan && i < plan->items.size() ? &plan->items.at(i) : nullptr;
        addLine({QString::number(invoice.firstRow), invoice.key,
                    item ? item->invoice.invoice.referenceCode : invoice.invoice.referenceCode,
                    invoice.invoice.buyer.name, QString::number(invoice.invoice.lines.size()),
                    item && !invoice.hasErrors() ? earlierText(*item) : QString(), problems.join(u'\n')},
            invoice.hasErrors());
    }
    resizeRowsToContents();
}

} // namespace einvoice
