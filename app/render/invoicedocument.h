#pragma once

#include "core/correctionreference.h"
#include "core/invoice.h"
#include "core/totals.h"

#include <QString>

#include <optional>

namespace einvoice {

// The seller block printed on an invoice (it comes from the provider account, not the request).
struct SellerInfo
{
    QString name;
    QString taxCode;
    QString address;
    QString phone;
    QString email;
    QString bankAccount;
};

// Everything needed to print one invoice: the content as created plus what issuance adds.
// The sandbox renders its downloads from it; the desktop app can render a local preview
// (mark = Preview, no number, no tax-authority code).
struct InvoiceDocument
{
    enum class Mark { None, Draft, Preview };

    Invoice invoice;
    SellerInfo seller;
    QString templateName; // e.g. "Hóa đơn giá trị gia tăng"; empty: derived from the template code
    QString invoiceNumber; // empty or "0" while not issued
    QString taxAuthorityCode; // MCCQT, empty before issuance
    Mark mark = Mark::None;
    // Set on a replacement or adjustment: printed as the legal reference line and written to
    // the XML's related-invoice block (TTHDLQuan).
    std::optional<CorrectionLink> correction;

    bool isNumbered() const { return !invoiceNumber.isEmpty() && invoiceNumber != QLatin1String("0"); }
    // The template name to print: templateName, or the usual name of the template code.
    QString effectiveTemplateName() const;
    // The total to pay: the client's total_amount override when set, else the computed total.
    Decimal payableTotal(const InvoiceTotals &totals) const;
    // The payable total in Vietnamese words, "Một trăm nghìn đồng".
    QString payableTotalInWords(const InvoiceTotals &totals) const;
    // The buyer organisation's name (Tên đơn vị, XML NMua/Ten of a company): its legal name, else
    // its name; empty for a buyer that is not a company.
    QString buyerOrganisationName() const;
    // The buyer's person name (Họ tên người mua hàng, XML HVTNMHang): the name of a buyer that is
    // not a company; of a company, its name when a different legal name names the company.
    QString buyerPersonName() const;
};

} // namespace einvoice
