#pragma once

#include "batch/batchtypes.h"

#include <QTableWidget>

namespace einvoice {

// The preview: one line per invoice built from the file (first row, key, reference code, buyer,
// line items) with its problems, each as "line N, column: message"; file problems first.
// Invoices with errors are tinted red, those with a number to confirm amber.
class BatchPreviewTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { RowColumn, KeyColumn, ReferenceColumn, BuyerColumn, LinesColumn, ProblemsColumn };

    explicit BatchPreviewTable(QWidget *parent = nullptr);

    void showImport(const BatchImport &batch);
    static QString problemText(const RowProblem &problem);
    // One sentence for the page: what cannot be used, or the counts.
    static QString summary(const BatchImport &batch);

private:
    enum class Tint { None, Error, Confirmation };
    void addLine(const QStringList &cells, Tint tint);
};

} // namespace einvoice
