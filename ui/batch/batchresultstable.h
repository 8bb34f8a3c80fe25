#pragma once

#include "batch/batchtypes.h"

#include <QTableWidget>

namespace einvoice {

// The results table: row, reference code, invoice number, status, message; one line per invoice
// of the run, updated as each one changes.
class BatchResultsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { RowColumn, ReferenceColumn, NumberColumn, StatusColumn, MessageColumn };

    explicit BatchResultsTable(QWidget *parent = nullptr);

    void showResults(const QList<BatchItemResult> &results);
    void updateResult(int index, const BatchItemResult &result);
    static QString statusText(BatchItemStatus status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace einvoice
