#pragma once

#include "core/decimal.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

// Before tax, VAT and total of some invoices, exact, in one currency.
struct Money
{
    Decimal beforeTax;
    Decimal vat;
    Decimal total;

    Money &operator+=(const Money &other)
    {
        beforeTax += other.beforeTax;
        vat += other.vat;
        total += other.total;
        return *this;
    }
    bool operator==(const Money &) const = default;
};

// One VAT rate of the sales-by-rate report.
struct RateRow
{
    int rate = 0; // reportrate code
    int invoices = 0; // invoices with a money line (goods, promotion, trade discount) at this rate
    Money money;
    bool operator==(const RateRow &) const = default;
};

// The sales by rate of one currency: VAT invoices by rate, sales invoices (template 2) beside them.
struct CurrencyRates
{
    QString currency; // "VND", "USD", ...
    QList<RateRow> rows; // ordered -2, -1, 0, 5, 8, 10; rates without an invoice left out
    int invoices = 0; // each VAT invoice once
    Money totals;
    int salesInvoices = 0;
    Decimal salesTotal;
    int assumedVnd = 0; // invoices counted as VND because their currency is not known locally
};

// How much of the period the figures stand on (issue 19 "Completeness").
struct Completeness
{
    int invoices = 0; // issued in the period (drafts aside)
    int waitingDetail = 0; // their detail (lines, corrections) is not stored yet
    int waitingXml = 0; // mixed rates whose XML per-rate totals are not stored yet
    bool complete() const { return waitingDetail == 0 && waitingXml == 0; }
    int ready() const { return invoices - waitingDetail - waitingXml; }
};

// One row of the listing (bảng kê): an invoice at one rate.
struct ListingRow
{
    QString currency;
    std::optional<int> rate; // nullopt: a sales invoice
    QString referenceCode;
    QString templateCode; // "1" VAT invoice, "2" sales invoice
    QString series;
    QString number;
    QDate issuedDate;
    QString buyerName;
    QString buyerTaxCode;
    Money money;
    QString notes;
};

struct BuyerRow
{
    QString currency;
    QString taxCode;
    QString name;
    int invoices = 0;
    Money money;
};

struct ItemRow
{
    QString currency;
    QString code;
    QString name;
    QString unit;
    Decimal quantity;
    Decimal revenue; // before tax; trade discounts subtract
};

struct MonthRow
{
    QString currency;
    QDate month; // the first day
    int invoices = 0;
    Money money;
};

} // namespace einvoice
