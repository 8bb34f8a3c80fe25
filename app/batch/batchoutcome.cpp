#include "batchoutcome.h"

namespace einvoice {

namespace {

int rank(BatchFailure failure)
{
    switch (failure) {
    case BatchFailure::None:
        return 0;
    case BatchFailure::Job:
        return 1;
    case BatchFailure::Network:
    case BatchFailure::Busy:
    case BatchFailure::Refused:
    case BatchFailure::Conflict:
    case BatchFailure::Store:
        return 2;
    case BatchFailure::Quota:
        return 3;
    case BatchFailure::Auth:
        return 4;
    }
    return 0;
}

} // namespace

BatchFailure BatchOutcome::decisiveOf(BatchFailure a, BatchFailure b)
{
    return rank(b) > rank(a) ? b : a;
}

BatchOutcome BatchOutcome::of(
    const QList<BatchItemResult> &results, const QString &startError, BatchFailure startFailure)
{
    BatchOutcome outcome;
    outcome.startError = startError;
    outcome.startFailure = startFailure;
    outcome.decisive = startFailure;
    outcome.total = int(results.size());
    for (const BatchItemResult &result : results) {
        switch (result.status) {
        case BatchItemStatus::Done:
            ++(result.earlier ? outcome.doneEarlier : outcome.doneNow);
            break;
        case BatchItemStatus::Failed:
            ++outcome.failed;
            break;
        case BatchItemStatus::Skipped:
            ++outcome.skipped;
            break;
        case BatchItemStatus::Cancelled:
            ++outcome.cancelled;
            break;
        default: // unknown, or still queued or sent
            ++outcome.unknown;
            break;
        }
        outcome.decisive = decisiveOf(outcome.decisive, result.failure);
    }
    return outcome;
}

QString BatchOutcome::summary() const
{
    if (!startError.isEmpty())
        return tr("Nothing was sent: %1").arg(startError);
    if (total == 0)
        return tr("The file has no invoices.");
    const QString earlier
        = doneEarlier > 0 ? u' ' + tr("(%n by an earlier run)", nullptr, doneEarlier) : QString();
    if (allDone())
        return tr("All %n invoice(s) are done", nullptr, total) + earlier + u'.';
    QStringList rest;
    if (failed > 0)
        rest << tr("%n failed", nullptr, failed);
    if (unknown > 0)
        rest << tr("%n not known yet (checked again on the next run)", nullptr, unknown);
    if (cancelled > 0)
        rest << tr("%n not sent", nullptr, cancelled);
    if (skipped > 0)
        rest << tr("%n skipped", nullptr, skipped);
    return tr("%1 of %n invoice(s) are done", nullptr, total).arg(done()) + earlier + QStringLiteral("; ")
        + rest.join(QStringLiteral(", ")) + u'.';
}

} // namespace einvoice
