#pragma once

#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

namespace einvoice {

class InvoiceListModel;

// The invoice list as filtered and sorted on screen, as a typed table for "Export to Excel…":
// the columns of the CSV export, amounts as numbers, the issue date as a date, codes as text.
class InvoiceExportTable
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceExportTable)

public:
    static ExportTable of(const InvoiceListModel &rows);
};

} // namespace einvoice
