#include "invoicedeletecommand.h"

#include "api/deletedraftjob.h"
#include "api/sepayclient.h"
#include "clioutput.h"

namespace einvoice {

QString InvoiceDeleteCommand::confirmationText() const
{
    return tr("Delete draft invoice %1 on Production.").arg(argument(0));
}

void InvoiceDeleteCommand::run()
{
    auto *job = client()->deleteDraft(argument(0));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error());
        if (out().isJson())
            out().document(QJsonObject {{QStringLiteral("reference_code"), job->referenceCode()},
                {QStringLiteral("deleted"), true}, {QStringLiteral("message"), job->message()}});
        else
            out().line(tr("Deleted draft %1.").arg(job->referenceCode()));
        done(ExitCode::Ok);
    });
}

} // namespace einvoice
