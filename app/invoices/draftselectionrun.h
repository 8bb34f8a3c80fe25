#pragma once

#include "editor/invoiceactions.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace einvoice {

class EditorOutbox;
class OutboxRepository;
class SepayClient;

// Issues or deletes the server drafts chosen in the invoice list (issue 17), one after another.
// Issuing goes through the crash-safe outbox (EditorOutbox: an entry written before the request
// leaves, followed up after a crash, never sent twice); an issue entry left open when the run
// stops is followed up by the session's editor actions on the next start. Deleting a draft is one
// request each. One result per invoice; a failure does not stop the others. No widgets.
//
// The client and the outbox are not owned and must outlive this object.
class DraftSelectionRun : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Issue, Delete };
    Q_ENUM(Kind)

    using Result = InvoiceActions::Result;

    DraftSelectionRun(
        SepayClient *client, OutboxRepository *outbox, const QString &environment, QObject *parent = nullptr);

    // False when a run is going on or there is nothing to do.
    bool start(Kind kind, const QStringList &referenceCodes);
    bool isRunning() const { return m_index < m_references.size(); }
    Kind kind() const { return m_kind; }
    QString environment() const { return m_environment; }
    void setFollowUp(int delayMs, int maxFollowUps);

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(const einvoice::InvoiceActions::Result &result);
    void finished(const QList<einvoice::InvoiceActions::Result> &results);

private:
    void next();
    void deleteOne(const QString &referenceCode);
    void onItemFinished(const Result &result);

    SepayClient *m_client;
    EditorOutbox *m_outbox;
    QString m_environment;
    Kind m_kind = Kind::Issue;
    QStringList m_references;
    qsizetype m_index = 0;
    QList<Result> m_results;
};

} // namespace einvoice
