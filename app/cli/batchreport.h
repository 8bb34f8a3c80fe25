#pragma once

#include "batch/batchoutcome.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace einvoice {

class BatchRunner;
class CliOutput;

// What the batch command prints when its run has ended, and its exit code.
class BatchReport
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchReport)

public:
    // Table mode: the invoices not done (and those done by an earlier run) and the summary;
    // JSON mode: one document with every invoice.
    static void print(CliOutput &out, const BatchRunner &runner);
    // 0 only when every invoice is done; else by precedence: 3 refused credentials, 4 quota used
    // up, 1 anything to run again (no answer, server busy, a refused request), 5 failed jobs.
    static ExitCode exitCode(const BatchOutcome &outcome);
};

} // namespace einvoice
