#include "editableinvoice.h"

#include "core/remoteinvoiceline.h"

#include <algorithm>

namespace einvoice {

namespace {

// The account templates that carry series: found in exactly one, they say template and account.
void applyTemplate(Invoice &invoice, const QList<ProviderAccount> &accounts)
{
    const QList<EditableInvoice::TemplateChoice> found
        = EditableInvoice::templatesWithSeries(invoice.invoiceSeries, accounts);
    if (found.size() == 1)
        EditableInvoice::useTemplate(invoice, found.first());
    else if (!found.isEmpty())
        invoice.templateCode = found.first().invoiceTemplate.templateCode; // the account: asked
}

} // namespace

QList<EditableInvoice::TemplateChoice> EditableInvoice::templatesWithSeries(
    const QString &series, const QList<ProviderAccount> &accounts)
{
    QList<TemplateChoice> found;
    for (const ProviderAccount &account : accounts) {
        for (const InvoiceTemplate &candidate : account.templates) {
            if (candidate.invoiceSeries == series)
                found.append({account, candidate});
        }
    }
    return found;
}

void EditableInvoice::useTemplate(Invoice &invoice, const TemplateChoice &choice)
{
    invoice.templateCode = choice.invoiceTemplate.templateCode;
    invoice.providerAccountId = choice.account.id;
}

Invoice EditableInvoice::fromDetail(const InvoiceDetail &detail, const QList<ProviderAccount> &accounts)
{
    Invoice invoice;
    invoice.templateCode = linesCarryTaxRates(detail.lines) ? QStringLiteral("1") : QStringLiteral("2");
    invoice.invoiceSeries = detail.invoiceSeries;
    invoice.issuedAt = QDateTime(detail.summary.issuedDate, QTime(8, 0));
    invoice.paymentMethod = paymentMethodFromWire(detail.paymentMethod);
    invoice.referenceCode = detail.summary.referenceCode;
    invoice.isDraft = true;
    invoice.notes = detail.summary.notes;
    invoice.buyer = detail.summary.buyer;
    applyTemplate(invoice, accounts);
    for (const RemoteInvoiceLine &remote : detail.lines)
        invoice.lines.append(invoiceLineOf(remote, invoice.isVatInvoice()));
    return invoice;
}

Invoice EditableInvoice::copyOf(const InvoiceDetail &detail, const QString &newReferenceCode,
    const QDateTime &now, const QList<ProviderAccount> &accounts)
{
    Invoice invoice = fromDetail(detail, accounts);
    invoice.referenceCode = newReferenceCode;
    invoice.issuedAt = now;
    return invoice;
}

} // namespace einvoice
