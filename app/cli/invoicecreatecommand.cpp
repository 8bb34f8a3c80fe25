#include "invoicecreatecommand.h"

#include "api/createinvoiceoperation.h"
#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"
#include "core/invoicejson.h"
#include "core/invoicevalidator.h"
#include "invoicefile.h"

namespace einvoice {

QString InvoiceCreateCommand::checkArguments()
{
    if (const QString error = expectArguments(1); !error.isEmpty())
        return error;
    if (const QString error = readInvoice(); !error.isEmpty())
        return error;
    if (options().draft)
        m_invoice.isDraft = true;
    const ValidationIssues issues = InvoiceValidator::validate(m_invoice);
    if (hasErrors(issues))
        return ApiError::validation(issues).text();
    return QString();
}

QString InvoiceCreateCommand::readInvoice()
{
    InvoiceFile file;
    const QString problem = file.read(argument(0));
    m_invoice = file.invoice();
    m_generated = file.referenceCodeGenerated();
    return problem;
}

QString InvoiceCreateCommand::confirmationText() const
{
    return m_invoice.isDraft ? tr("Create a draft invoice %1 on Production.").arg(m_invoice.referenceCode)
                             : tr("Create AND ISSUE invoice %1 on Production (sent to the tax authority).")
                                   .arg(m_invoice.referenceCode);
}

void InvoiceCreateCommand::run()
{
    if (m_generated)
        out().line(tr("Generated reference code: %1").arg(m_invoice.referenceCode));
    auto *operation = client()->createInvoice(m_invoice, options().wait);
    connect(operation, &InvoiceOperation::progress, this, [this](const JobState &state, int checks) {
        out().note(tr("job %1 (check %2)").arg(cliformat::jobStatus(state.status)).arg(checks));
    });
    connect(operation, &InvoiceOperation::finished, this, [this, operation] { reportOperation(*operation); });
}

} // namespace einvoice
