#pragma once

#include "storeresult.h"

namespace einvoice {

class Database;

// The schema as an ordered list of migrations; PRAGMA user_version records the last one applied.
// The pending migrations and the version bump run in one write transaction that also reads the
// version, so two processes opening a fresh file together migrate it once. Never edit a released
// migration: append a new one.
class Migrations
{
public:
    static int latestVersion();
    // Applies the pending migrations up to targetVersion (0 = latest). Refuses a file whose version
    // is newer than this program knows.
    static StoreStatus apply(Database &database, int targetVersion = 0);
};

} // namespace einvoice
