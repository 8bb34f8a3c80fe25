#pragma once

#include "batch/batchplan.h"
#include "batch/batchtypes.h"

#include <QTableWidget>

namespace einvoice {

// The preview: one line per invoice built from the file (first row, key, reference code, buyer,
// line items, what earlier runs of the file did with it) with its problems, each as "line N,
// column: message"; file problems first. Invoices with errors are tinted red, those with a number
// to confirm amber.
class BatchPreviewTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        KeyColumn,
        ReferenceColumn,
        BuyerColumn,
        LinesColumn,
        EarlierColumn,
        ProblemsColumn
    };

    explicit BatchPreviewTable(QWidget *parent = nullptr);

    // plan: the same invoices planned from the local records (BatchPlanner::planLocally), item i
    // for invoice i; null when not known.
    void showImport(const BatchImport &batch, const BatchPlan *plan = nullptr);
    static QString problemText(const RowProblem &problem, const BatchImport &batch);
    // One sentence for the page: what cannot be used, or the counts.
    static QString summary(const BatchImport &batch);
    // What a run would do with the invoice, for people: "New", "Done earlier (number 5)", ...
    static QString earlierText(const PlannedInvoice &item);
    // The "Earlier runs" cell of an invoice: nothing while it has errors.
    static QString earlierCell(const BatchInvoice &invoice, const PlannedInvoice *item);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    enum class Tint { None, Error, Confirmation };
    void addLine(const QStringList &cells, Tint tint);
};

} // namespace einvoice
