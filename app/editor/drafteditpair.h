#pragma once

#include "store/outboxentry.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace einvoice {

class Clock;
class OutboxRepository;
class SepayClient;

// Editing a server draft (the API cannot change one) creates the new draft first and deletes the
// old one after. The new draft's create entry in the outbox records which draft it replaces, in
// its payload under "_replaces_draft" (keys starting with "_" are never sent). So when the app
// stopped between the two steps, the next start (or the end of a create followed up on start)
// deletes the old draft once the new one is on the server: two drafts for a while, never none,
// never both for good.
//
// A pair is finished from the server's state: the new draft must exist, the old one must still be
// a draft; only pairs recorded within the last week are looked at. No widgets.
class DraftEditPair : public QObject
{
    Q_OBJECT

public:
    static void record(QJsonObject &payload, const QString &replacedDraft);
    static QString replacedDraftOf(const OutboxEntry &entry);

    // client, outbox and clock are not owned and must outlive this object.
    DraftEditPair(SepayClient *client, OutboxRepository *outbox, const QString &environment,
        const Clock *clock, QObject *parent = nullptr);

    // Looks at every recorded pair whose new draft was created; returns how many it checks.
    int finishInterrupted();

Q_SIGNALS:
    void oldDraftDeleted(const QString &oldReference, const QString &newReference);

private:
    void finish(const QString &newReference, const QString &oldReference);
    void deleteOld(const QString &newReference, const QString &oldReference);

    SepayClient *m_client;
    OutboxRepository *m_outbox;
    QString m_environment;
    const Clock *m_clock;
    QSet<QString> m_busy; // old drafts being checked or deleted
};

} // namespace einvoice
