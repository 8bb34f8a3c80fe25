#pragma once

#include "core/remoteinvoice.h"
#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

namespace einvoice {

// `invoice list --format csv|xlsx`: the invoices of the list as a typed table, amounts as
// numbers and dates as dates in the workbook, plain in the CSV.
class InvoiceListTable
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceListTable)

public:
    static ExportTable of(const QList<InvoiceSummary> &invoices);
};

} // namespace einvoice
