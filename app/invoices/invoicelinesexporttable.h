#pragma once

#include "core/remoteinvoice.h"
#include "spreadsheet/exporttable.h"

#include <QCoreApplication>

namespace einvoice {

// The lines of one invoice as its detail shows them, as a typed table for "Export lines to
// Excel…": quantities and amounts as numbers, codes as text, the invoice named in the page header.
class InvoiceLinesExportTable
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::InvoiceLinesExportTable)

public:
    static ExportTable of(const InvoiceDetail &detail);
    // "hoa-don-0000123-dong.xlsx"-like: the invoice's number, or its reference code as a draft.
    static QString suggestedFileName(const InvoiceDetail &detail);
};

} // namespace einvoice
