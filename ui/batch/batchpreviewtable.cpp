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
    const QString where = problem.row <= 0 ? QString()
        : problem.column.isEmpty()         ? tr("line %1").arg(problem.row)
                                           : tr("line %1, %2").arg(problem.row).arg(problem.column);
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

void BatchPreviewTable::showImport(const BatchImport &batch)
{
    setRowCount(0);
    for (const RowProblem &problem : batch.fileProblems)
        addLine({problem.row > 0 ? QString::number(problem.row) : QString(), QString(), QString(), QString(),
                    QString(), problemText(problem)},
            problem.error ? Tint::Error : Tint::None);
    for (const BatchInvoice &invoice : batch.invoices) {
        QStringList problems;
        for (const RowProblem &problem : invoice.problems)
            problems.append(problemText(problem));
        addLine({QString::number(invoice.firstRow), invoice.key, invoice.invoice.referenceCode,
                    invoice.invoice.buyer.name, QString::number(invoice.invoice.lines.size()),
                    problems.join(u'\n')},
            invoice.hasErrors()               ? Tint::Error
                : invoice.needsConfirmation() ? Tint::Confirmation
                                              : Tint::None);
    }
    resizeRowsToContents();
}

} // namespace einvoice
