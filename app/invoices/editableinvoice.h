#pragma once

#include "core/invoice.h"
#include "core/remoteinvoice.h"

namespace einvoice {

// An invoice from the server as the editor takes it (issue 17): a server draft to edit, or any
// invoice copied into a new one. The series and the lines come from the detail. The template and
// provider account are those of the one account template with that series (accounts: the known
// accounts with their templates); without one, the template is the VAT invoice when a line
// carries a non-zero tax rate, the sales invoice otherwise, and the account is left to the editor.
class EditableInvoice
{
public:
    // One account template that carries a series.
    struct TemplateChoice
    {
        ProviderAccount account;
        InvoiceTemplate invoiceTemplate;
    };
    // The account templates with this series: more than one means the user must say which.
    static QList<TemplateChoice> templatesWithSeries(
        const QString &series, const QList<ProviderAccount> &accounts);
    static void useTemplate(Invoice &invoice, const TemplateChoice &choice);

    // The draft as it is on the server, under its own reference code.
    static Invoice fromDetail(const InvoiceDetail &detail, const QList<ProviderAccount> &accounts = {});
    // Buyer and lines of detail in a new invoice: new reference code, draft, no number.
    static Invoice copyOf(const InvoiceDetail &detail, const QString &newReferenceCode, const QDateTime &now,
        const QList<ProviderAccount> &accounts = {});
};

} // namespace einvoice
