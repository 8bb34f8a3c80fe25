#pragma once

#include "invoice.h"
#include "remoteinvoice.h"

#include <QStringList>

namespace einvoice {

// Whether the invoice a server holds under a reference code is the one the client meant to
// create, compared as far as the detail answer allows: buyer name and tax code, the issued date,
// the lines (name, quantity, unit price) and the total. Text is compared without case and extra spaces,
// numbers at the detail's two decimals, the total within rounding; what the detail leaves out is not
// compared. A create that finds its reference code taken adopts the invoice only when nothing
// differs (CreateInvoiceOperation), and a batch's follow-up takes it as sent only then (BatchTask).
class InvoiceMatch
{
public:
    // Wire names of the fields that differ ("buyer.name", "issued_date", "items",
    // "items[1].quantity" (the second line), "total_amount"); empty when the found invoice matches.
    // InvoiceFieldNames::describe() words them for people.
    static QStringList differences(const Invoice &sent, const InvoiceDetail &found);

private:
    static void compareBuyer(const Buyer &sent, const Buyer &found, QStringList &fields);
    static void compareLines(
        const QList<InvoiceLine> &sent, const QList<RemoteInvoiceLine> &found, QStringList &fields);
    static void compareTotal(const Invoice &sent, const InvoiceSummary &found, QStringList &fields);
};

} // namespace einvoice
