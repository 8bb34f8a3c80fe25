#include "usagecommand.h"

#include "api/sepayclient.h"
#include "api/usagejob.h"
#include "clioutput.h"

namespace einvoice {

void UsageCommand::run()
{
    auto *job = client()->usage();
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error());
        if (out().isJson())
            out().document(QJsonObject {{QStringLiteral("quota_remaining"), job->quotaRemaining()}});
        else
            out().fields({{tr("Quota remaining"), QString::number(job->quotaRemaining())}});
        done(ExitCode::Ok);
    });
}

} // namespace einvoice
