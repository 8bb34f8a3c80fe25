#include "invoiceissuecommand.h"

#include "api/issueinvoiceoperation.h"
#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"

namespace einvoice {

QString InvoiceIssueCommand::confirmationText() const
{
    return tr("Issue invoice %1 on Production (sent to the tax authority, uses quota).").arg(argument(0));
}

void InvoiceIssueCommand::run()
{
    auto *operation = client()->issueInvoice(argument(0), options().wait);
    connect(operation, &InvoiceOperation::progress, this, [this](const JobState &state, int checks) {
        out().note(tr("job %1 (check %2)").arg(cliformat::jobStatus(state.status)).arg(checks));
    });
    connect(operation, &InvoiceOperation::finished, this, [this, operation] { reportOperation(*operation); });
}

} // namespace einvoice
