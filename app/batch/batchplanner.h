#pragma once

#include "batchplan.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace einvoice {

class BatchIdentityRepository;
class BatchPlanThread;
class InvoiceDetailJob;
class OutboxRepository;
class SepayClient;

// Decides what a run does with each invoice of a file (issue 14), from the identities and outbox
// entries earlier runs recorded for the same source:
//  - same key, same content: done before -> Done (reported, nothing sent); unfinished -> Resume;
//    failed -> Retry once under the same reference code (the server never holds two invoices
//    under one code); a draft of an earlier draft run, now issuing -> Issue.
//  - same key, other content: if the earlier invoice never reached the server, or the server
//    proves (404) it does not hold it, the new content is sent under the same code; if the
//    server holds it -> Conflict (Changed): a person decides.
//  - new key, or changed: the same content already sent from another file or under another key
//    -> Conflict (PossibleDuplicate).
//  - new key, other content: an invoice with the same key, buyer and date was already sent from
//    another file (a corrected copy of the file, "Save as") -> Conflict (ChangedCopy).
// Earlier invoices whose existence the outbox cannot tell (sent, unknown, failed) are looked up
// on the server first, so a refused plan has sent nothing. plan() reads the local records on a
// thread of its own (BatchPlanThread) and looks up on this one. finished() comes once.
class BatchPlanner : public QObject
{
    Q_OBJECT

public:
    BatchPlanner(SepayClient *client, OutboxRepository *outbox, BatchIdentityRepository *identities,
        QObject *parent = nullptr);
    ~BatchPlanner() override;

    void plan(const BatchSource &source, const QList<BatchInvoice> &invoices, const QString &environment,
        bool draft);
    // The decisions made from the local records alone, without looking anything up (the preview).
    static BatchPlan planLocally(const BatchSource &source, const QList<BatchInvoice> &invoices,
        const QString &environment, bool draft, const OutboxRepository &outbox,
        const BatchIdentityRepository &identities, QString *error = nullptr);

    const BatchPlan &result() const { return m_plan; }
    QString errorString() const { return m_error; } // why no plan could be made

Q_SIGNALS:
    void finished();

private:
    void onPlannedLocally(const BatchPlan &plan, const QString &error);
    void lookUp(int index);
    void onLookedUp(int index, InvoiceDetailJob *job);
    void finishIfDone();

    SepayClient *m_client;
    OutboxRepository *m_outbox;
    BatchIdentityRepository *m_identities;
    BatchPlan m_plan;
    QString m_error;
    int m_lookingUp = 0;
    bool m_finished = false;
    std::unique_ptr<BatchPlanThread> m_thread;
};

} // namespace einvoice
