#pragma once

#include "batch/batchtypes.h"

#include <QTableWidget>

namespace einvoice {

// The preview: one line per invoice built from the file (first row, key, reference code, buyer,
// line items) with its problems, each as "line N, column: message"; file problems first.
// Invoices with errors are tinted.
class BatchPreviewTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { RowColumn, KeyColumn, ReferenceColumn, BuyerColumn, LinesColumn, ProblemsColumn };

    explicit BatchPreviewTable(QWidget *parent = nullptr);

    void showImport(const BatchImport &batch);
    static QString problemText(const RowProblem &problem);

private:
    void addLine(const QStringList &cells, bool error);
};

} // namespace einvoice
