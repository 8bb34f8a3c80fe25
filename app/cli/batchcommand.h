#pragma once

#include "batch/batchplan.h"
#include "batch/batchsource.h"
#include "batch/batchtypes.h"
#include "clicommand.h"

#include <memory>

namespace einvoice {

class BatchIdentityRepository;
class BatchSession;
class Database;
class OutboxRepository;

// batch <file.csv> [--draft] [--as-new] [--concurrency N] [--decimal-separator .|,] [--yes]
// Imports the file (nothing is sent while any invoice has errors or a number that reads two ways
// and --decimal-separator does not settle it), then sends it through the outbox in
// <AppDataLocation>/outbox-<environment>.sqlite. The file's invoices are recognised
// across runs by the file's name and their keys (issue 14): a run after a crash, an edit of other
// rows or a re-save continues where the earlier one ended and sends each invoice once. A key that
// comes back with other content after its invoice was issued is refused (exit 2, nothing sent)
// unless --as-new issues it as a new invoice. One run per file at a time: a second one waits.
// Exit 0 only when every invoice ended issued (or drafted); otherwise 3, 4, 1, 5 by precedence.
class BatchCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit BatchCommand(CliContext &context, QObject *parent = nullptr);
    ~BatchCommand() override;

    QString checkArguments() override;
    bool writes() const override { return true; }
    QString confirmationText() const override;
    void run() override;

    static QString outboxPath(const QString &environmentName);

private:
    static QString problemLine(const RowProblem &problem);
    QString importProblems() const;
    bool openOutbox();
    void lockThenPlan();
    void reportOtherUnfinished();
    void onPlanned();
    bool refuseConflicts();
    void reportResumed();
    void startRun();
    void report();

    BatchImport m_import;
    BatchSource m_source;
    QString m_environment;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BatchIdentityRepository> m_identities;
    BatchSession *m_session = nullptr;
    bool m_waitNoted = false;
};

} // namespace einvoice
