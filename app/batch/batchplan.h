#pragma once

#include "batchsource.h"
#include "batchtypes.h"
#include "core/remoteinvoice.h"
#include "store/batchidentity.h"
#include "store/outboxentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace einvoice {

// What a run does with one invoice of the file, decided from what earlier runs recorded.
enum class PlanAction {
    Send, // new, or changed content that never reached the server: create it
    Resume, // unfinished from an earlier run, same content: follow it up (a queued one is sent)
    Retry, // failed before, same content: sent once more under the same reference code
    Issue, // a draft made by an earlier draft run, now issuing: issue that draft
    Done, // drafted or issued as wanted by an earlier run: nothing is sent, it is reported
    Conflict, // needs a person's decision first (see ConflictKind)
    Skip, // the person chose not to send it
    Drop // queued by an interrupted run, but its row is no longer in the file: cancelled
};

enum class ConflictKind {
    None,
    Changed, // the key comes back with other content, and the earlier invoice is on the server
    PossibleDuplicate, // the same content was sent from another file or under another key
    HeldByOther, // the server holds a different invoice under this reference code
    // A key new to the file, with other content than an invoice of the same key, buyer and date
    // already sent from another file: that invoice corrected in a copy of the file
    ChangedCopy
};

struct PlannedInvoice
{
    BatchInvoice invoice; // invoice.referenceCode is the code this run uses
    QString fingerprint; // empty for an entry whose row is no longer in the file
    int revision = 1;
    bool explicitReference = false; // the file gave the reference code: it is used as is
    PlanAction action = PlanAction::Send;
    ConflictKind conflict = ConflictKind::None;
    std::optional<OutboxEntry> entry; // the earlier outbox entry this run continues or requeues
    // What stands against it, for the question: what was sent before and what the server has.
    QJsonObject earlierPayload;
    QString earlierReference;
    QString earlierNumber;
    std::optional<InvoiceSummary> onServer;
    // PossibleDuplicate: the invoice it repeats; ChangedCopy: the invoice it may correct.
    std::optional<BatchIdentity> duplicateOf;
    QString duplicateFile; // the name of the file it came from
    QDate earlierDate; // ChangedCopy: the invoice date of that invoice
    int newRevision = 0; // Changed: the revision "issue as new" takes
    // Changed, and the outbox cannot tell whether the earlier invoice reached the server: it is
    // looked up before anything is sent (Send when proven absent, else Conflict).
    bool needsLookUp = false;
    QString skipReason; // Skip for another reason than a conflict (a row with errors left out)

    bool canIssueAsNew() const;
    // The run sends a request for it (Send, Resume, Retry, Issue).
    bool sends() const;
};

// The plan of one run: every invoice of the file with its action. Conflicts must be resolved
// (skip, or issue as new) before the run starts; the runner writes the plan to the outbox in one
// transaction before the first request.
class BatchPlan
{
    Q_DECLARE_TR_FUNCTIONS(einvoice::BatchPlan)

public:
    BatchSource source;
    QString environment;
    bool draft = true;
    QList<PlannedInvoice> items;

    QList<int> conflicts() const; // indexes still waiting for a decision
    // Resolves a conflict: false when the choice is not possible (a changed invoice whose
    // reference code the file gives cannot be issued as new under it).
    bool skip(int index);
    // An invoice of the file this run leaves out (its rows have errors): reported as skipped.
    void leaveOut(const BatchInvoice &invoice, const QString &reason);
    bool issueAsNew(int index);
    // Invoices this run sends a request for.
    int toSend() const;
    // Those of them that use quota when issuing (creates that issue, and issues).
    int toIssue() const;
    // One translated sentence per conflict: row, key, what happened ("line 4, key HD-2: ...").
    QString conflictText(const PlannedInvoice &item) const;
};

} // namespace einvoice
