#include "batchpreviewtable.h"

#include <QEvent>
#include <QHeaderView>

namespace einvoice {

void BatchPreviewTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

// The column headers; the page shows the rows again in the new language (BatchPage).
void BatchPreviewTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Row"), tr("Invoice key"), tr("Reference code"), tr("Buyer"), tr("Lines"),
        tr("Earlier runs"), tr("Problems")});
}

BatchPreviewTable::BatchPreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("previewTable"));
    setColumnCount(7);
    retranslateUi();
    horizontalHeader()->setStretchLastSection(true);
    for (const Column column : {RowColumn, KeyColumn, ReferenceColumn, LinesColumn, EarlierColumn})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
}

QString BatchPreviewTable::problemText(const RowProblem &problem, const BatchImport &batch)
{
    const QString where = problem.row <= 0 ? QString()
        : problem.column.isEmpty()         ? tr("line %1").arg(problem.row)
                                   : tr("line %1, %2").arg(problem.row).arg(batch.columnName(problem.column));
    const QString severity = problem.needsConfirmation() ? tr("needs confirmation: ")
        : problem.error                                  ? QString()
                                                         : tr("warning: ");
    return severity + (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + problem.message;
}

QString BatchPreviewTable::summary(const BatchImport &batch)
{
    if (!batch.fileProblems.isEmpty())
        return tr("The file cannot be used: %1").arg(batch.fileProblems.constFirst().message);
    const int invalid = batch.errorCount();
    QString text = tr("%n invoice(s) in the file", nullptr, int(batch.invoices.size())) + QStringLiteral("; ")
        + (invalid == 0 ? tr("no errors.") : tr("%n with errors (see Preview).", nullptr, invalid));
    if (const int waiting = batch.confirmationCount(); waiting > 0)
        text += u' ' + tr("%n number(s) read two ways: choose their reading below.", nullptr, waiting);
    if (!batch.encoding.isEmpty() && batch.encoding != QLatin1String("UTF-8"))
        text += u' ' + tr("Read as %1.").arg(batch.encoding);
    return text;
}

void BatchPreviewTable::addLine(const QStringList &cells, Tint tint)
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (tint == Tint::Error)
            item->setBackground(QColor(0xfd, 0xe2, 0xe1));
        else if (tint == Tint::Confirmation)
            item->setBackground(QColor(0xff, 0xf1, 0xc2));
        setItem(row, column, item);
    }
}

// Nothing while the invoice has errors; no comparison while a number of it reads two ways (what
// it will be sent as is not known yet: it would look changed since it was issued).
QString BatchPreviewTable::earlierCell(const BatchInvoice &invoice, const PlannedInvoice *item)
{
    if (!item || invoice.hasErrors())
        return QString();
    if (invoice.needsConfirmation())
        return tr("Waiting for the reading of its numbers");
    return earlierText(*item);
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
        if (item.conflict == ConflictKind::ChangedCopy)
            return tr("Changed copy of key %1 of %2, sent before: you will be asked")
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
        addLine({problem.row > 0 ? QString::number(problem.row) : QString(), QString(), QString(), QString(),
                    QString(), QString(), problemText(problem, batch)},
            problem.error ? Tint::Error : Tint::None);
    for (qsizetype i = 0; i < batch.invoices.size(); ++i) {
        const BatchInvoice &invoice = batch.invoices.at(i);
        QStringList problems;
        for (const RowProblem &problem : invoice.problems)
            problems.append(problemText(problem, batch));
        const PlannedInvoice *item = plan && i < plan->items.size() ? &plan->items.at(i) : nullptr;
        addLine({QString::number(invoice.firstRow), invoice.key,
                    item ? item->invoice.invoice.referenceCode : invoice.invoice.referenceCode,
                    invoice.invoice.buyer.name, QString::number(invoice.invoice.lines.size()),
                    earlierCell(invoice, item), problems.join(u'\n')},
            invoice.hasErrors()               ? Tint::Error
                : invoice.needsConfirmation() ? Tint::Confirmation
                                              : Tint::None);
    }
    resizeRowsToContents();
}

} // namespace einvoice
