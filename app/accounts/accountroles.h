#pragma once

#include "core/itemroles.h"

namespace einvoice {

// Custom item data roles of the account models (app/accounts), in itemroles::accountsBase's range. Views and
// proxies read raw values here, never by parsing display text.
namespace accountroles {

enum Role {
    // Provider accounts
    AccountIdRole = itemroles::accountsBase, // QString, opaque id
    ProviderCodeRole, // QString, e.g. "matbao"
    ActiveRole, // bool; the delegate paints the badge from it
    ApprovedDateRole, // QDate, invalid when not recorded
    TemplateCountRole, // int, -1 while the detail is not loaded

    // Invoice templates
    TemplateCodeRole = itemroles::accountsBase + 50, // QString
    InvoiceSeriesRole, // QString
    InvoiceLabelRole, // QString
    AccountRolesEnd
};
static_assert(itemroles::fitsFamily(itemroles::accountsBase, AccountIdRole, AccountRolesEnd));

} // namespace accountroles
} // namespace einvoice
