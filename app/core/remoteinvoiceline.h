#pragma once

#include "invoice.h"
#include "remoteinvoice.h"

namespace einvoice {

// A line of an invoice read from the server as a create request would carry it again (opening a
// server draft, pre-filling a correction). withTaxRate false: a sales invoice's lines, which carry
// no rate.
InvoiceLine invoiceLineOf(const RemoteInvoiceLine &remote, bool withTaxRate);

// Whether an invoice read from the server is a VAT invoice by its lines, when its template is not
// known: a line other than a note carries a tax rate. A sales invoice's lines carry none.
bool linesCarryTaxRates(const QList<RemoteInvoiceLine> &lines);

} // namespace einvoice
