#pragma once

#include "batch/batchimporter.h"
#include "batch/batchplan.h"
#include "batch/batchsource.h"
#include "batch/batchtypes.h"
#include "clicommand.h"

#include <memory>

namespace einvoice {

class BatchSession;
class LocalStore;

// batch <file.csv> [--draft] [--as-new] [--concurrency N] [--decimal-separator .|,] [--yes]
// Imports the file (nothing is sent while any invoice has errors or a number that reads two ways
// and --decimal-separator does not settle it), then sends it through a BatchSession (the same
// app-layer run the desktop app's batch page uses) over the outbox of the local store the desktop
// app uses too (LocalStore::defaultFilePath()), so each sees the other's unfinished work. The
// file's invoices are recognised across runs by the file's name and their keys (issue 14): a run
// after a crash, an edit of other rows or a re-save continues where the earlier one ended and
// sends each invoice once. A key that comes back with other content after its invoice was issued
// is refused (exit 2, nothing sent) unless --as-new issues it as a new invoice. One run per file
// at a time: a second one waits.
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

private:
    static QString problemLine(const RowProblem &problem);
    QString importProblems() const;
    bool openOutbox();
    bool resolveSource();
    void checkAccountTemplates();
    void planRun();
    void lockThenPlan();
    void reportOtherUnfinished();
    void onPlanned();
    bool refuseConflicts();
    void reportResumed();
    void startRun();
    void report();

    CsvFile m_file;
    BatchImportOptions m_importOptions;
    BatchImport m_import;
    BatchSource m_source;
    QStringList m_sheets; // the workbook's visible sheets; none for a CSV file
    QString m_environment;
    LocalStore *m_store = nullptr; // the session's
    BatchSession *m_session = nullptr;
    bool m_waitNoted = false;
};

} // namespace einvoice
