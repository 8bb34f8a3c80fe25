#pragma once

#include "core/decimal.h"
#include "store/storeresult.h"

#include <QString>

namespace einvoice {

class Database;
class OutboxRepository;

// What the adjustments issued so far did to an invoice's total, so that a new decrease cannot take
// off more than is left of it (CorrectionValidator). Known from the stored details that name the
// invoice as their origin (the server's word: this computer, another one, the provider's portal)
// and from this computer's adjustments that succeeded before their detail was read.
class OriginAdjustments
{
public:
    // The net change: increases positive, decreases negative; zero when there was none.
    static StoreResult<Decimal> netOf(const Database &database, const OutboxRepository &outbox,
        const QString &environment, const QString &originReferenceCode);
};

} // namespace einvoice
