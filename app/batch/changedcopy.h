#pragma once

#include "store/storeresult.h"

namespace einvoice {

class BatchIdentityRepository;
class BatchPlan;
class OutboxRepository;
struct Buyer;
struct PlannedInvoice;

// A row new to its file whose key, buyer and invoice date match an invoice already sent (it may
// be on the server) from another file of the same environment, with other content: most likely
// that invoice corrected in a copy of the file ("Save as"). Sending it would make a second legal
// invoice, so it is a conflict (ChangedCopy) a person decides. A key reused month after month has
// another date each time and is not matched.
class ChangedCopy
{
public:
    // Marks the item as a ChangedCopy conflict when such an invoice exists; leaves it otherwise.
    static StoreStatus check(PlannedInvoice &item, const BatchPlan &plan, const OutboxRepository &outbox,
        const BatchIdentityRepository &identities);
    // The same buyer: the same tax code when both have one, else the same name (folded).
    static bool sameBuyer(const Buyer &a, const Buyer &b);
};

} // namespace einvoice
