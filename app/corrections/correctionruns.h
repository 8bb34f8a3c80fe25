#pragma once

#include "api/sepayclient.h"
#include "correctionorder.h"
#include "store/storeresult.h"

#include <QObject>
#include <QPointer>

namespace einvoice {

class CorrectionSubmission;
class Database;
class OutboxRepository;

// The corrections the desktop app sends, owned by the Session: each one a CorrectionSubmission
// over the session's client and outbox, running on whatever the windows do (a closed correction
// window stops nothing; the outcome is reported here and recorded in the outbox).
class CorrectionRuns : public QObject
{
    Q_OBJECT

public:
    // database and outbox must outlive the runs.
    CorrectionRuns(Database *database, OutboxRepository *outbox, QObject *parent = nullptr);

    // The client the next corrections go through (null: none can start); environment is its
    // EnvironmentId::key(). Running ones go on through the client they started with.
    void setClient(SepayClient *client, const QString &environment);
    SepayClient *client() const { return m_client; }
    QString environment() const { return m_environment; }

    // Starts the correction; null without a client. The submission deletes itself after its
    // finished(); observe it through a QPointer.
    CorrectionSubmission *start(CorrectionOrder order);
    int running() const { return m_running; }
    // What the adjustments issued so far did to the origin's total in the current environment
    // (OriginAdjustments): what a correction window checks a decrease against.
    StoreResult<Decimal> originAdjustedBy(const QString &originReferenceCode) const;
    // Follows up every correction an earlier run left unfinished in the environment (sent, but
    // its outcome not recorded: the app closed or crashed), one submission per origin; each is
    // looked up before anything is sent again. Returns how many started.
    int resumeUnfinished();

Q_SIGNALS:
    // Every correction's end, whoever started it (the list notes the new invoice and its origin).
    void finished(const einvoice::CorrectionOrder &order, const einvoice::CorrectionOutcome &outcome);
    void runningChanged(int running);

private:
    Database *m_database;
    OutboxRepository *m_outbox;
    QPointer<SepayClient> m_client;
    QString m_environment;
    int m_running = 0;
};

} // namespace einvoice
