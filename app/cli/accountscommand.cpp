#include "accountscommand.h"

#include "api/provideraccountjob.h"
#include "api/provideraccountsjob.h"
#include "api/sepayclient.h"
#include "clioutput.h"

#include <QJsonValue>

namespace einvoice {

QString AccountsCommand::checkArguments()
{
    return expectArguments(isShow() ? 1 : 0);
}

void AccountsCommand::run()
{
    if (isShow())
        show();
    else
        list();
}

void AccountsCommand::list()
{
    auto *job = client()->listProviderAccounts(1, 100);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (endedByFailureOrJson(*job))
            return;
        QList<QStringList> rows;
        for (const ProviderAccount &account : job->accounts()) {
            const QString approved = account.taxAuthorityApprovedDate
                ? account.taxAuthorityApprovedDate->toString(Qt::ISODate)
                : QString();
            rows.append({account.id, account.provider, CliOutput::yesNo(account.active), approved});
        }
        out().table({tr("ID"), tr("PROVIDER"), tr("ACTIVE"), tr("TAX APPROVED")}, rows);
        done(ExitCode::Ok);
    });
}

void AccountsCommand::show()
{
    auto *job = client()->providerAccount(argument(0));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (endedByFailureOrJson(*job))
            return;
        const ProviderAccount &account = job->account();
        out().fields({{tr("ID"), account.id}, {tr("Provider"), account.provider},
            {tr("Active"), CliOutput::yesNo(account.active)}});
        QList<QStringList> rows;
        for (const InvoiceTemplate &t : account.templates)
            rows.append({t.templateCode, t.invoiceSeries, t.invoiceLabel});
        out().line(QString());
        out().table({tr("TEMPLATE"), tr("SERIES"), tr("LABEL")}, rows);
        done(ExitCode::Ok);
    });
}

} // namespace einvoice
