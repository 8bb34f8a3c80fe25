#pragma once

#include "batch/batchplan.h"
#include "ui/common/questions.h"

#include <QCoreApplication>

namespace einvoice {

// Asks, through the one Questions seam, what to do with the invoices of a plan that need a
// person's decision (issue 14): a key that comes back with other content while the earlier
// invoice is on the server, or an invoice equal to one already sent from another file. Shows both
// sides (what was sent before and what the file says now) and offers, per invoice, to skip it
// (the default) or to issue it as a new invoice under a new revision reference code.
class BatchConflicts
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchConflicts)

public:
    enum Column { RowColumn, KeyColumn, BeforeColumn, NowColumn };
    enum Choice { Skip = 0, IssueAsNew = 1 };

    // Asks about plan's conflicts and applies the answers to it (BatchPlan::skip, issueAsNew).
    // True to send the rest; false (cancelled) to send nothing. True at once without conflicts.
    static bool decide(Questions &questions, QWidget *parent, BatchPlan &plan);
    // The question decide() asks.
    static Questions::Decisions question(const BatchPlan &plan);

    // The earlier invoice of a conflict and the file's, as a few lines for people.
    static QString before(const PlannedInvoice &item);
    static QString now(const Invoice &invoice);

private:
    static QString describe(const Invoice &invoice);
};

} // namespace einvoice
