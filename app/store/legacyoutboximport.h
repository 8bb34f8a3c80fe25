#pragma once

#include <QString>

namespace einvoice {

class Database;

// The command line kept its batch outbox in a file per environment (outbox-<environment>.sqlite
// next to the local database) before issue 15. Their entries, with their events, are copied into
// the local database once, and each file is then renamed to "<name>.imported", so that the app
// and the command line see each other's unfinished work. An entry already copied (same
// environment, reference code, kind, batch and creation time) is not copied twice; an unfinished
// entry whose invoice already has an unfinished entry here stays out (that work is here already).
class LegacyOutboxImport
{
public:
    struct Report
    {
        int files = 0; // files imported and renamed
        int entries = 0; // entries copied
        int skipped = 0; // entries already here
    };

    // A file that cannot be read or copied is left where it is (and tried again next time).
    static Report run(Database &database, const QString &folder);
};

} // namespace einvoice
