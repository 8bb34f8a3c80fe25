#pragma once

#include "sandboxcontext.h"
#include "sandboxrecords.h"

#include <optional>

namespace einvoice {

// The asynchronous jobs of create, issue, replace and adjust. A job stays Pending until it has been polled
// SandboxConfig::jobPendingPolls times and is at least jobPendingMs old; the poll after that
// settles it: Success, or Failed when fail_jobs is on, when the buyer name contains "[FAIL]"
// or when the quota ran out meanwhile. A failed create removes the invoice (its reference code
// can be used again); a failed issue leaves the draft as it was. Issuing assigns the next number
// of the series and a tax-authority code and takes one from the quota. A replace or adjust job is
// a create that issues, whose origin is checked again when it settles (CorrectionOriginCheck)
// and becomes replaced (5) or adjusted (10) in the transaction that issues the correction.
class JobProcessor
{
public:
    explicit JobProcessor(SandboxContext &context) : m_context(context) { }

    // Counts one poll and settles the job when it is due. Returns the job as it is now.
    StoredJob poll(StoredJob job);

    static const QString FailMarker; // "[FAIL]"

private:
    void settle(StoredJob &job);
    void fail(StoredJob &job, bool removeInvoice, const QString &message);
    bool shouldFail(const StoredInvoice &row) const;
    bool issue(const StoredInvoice &row);
    std::optional<QString> originProblem(const StoredJob &job, const StoredInvoice &row);

    SandboxContext &m_context;
};

} // namespace einvoice
