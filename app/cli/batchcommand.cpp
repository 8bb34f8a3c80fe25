#include "batchcommand.h"

#include "api/apiconnection.h"
#include "api/provideraccountjob.h"
#include "api/sepayclient.h"
#include "batch/batchfilereader.h"
#include "batch/batchimporter.h"
#include "batch/batchnumbercolumns.h"
#include "batch/batchrunner.h"
#include "batch/batchsession.h"
#include "batch/batchsheetsource.h"
#include "batch/batchsourcelock.h"
#include "batchreport.h"
#include "clioutput.h"
#include "clisession.h"
#include "store/batchidentityrepository.h"
#include "store/localstore.h"
#include "store/outboxrepository.h"

#include <QFile>
#include <QHash>
#include <QTimer>

namespace einvoice {

namespace {
constexpr int LockRetryMs = 200;
}

BatchCommand::BatchCommand(CliContext &context, QObject *parent) : CliCommand(context, parent) { }

BatchCommand::~BatchCommand() = default;

QString BatchCommand::checkArguments()
{
    if (const QString error = expectArguments(1); !error.isEmpty())
        return error;
    // CSV or .xlsx, told by content; a file that cannot be read is refused before anything else.
    const CsvFile file = BatchFileReader::read(argument(0), options().sheet);
    if (!file.problem.isEmpty())
        return argument(0) + QStringLiteral(": ") + file.problem;
    m_sheets = BatchFileReader::sheetNames(argument(0));
    m_source = BatchSheetSource::withoutRecords(argument(0), file.sheetName, m_sheets);
    m_file = file;
    m_importOptions.draft = options().draft;
    m_importOptions.providerAccountId = options().account;
    if (!options().decimalSeparator.isNull()) {
        for (const BatchColumn column : BatchNumberColumns::columns())
            m_importOptions.decimalSeparators.insert(column, options().decimalSeparator);
    }
    m_import = BatchImporter::import(m_file, m_importOptions);
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

bool BatchCommand::openOutbox()
{
    // WAL with synchronous=NORMAL: every committed state change survives a killed process (the
    // kill test); a power cut may lose the last few, and then the stable reference codes make
    // the server answer 409 to a resend, which is adopted. FULL costs an fsync per change
    // (about 6x the batch's wall time, see bench/batch).
    m_store = session().openStore(/*fullSync=*/false);
    if (!m_store) {
        out().error(QStringLiteral("store"), session().storeError());
        return false;
    }
    m_session = new BatchSession(
        client(), {&m_store->database(), &m_store->outbox(), &m_store->batchIdentities()}, this);
    connect(m_session, &BatchSession::planned, this, &BatchCommand::onPlanned);
    connect(m_session, &BatchSession::finished, this, &BatchCommand::report);
    return true;
}

// The sheet's own source, or the file's when the sheet used it before (BatchSheetSource).
bool BatchCommand::resolveSource()
{
    const StoreResult<BatchSource> source = BatchSheetSource::resolve(
        m_store->batchIdentities(), m_environment, argument(0), m_source.sheetName, m_sheets);
    if (!source) {
        out().error(QStringLiteral("store"), source.error().toString());
        return false;
    }
    m_source = source.value();
    return true;
}

void BatchCommand::run()
{
    m_environment = client()->environment().id().key();
    if (!openOutbox() || !resolveSource())
        return done(ExitCode::Failure);
    connect(client()->connection(), &ApiConnection::waiting, this, [this](int delayMs, bool serverBusy) {
        if (delayMs < 1000)
            return;
        const int seconds = (delayMs + 999) / 1000;
        out().note(serverBusy ? tr("server busy, retrying in %n s", nullptr, seconds)
                              : tr("no answer, retrying in %n s", nullptr, seconds));
    });
    checkAccountTemplates();
}

// The rows that go through --account are checked against its templates (template code and
// series), as the batch page checks them, so that a pair the account does not have is refused on
// its row before anything is sent.
void BatchCommand::checkAccountTemplates()
{
    if (options().account.isEmpty())
        return planRun();
    auto *job = client()->providerAccount(options().account);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded())
            return fail(job->error());
        m_importOptions.validation.account = job->account();
        m_import = BatchImporter::import(m_file, m_importOptions);
        if (m_import.errorCount() > 0 || m_import.confirmationCount() > 0) {
            out().error(QStringLiteral("usage"), importProblems());
            return done(ExitCode::Usage);
        }
        planRun();
    });
}

void BatchCommand::planRun()
{
    reportOtherUnfinished();
    lockThenPlan();
}

// One run per file: another process sending the same file is waited for, then this run finds
// what it did and sends only what is left.
void BatchCommand::lockThenPlan()
{
    if (m_session->plan(m_source, m_import.invoices, options().draft))
        return;
    if (!m_waitNoted) {
        m_waitNoted = true;
        out().note(tr("Another run (process %1) is sending %2; waiting for it to end.")
                       .arg(m_session->holderPid())
                       .arg(m_source.fileName));
    }
    QTimer::singleShot(LockRetryMs, this, &BatchCommand::lockThenPlan);
}

// Unfinished invoices of other files are not touched here, but named: running their file again
// continues them.
void BatchCommand::reportOtherUnfinished()
{
    const auto unfinished = m_store->outbox().unfinished(m_environment);
    if (!unfinished)
        return;
    QHash<QString, int> bySource;
    for (const OutboxEntry &entry : unfinished.value()) {
        if (!entry.batchId.isEmpty() && entry.batchId != m_source.key)
            ++bySource[entry.batchId];
    }
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const auto run = m_store->batchIdentities().latestRun(m_environment, it.key());
        const QString name = run && run.value() ? run.value()->fileName : it.key();
        BatchSourceLock other(m_store->filePath(), m_environment, BatchSource {it.key(), name, {}});
        if (!other.tryLock())
            out().note(
                tr("%n invoice(s) of %1 are being sent by another run (process %2).", nullptr, it.value())
                    .arg(name)
                    .arg(other.holderPid()));
        else
            out().note(tr("%n invoice(s) of an interrupted run of %1 are unfinished; run \"batch %1\" again "
                          "to finish them.",
                nullptr, it.value())
                           .arg(name));
    }
}

void BatchCommand::onPlanned()
{
    if (!m_session->planError().isEmpty()) {
        out().error(QStringLiteral("plan"), tr("Nothing was sent: %1").arg(m_session->planError()));
        return done(ExitCode::Failure);
    }
    if (refuseConflicts()) {
        m_session->abandon();
        return;
    }
    reportResumed();
    startRun();
}

// Changed invoices that are on the server, and possible duplicates: refused as a whole (nothing
// of the file is sent) unless --as-new says to issue them as new invoices.
bool BatchCommand::refuseConflicts()
{
    BatchPlan &plan = m_session->currentPlan();
    const QList<int> conflicts = plan.conflicts();
    if (conflicts.isEmpty())
        return false;
    QStringList lines;
    for (const int index : conflicts) {
        if (options().asNew && plan.issueAsNew(index))
            continue;
        QString line = plan.conflictText(plan.items.at(index));
        if (options().asNew)
            line += u' '
                + tr("Its reference code comes from the file: change it there to issue a new invoice.");
        lines.append(line);
    }
    if (lines.isEmpty())
        return false;
    const QString hint = options().asNew ? QString()
                                         : u'\n'
            + tr("Put those rows back as they were, or add --as-new to issue each of them as a new invoice "
                 "(a new reference code; the earlier invoice stays as it is).");
    out().error(QStringLiteral("conflict"),
        tr("%1: %n invoice(s) need a decision; nothing was sent:", nullptr, int(lines.size()))
                .arg(m_source.fileName)
            + u'\n' + lines.join(u'\n') + hint);
    done(ExitCode::Usage);
    return true;
}

void BatchCommand::reportResumed()
{
    int resumed = 0;
    int dropped = 0;
    for (const PlannedInvoice &item : std::as_const(m_session->currentPlan().items)) {
        resumed += item.action == PlanAction::Resume ? 1 : 0;
        dropped += item.action == PlanAction::Drop ? 1 : 0;
    }
    if (resumed > 0)
        out().note(tr("Resuming the interrupted run of %1: %n unfinished invoice(s) are followed up first.",
            nullptr, resumed)
                       .arg(m_source.fileName));
    if (dropped > 0)
        out().note(tr("%n invoice(s) queued by an interrupted run are no longer in the file: not sent.",
            nullptr, dropped));
}

void BatchCommand::startRun()
{
    BatchRunOptions runOptions;
    runOptions.concurrency = options().concurrency.value_or(4);
    connect(m_session, &BatchSession::countsChanged, this, [this](const BatchCounts &counts) {
        out().note(tr("queued %1, sent %2, done %3, failed %4")
                       .arg(counts.queued)
                       .arg(counts.sent)
                       .arg(counts.done)
                       .arg(counts.failed));
    });
    m_session->start(runOptions);
}

void BatchCommand::report()
{
    const BatchRunner &runner = *m_session->runner();
    BatchReport::print(out(), runner);
    done(BatchReport::exitCode(runner.outcome()));
}

} // namespace einvoice
