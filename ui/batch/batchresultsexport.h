#pragma once

#include "batch/batchtypes.h"
#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

namespace einvoice {

// A run's results as the Results tab shows them, as a typed table for "Export to Excel…".
class BatchResultsExport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchResultsTable)

public:
    static ExportTable table(const QList<BatchItemResult> &results);
};

} // namespace einvoice
