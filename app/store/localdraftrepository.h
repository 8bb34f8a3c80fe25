#pragma once

#include "localdraft.h"
#include "storeresult.h"

#include <QJsonObject>
#include <QList>

namespace einvoice {

class Clock;
class Database;

// Local drafts (issue 6). Each save is one committed transaction: once save() returns ok, the
// draft survives a crash of the app. The invoice is kept as its create payload JSON
// (json::toCreatePayload) and read back with json::invoiceFromCreatePayload.
class LocalDraftRepository
{
public:
    explicit LocalDraftRepository(Database &database);
    LocalDraftRepository(Database &database, const Clock &clock);

    // Inserts (empty id) or replaces the draft; returns it with id and timestamps filled in.
    StoreResult<LocalDraft> save(LocalDraft draft);
    // InvalidData (naming the draft and the JSON field) when the payload no longer parses.
    StoreResult<LocalDraft> load(const QString &id) const;
    // The stored payload as it is, for recovering a draft that load() cannot read.
    StoreResult<QJsonObject> loadPayload(const QString &id) const;
    // The environment's drafts, most recently edited first.
    StoreResult<QList<LocalDraftListItem>> list(const QString &environment) const;
    StoreResult<int> count(const QString &environment) const;
    // NotFound when there was no such draft.
    StoreStatus remove(const QString &id);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace einvoice
