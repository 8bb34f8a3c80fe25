#pragma once

#include "batchcolumns.h"
#include "batchtypes.h"

#include <QCoreApplication>

namespace einvoice {

struct CsvRecord;

// Checks of a batch file beyond one invoice's content: the cells' characters and lengths (a
// control character never reaches an invoice; a cell too long for its field is refused by its
// length), and reference codes that two invoices of the file would share.
class BatchImportChecks
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchImportChecks)

public:
    // Every mapped cell of the record: forbidden characters (line breaks only in the note) and
    // cells longer than CsvReader keeps.
    static void checkCells(const CsvRecord &record, const BatchColumnMap &map, BatchInvoice &target);
    // Two invoices of the file with the same reference code, written or derived (compared without
    // case, as the server may): both are errors naming each other's line.
    static void checkDuplicateReferences(QList<BatchInvoice> &invoices);
};

} // namespace einvoice
