#pragma once

#include "invoice.h"
#include "jsonfieldreader.h"

#include <QJsonObject>

namespace einvoice::json {

// The buyer object (sepay-api.md 4.3), shared by the create payload and the responses.
// Empty fields and an unspecified type are left out.
QJsonObject buyerToJson(const Buyer &buyer);
// Requests reject an unknown buyer.type; responses read it as Unspecified (some integrations
// send undocumented values such as "enterprise").
Buyer readBuyer(JsonFieldReader &reader);

} // namespace einvoice::json
