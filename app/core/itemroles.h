#pragma once

#include <Qt>

namespace einvoice::itemroles {

// Where each model family's custom item data roles begin. Families are familySize apart and every
// roles header checks with a static_assert that it stays inside its own range, so a view, proxy or
// delegate given the wrong model reads nothing instead of another family's value.
inline constexpr int familySize = 100;
inline constexpr int accountsBase = Qt::UserRole + 100; // app/accounts/accountroles.h
inline constexpr int editorBase = Qt::UserRole + 200; // app/editor/editorroles.h
inline constexpr int invoiceListBase = Qt::UserRole + 300; // app/invoices/invoicelistroles.h

// True when the roles [first, end) of a family lie inside the range that starts at base.
constexpr bool fitsFamily(int base, int first, int end)
{
    return first >= base && end <= base + familySize;
}

} // namespace einvoice::itemroles
