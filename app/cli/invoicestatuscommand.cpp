#include "invoicestatuscommand.h"

#include "api/sepayclient.h"
#include "cliformat.h"
#include "clioutput.h"

namespace einvoice {

QString InvoiceStatusCommand::checkArguments()
{
    if (const QString error = expectArguments(2); !error.isEmpty())
        return error;
    if (argument(0) == QLatin1String("create"))
        m_kind = JobKind::Create;
    else if (argument(0) == QLatin1String("issue"))
        m_kind = JobKind::Issue;
    else
        return tr(
            "Use \"invoice status create <tracking_code>\" or \"invoice status issue <tracking_code>\".");
    return QString();
}

void InvoiceStatusCommand::run()
{
    auto *job = client()->jobStatus(m_kind, argument(1));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error());
        const JobState &state = job->state();
        if (out().isJson()) {
            out().document(cliformat::jobStateJson(state, job->trackingCode()));
        } else {
            QList<QPair<QString, QString>> fields {{tr("Reference code"), state.referenceCode},
                {tr("Job status"), cliformat::jobStatus(state.status)}, {tr("Message"), state.message}};
            if (state.invoice) {
                fields.append({tr("Invoice number"), state.invoice->invoiceNumber});
                fields.append({tr("Invoice status"), cliformat::invoiceStatus(state.invoice->status)});
            }
            out().fields(fields);
        }
        done(state.status == JobStatus::Failed ? ExitCode::JobFailed : ExitCode::Ok);
    });
}

} // namespace einvoice
