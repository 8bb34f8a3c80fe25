#pragma once

#include <QString>

namespace einvoice {

// The user's own company as it prints on reports (issue 19): the seller block of the invoices the
// provider issues for it. The API sends no seller fields; the app learns them from an invoice XML
// it downloaded (NBan) and the user sets or corrects them in Settings, per environment.
struct SellerProfile
{
    QString name;
    QString taxCode; // as registered ("0312345678" or "0312345678-001")
    QString address;

    bool isEmpty() const { return name.isEmpty() && taxCode.isEmpty() && address.isEmpty(); }
    bool operator==(const SellerProfile &other) const = default;
};

} // namespace einvoice
