#include "batchcommand.h"

#include "api/sepayclient.h"
#include "batch/batchimporter.h"
#include "batch/batchnumbercolumns.h"
#include "batch/batchrunner.h"
#include "clioutput.h"
#include "clisession.h"
#include "store/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace einvoice {

BatchCommand::BatchCommand(CliContext &context, QObject *parent) : CliCommand(context, parent) { }

BatchCommand::~BatchCommand() = default;

QString BatchCommand::checkArguments()
{
    if (const QString error = expectArguments(1); !error.isEmpty())
        return error;
    QFile file(argument(0));
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(argument(0), file.errorString());
    if (const QString tooBig = BatchImporter::fileSizeProblem(file.size()); !tooBig.isEmpty())
        return argument(0) + QStringLiteral(": ") + tooBig; // refused before it is read
    BatchImportOptions importOptions;
    importOptions.draft = options().draft;
    importOptions.providerAccountId = options().account;
    if (!options().decimalSeparator.isNull()) {
        for (const BatchColumn column : BatchNumberColumns::columns())
            importOptions.decimalSeparators.insert(column, options().decimalSeparator);
    }
    m_import = BatchImporter::import(file.readAll(), importOptions);
    if (m_import.errorCount() == 0 && m_import.confirmationCount() == 0)
        return QString();
    return importProblems();
}

QString BatchCommand::problemLine(const RowProblem &problem)
{
    if (problem.row <= 0)
        return problem.message;
    if (problem.column.isEmpty())
        return tr("line %1: %2").arg(QString::number(problem.row), problem.message);
    return tr("line %1 %2: %3").arg(QString::number(problem.row), problem.column, problem.message);
}

// Every error and every number that reads two ways, by line and column; nothing was sent.
QString BatchCommand::importProblems() const
{
    QStringList lines;
    for (const RowProblem &problem : std::as_const(m_import.fileProblems))
        lines.append(problemLine(problem));
    for (const BatchInvoice &invoice : std::as_const(m_import.invoices)) {
        for (const RowProblem &problem : invoice.problems) {
            if (problem.error || problem.needsConfirmation())
                lines.append(problemLine(problem));
        }
    }
    if (m_import.confirmationCount() > 0)
        lines.append(tr("State how the file writes decimals and run again: --decimal-separator , when "
                        "1.500 is fifteen hundred and 2,5 two and a half; --decimal-separator . when "
                        "1,500 is fifteen hundred and 2.5 two and a half."));
    if (m_import.errorCount() > 0 && options().account.isEmpty())
        lines.append(tr("Rows without a provider account take the one given with --account ID "
                        "(see accounts list)."));
    const QString head = m_import.errorCount() > 0
        ? tr("%1 has %n invoice(s) with errors; nothing was sent:", nullptr, m_import.errorCount())
        : tr("%1 has %n number(s) that read two ways; nothing was sent:", nullptr,
            m_import.confirmationCount());
    return head.arg(argument(0)) + u'\n' + lines.join(u'\n');
}

QString BatchCommand::confirmationText() const
{
    return options().draft
        ? tr("Create %n draft invoice(s) on Production.", nullptr, int(m_import.invoices.size()))
        : tr("Create AND ISSUE %n invoice(s) on Production (sent to the tax authority).", nullptr,
            int(m_import.invoices.size()));
}

void BatchCommand::run()
{
    // WAL with synchronous=NORMAL: every committed state change survives a killed process (the
    // kill test); a power cut may lose the last few, and then the stable reference codes make
    // the server answer 409 to a resend, which is adopted. FULL costs an fsync per change
    // (about 6x the batch's wall time, see bench/batch).
    LocalStore *store = session().openStore(/*fullSync=*/false);
    if (!store) {
        out().error(QStringLiteral("store"), session().storeError());
        return done(ExitCode::Failure);
    }
    m_runner = new BatchRunner(client(), &store->outbox(), this);
    BatchRunOptions runOptions;
    runOptions.environment = client()->environment().id().key();
    runOptions.batchId = m_import.batchId;
    runOptions.draft = options().draft;
    runOptions.concurrency = options().concurrency.value_or(4);
    connect(m_runner, &BatchRunner::countsChanged, this, [this](const BatchCounts &counts) {
        out().note(tr("queued %1, sent %2, done %3, failed %4")
                       .arg(counts.queued)
                       .arg(counts.sent)
                       .arg(counts.done)
                       .arg(counts.failed));
    });
    connect(m_runner, &BatchRunner::finished, this, &BatchCommand::report);
    m_runner->start(m_import.invoices, runOptions);
}

void BatchCommand::report()
{
    const BatchCounts counts = m_runner->counts();
    if (out().isJson()) {
        QJsonArray rows;
        for (const BatchItemResult &result : m_runner->results()) {
            rows.append(QJsonObject {{QStringLiteral("row"), result.row},
                {QStringLiteral("reference_code"), result.referenceCode},
                {QStringLiteral("invoice_number"), result.invoiceNumber},
                {QStringLiteral("status"), batchItemStatusName(result.status)},
                {QStringLiteral("message"), result.message}, {QStringLiteral("resumed"), result.resumed}});
        }
        out().document(QJsonObject {{QStringLiteral("batch_id"), m_import.batchId},
            {QStringLiteral("done"), counts.done}, {QStringLiteral("failed"), counts.failed},
            {QStringLiteral("error"), m_runner->errorString()}, {QStringLiteral("invoices"), rows}});
    } else {
        QList<QStringList> rows;
        for (const BatchItemResult &result : m_runner->results()) {
            if (result.status != BatchItemStatus::Done)
                rows.append({QString::number(result.row), result.referenceCode,
                    batchItemStatusName(result.status), result.message});
        }
        if (!rows.isEmpty())
            out().table({tr("Row"), tr("Reference code"), tr("Status"), tr("Message")}, rows);
        if (!m_runner->errorString().isEmpty())
            out().line(m_runner->errorString());
        out().line(tr("%1 invoice(s) done, %2 not done.").arg(counts.done).arg(counts.total() - counts.done));
    }
    done(m_runner->allSucceeded() ? ExitCode::Ok : ExitCode::Failure);
}

} // namespace einvoice
