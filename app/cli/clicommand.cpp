#include "clicommand.h"

#include "accountscommand.h"
#include "api/apierror.h"
#include "api/apijob.h"
#include "api/invoiceoperation.h"
#include "batchcommand.h"
#include "batchtemplatecommand.h"
#include "cliformat.h"
#include "clioutput.h"
#include "credentialscommand.h"
#include "invoicecorrectcommand.h"
#include "invoicecreatecommand.h"
#include "invoicedeletecommand.h"
#include "invoicedownloadcommand.h"
#include "invoicegetcommand.h"
#include "invoiceissuecommand.h"
#include "invoicelistcommand.h"
#include "invoicestatuscommand.h"
#include "reportsalescommand.h"
#include "usagecommand.h"

namespace einvoice {

CliCommand *CliCommand::create(CliContext &context, QObject *parent)
{
    const QString command = context.options.command();
    if (command == QLatin1String("accounts list") || command == QLatin1String("accounts show"))
        return new AccountsCommand(context, parent);
    if (command == QLatin1String("invoice create"))
        return new InvoiceCreateCommand(context, parent);
    if (command == QLatin1String("invoice replace") || command == QLatin1String("invoice adjust"))
        return new InvoiceCorrectCommand(context, parent);
    if (command == QLatin1String("invoice issue"))
        return new InvoiceIssueCommand(context, parent);
    if (command == QLatin1String("invoice status"))
        return new InvoiceStatusCommand(context, parent);
    if (command == QLatin1String("invoice get"))
        return new InvoiceGetCommand(context, parent);
    if (command == QLatin1String("invoice list"))
        return new InvoiceListCommand(context, parent);
    if (command == QLatin1String("invoice download"))
        return new InvoiceDownloadCommand(context, parent);
    if (command == QLatin1String("invoice delete"))
        return new InvoiceDeleteCommand(context, parent);
    if (command == QLatin1String("batch"))
        return new BatchCommand(context, parent);
    if (command == QLatin1String("template"))
        return new BatchTemplateCommand(context, parent);
    if (command.startsWith(QLatin1String("report")))
        return new ReportSalesCommand(context, parent);
    if (command == QLatin1String("usage"))
        return new UsageCommand(context, parent);
    if (command == QLatin1String("login") || command == QLatin1String("logout"))
        return new CredentialsCommand(context, parent);
    return nullptr;
}

int CliCommand::argumentCount() const
{
    const qsizetype words = options().command().count(QLatin1Char(' ')) + 1;
    return int(std::max<qsizetype>(0, options().words.size() - words));
}

QString CliCommand::argument(int index) const
{
    const qsizetype words = options().command().count(QLatin1Char(' ')) + 1;
    return options().words.value(words + index);
}

QString CliCommand::expectArguments(int count) const
{
    if (argumentCount() == count)
        return QString();
    return tr("\"%1\" takes %n argument(s).", nullptr, count).arg(options().command());
}

void CliCommand::done(ExitCode code)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(int(code));
}

void CliCommand::fail(const ApiError &error)
{
    out().error(error);
    done(exitCodeFor(error));
}

bool CliCommand::endedByFailureOrJson(const ApiJob &job)
{
    if (!job.succeeded()) {
        fail(job.error());
        return true;
    }
    if (!out().isJson())
        return false;
    out().document(job.rawData().toObject());
    done(ExitCode::Ok);
    return true;
}

void CliCommand::reportOperation(const InvoiceOperation &operation)
{
    if (!operation.succeeded()) {
        out().note(tr("Reference code: %1").arg(operation.referenceCode()));
        fail(operation.error());
        return;
    }
    if (out().isJson())
        out().document(cliformat::operationResult(operation));
    else
        out().fields(cliformat::operationFields(operation));
    done(operation.jobFailed() ? ExitCode::JobFailed : ExitCode::Ok);
}

} // namespace einvoice
