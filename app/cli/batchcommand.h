#pragma once

#include "batch/batchtypes.h"
#include "clicommand.h"

#include <memory>

namespace einvoice {

class BatchRunner;

// batch <file.csv> [--draft] [--concurrency N] [--decimal-separator .|,] [--yes]
// Imports the file (nothing is sent while any invoice has errors or a number that reads two ways
// and --decimal-separator does not settle it), then sends it through the outbox of the local store
// the desktop app uses too (LocalStore::defaultFilePath()), so each sees the other's unfinished
// work. Running the same command again after a crash resumes from the outbox instead of sending
// again. Exit 0 only when every invoice ended issued (or drafted).
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

private:
    static QString problemLine(const RowProblem &problem);
    QString importProblems() const;
    void report();

    BatchImport m_import;
    BatchRunner *m_runner = nullptr;
};

} // namespace einvoice
