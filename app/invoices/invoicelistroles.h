#pragma once

#include "core/itemroles.h"

namespace einvoice {

// Custom item data roles of the invoice list model, in itemroles::invoiceListBase's range. Views and the
// exports read raw values here, never by parsing display text.
namespace invoicelistroles {

enum Role {
    ReferenceCodeRole = itemroles::invoiceListBase, // QString
    InvoiceNumberRole, // QString as sent ("0" while draft)
    InvoiceNumberValueRole, // qlonglong, 0 while draft or not numeric
    InvoiceSeriesRole, // QString, empty until known
    IssuedDateRole, // QDate
    BuyerNameRole, // QString
    BuyerTaxCodeRole, // QString
    TotalBeforeTaxRole, // qlonglong, Decimal units (1/10000)
    TaxAmountRole, // qlonglong, Decimal units
    TotalAmountRole, // qlonglong, Decimal units
    StatusRole, // int, einvoice::InvoiceStatus
    BadgeRole, // int, einvoice::InvoiceBadge; the delegate paints the badge from it
    SourceRole, // int, einvoice::InvoiceSource
    DocumentTypeRole, // int 1..10, -1 when unknown
    LocalStateRole, // int, einvoice::LocalState
    BuyerLegalNameRole, // QString, buyer.legal_name
    InvoiceListRolesEnd
};
static_assert(itemroles::fitsFamily(itemroles::invoiceListBase, ReferenceCodeRole, InvoiceListRolesEnd));

} // namespace invoicelistroles
} // namespace einvoice
