#pragma once

#include "batchresumer.h"
#include "batchsession.h"

#include <QObject>
#include <QPointer>

namespace einvoice {

class SepayClient;

// The batch runs of the desktop app, owned by the application layer (Session) and never by the
// page that shows them: hiding, retranslating or rebuilding the page does not stop a run. Holds
// the current run (a BatchSession, as the command line runs one) and what runs of an earlier
// process left unfinished (a BatchResumer, taken up once per client). Pages observe both.
class BatchRuns : public QObject
{
    Q_OBJECT

public:
    // The stores must outlive this object.
    explicit BatchRuns(const BatchStores &stores, QObject *parent = nullptr);

    const BatchStores &stores() const { return m_stores; }
    // A new run over client in place of the previous one (which must not be busy).
    BatchSession *newSession(SepayClient *client);
    BatchSession *session() const { return m_session; }
    // Takes up what earlier runs left unfinished in the client's environment, once per client
    // (the resumer is the client's child: it goes with it). Null when nothing was left.
    BatchResumer *resume(SepayClient *client);
    BatchResumer *resumer() const { return m_resumer; }

Q_SIGNALS:
    // An interrupted run was taken up: sent invoices are being checked, the others wait.
    void resumed(einvoice::BatchResumer *resumer);

private:
    BatchStores m_stores;
    QPointer<BatchSession> m_session;
    QPointer<BatchResumer> m_resumer;
};

} // namespace einvoice
