#pragma once

#include "decimal.h"
#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

// The buyer block of a create request (sepay-api.md 4.3). Empty strings mean "not given".
struct Buyer
{
    BuyerType type = BuyerType::Unspecified;
    QString name;
    QString legalName;
    QString taxCode;
    QString address;
    QString email;
    QString phone;
    QString buyerCode;
    QString nationalId;

    bool operator==(const Buyer &) const = default;
};

// One line of a create request (sepay-api.md 5.4, items[]). Optional numbers are unset when not sent.
struct InvoiceLine
{
    int lineNumber = 1;
    LineType lineType = LineType::Goods;
    QString itemCode;
    QString itemName;
    QString unit;
    std::optional<Decimal> quantity; // up to 2 decimals
    std::optional<Decimal> unitPrice;
    std::optional<TaxRate> taxRate; // required on VAT invoices, absent on sales invoices
    std::optional<Decimal> discountPercent; // wire name: discount_tax
    std::optional<Decimal> discountAmount;
    std::optional<Decimal> amountBeforeDiscountAndTax; // wire: before_discount_and_tax_amount

    bool operator==(const InvoiceLine &) const = default;
};

// An invoice as the client builds it before POST /v1/invoices/create.
struct Invoice
{
    QString templateCode; // "1" VAT invoice, "2" sales invoice, ...
    QString invoiceSeries; // e.g. "C26TAA"
    QDateTime issuedAt; // local Asia/Ho_Chi_Minh wall time; sent as "yyyy-MM-dd HH:mm:ss"
    Currency currency = Currency::VND;
    std::optional<PaymentMethod> paymentMethod;
    QString providerAccountId;
    QString referenceCode;
    bool isDraft = true;
    QString notes;
    std::optional<qint64> totalAmountOverride; // wire: total_amount (integer), sent only when set
    Buyer buyer;
    QList<InvoiceLine> lines;

    bool isVatInvoice() const { return templateCode == QStringLiteral("1"); }
    bool operator==(const Invoice &) const = default;
};

} // namespace einvoice
