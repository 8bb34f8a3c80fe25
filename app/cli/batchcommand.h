#pragma once

#include "batch/batchtypes.h"
#include "clicommand.h"

#include <memory>

namespace einvoice {

class BatchRunner;
class Database;
class OutboxRepository;

// batch <file.csv> [--draft] [--concurrency N] [--decimal-separator .|,] [--yes]
// Imports the file (nothing is sent while any invoice has errors or a number that reads two ways
// and --decimal-separator does not settle it), then sends it through the
// outbox in <AppDataLocation>/outbox-<environment>.sqlite. Running the same command again after a
// crash resumes from the outbox instead of sending again. Exit 0 only when every invoice ended
// issued (or drafted).
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
    void report();

    BatchImport m_import;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    BatchRunner *m_runner = nullptr;
};

} // namespace einvoice
