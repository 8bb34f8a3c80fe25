#pragma once

#include <Qt>

namespace einvoice {

// Custom item data roles of every model in app/models. Views and proxies read raw values here,
// never by parsing display text.
namespace roles {

enum Role {
    // Provider accounts
    AccountIdRole = Qt::UserRole + 1, // QString, opaque id
    ProviderCodeRole, // QString, e.g. "matbao"
    ActiveRole, // bool; the delegate paints the badge from it
    ApprovedDateRole, // QDate, invalid when not recorded
    TemplateCountRole, // int, -1 while the detail is not loaded

    // Invoice templates
    TemplateCodeRole = Qt::UserRole + 100, // QString
    InvoiceSeriesRole, // QString
    InvoiceLabelRole, // QString
};

} // namespace roles
} // namespace einvoice
