#pragma once

#include "batchtypes.h"

#include <QCoreApplication>
#include <QList>

namespace einvoice {

// How a batch run ended, counted from its results, in words that never say "all done" unless
// every invoice of the file is drafted or issued (now or by an earlier run). The command line and
// the batch page say the same thing from it.
struct BatchOutcome
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchOutcome)

public:
    int total = 0;
    int doneNow = 0;
    int doneEarlier = 0;
    int failed = 0; // the job or the request failed
    int unknown = 0; // outcome not known yet: followed up on the next run
    int cancelled = 0; // not sent (cancelled, or sending stopped)
    int skipped = 0; // not sent by decision (a changed invoice or a possible duplicate)
    QString startError; // why the run did not start
    BatchFailure startFailure = BatchFailure::None;
    // The failure that decides the exit code, by precedence (see decisive()).
    BatchFailure decisive = BatchFailure::None;

    static BatchOutcome of(const QList<BatchItemResult> &results, const QString &startError = QString(),
        BatchFailure startFailure = BatchFailure::None);

    int done() const { return doneNow + doneEarlier; }
    bool allDone() const { return startError.isEmpty() && total > 0 && done() == total; }
    // One sentence: "All 12 invoices are done (3 by an earlier run)." or "7 of 12 invoices are
    // done; 2 failed, 1 not known yet, 2 not sent."
    QString summary() const;

    // Refused credentials, then the quota, then anything to run again (no answer, server busy,
    // refused request, a different invoice under the code, the outbox), then failed jobs.
    static BatchFailure decisiveOf(BatchFailure a, BatchFailure b);
};

} // namespace einvoice
