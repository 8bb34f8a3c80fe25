#include "invoicegetcommand.h"

#include "api/invoicedetailjob.h"
#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"

namespace einvoice {

void InvoiceGetCommand::run()
{
    auto *job = client()->invoice(argument(0));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (endedByFailureOrJson(*job))
            return;
        const InvoiceDetail &d = job->invoice();
        const InvoiceSummary &s = d.summary;
        out().fields({{tr("Reference code"), s.referenceCode}, {tr("Invoice number"), s.invoiceNumber},
            {tr("Series"), d.invoiceSeries}, {tr("Issued date"), cliformat::date(s.issuedDate)},
            {tr("Status"), cliformat::invoiceStatus(s.status)},
            {tr("Tax authority code"), d.taxAuthorityCode}, {tr("Buyer"), s.buyer.name},
            {tr("Buyer tax code"), s.buyer.taxCode},
            {tr("Total before tax"), cliformat::money(s.totalBeforeTax)},
            {tr("Tax"), cliformat::money(s.taxAmount)}, {tr("Total"), cliformat::money(s.totalAmount)},
            {tr("PDF"), s.pdfUrl}});
        QList<QStringList> rows;
        for (const RemoteInvoiceLine &l : d.lines) {
            rows.append({QString::number(l.lineNumber), l.itemName, l.quantity.toString(),
                cliformat::money(l.unitPrice), l.taxRate.toString(), cliformat::money(l.totalAmount)});
        }
        out().line(QString());
        out().table({tr("#"), tr("ITEM"), tr("QTY"), tr("UNIT PRICE"), tr("TAX %"), tr("AMOUNT")}, rows);
        done(ExitCode::Ok);
    });
}

} // namespace einvoice
