#pragma once

#include <QString>

namespace einvoice {

// What went wrong in the local database, and in which operation. `operation` names the repository
// call ("outbox.transition", "cache.upsertPage"); `detail` is English text for logs (the driver's
// message or the refused rule). Neither ever contains payload contents or secrets.
struct StoreError
{
    enum class Kind {
        Open, // the file could not be opened or configured (path, permissions, not a database)
        Migration, // the schema could not be brought up to date, or is newer than this program
        Query, // a statement failed (constraint, disk full, busy past the timeout)
        Transaction, // BEGIN/COMMIT/ROLLBACK failed
        NotFound, // the row the call refers to does not exist
        InvalidTransition, // the outbox refused a state change
        InvalidData, // a value could not be stored or read back (corrupt JSON, unknown enum text)
        Conflict, // a unique rule refused the row (an unfinished outbox entry already exists)
    };

    Kind kind = Kind::Query;
    QString operation;
    QString detail;

    // "cache.upsertPage: UNIQUE constraint failed: ..." for logs and developer messages.
    QString toString() const;
    // A translated sentence for the user, without driver details.
    QString userMessage() const;
};

} // namespace einvoice
