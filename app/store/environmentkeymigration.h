#pragma once

#include "storeresult.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace einvoice {

class Database;

// Moves the rows an earlier version wrote under another spelling of an environment (see
// core/legacyenvironmentkeys.h) to EnvironmentId::key(), in every table with an environment
// column: drafts, catalogue, invoice cache, sync state, quota readings and the outbox. Runs in
// one transaction, is idempotent, and costs one index look-up per table when nothing is left.
//
// Where a moved row meets a row already under the new key (the same invoice cached under two
// spellings), the one already there stays and the old copy goes; an outbox entry is never
// dropped: an unfinished one that meets an unfinished one stays where it was and is reported.
class EnvironmentKeyMigration
{
public:
    struct Report
    {
        int moved = 0; // rows now under their current key
        int dropped = 0; // old copies of rows already under the current key
        QStringList unresolved; // keys no known environment matches (left as they are)
        QStringList stuck; // "<table>: <key>" rows that could not move (unfinished outbox entries)
    };

    // knownCustomUrls: the custom base URLs this program knows (legacyenvironmentkeys::resolve).
    static StoreResult<Report> run(Database &database, const QList<QUrl> &knownCustomUrls);
};

} // namespace einvoice
