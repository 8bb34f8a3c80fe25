#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "core/remoteinvoice.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace einvoice {

// What this app knows locally about an invoice beyond the server's answer.
enum class LocalState {
    None = 0,
    Pending = 1, // a create or issue job of this app is running
    Failed = 2, // this app's last job for it failed (message in localMessage)
};

// Everything the list cache keeps about one invoice of one environment.
struct CachedInvoice
{
    InvoiceSummary summary;
    // Known from the detail endpoint or from the invoice this app sent; empty/unset otherwise.
    QString invoiceSeries;
    std::optional<int> documentType;
    QString providerStatus;
    QString taxAuthorityCode;
    QString paymentMethod;
    LocalState localState = LocalState::None;
    QString localMessage;
    QDateTime updatedAt; // UTC, when the row last changed locally
};

// The lean row the invoice list model holds (issue 7 columns). Amounts are exact Decimals
// (stored as integer units).
struct CachedInvoiceRow
{
    QString referenceCode;
    QString invoiceNumber;
    QString invoiceSeries;
    QDate issuedDate;
    QString buyerName; // buyer.name: the person, or the company when legal_name is empty
    QString buyerLegalName; // buyer.legal_name: the company, printed as "Tên đơn vị"
    QString buyerTaxCode;
    Decimal totalBeforeTax;
    Decimal taxAmount;
    Decimal totalAmount;
    InvoiceStatus status = InvoiceStatus::Draft;
    InvoiceSource source = InvoiceSource::Unknown;
    std::optional<int> documentType;
    LocalState localState = LocalState::None;
    QString providerStatus; // "1".."9" once the detail was read (sepay-api.md 4.6), else empty
};

// Narrows find(): all set members must match. search matches a substring of the number, buyer
// name, legal name, tax code or reference code (SQLite LIKE: case-insensitive for ASCII only).
struct CacheFilter
{
    std::optional<QDate> from; // inclusive
    std::optional<QDate> to; // inclusive
    std::optional<InvoiceStatus> status;
    std::optional<InvoiceSource> source;
    QString search;
    int limit = -1;
};

// What upsertPage() did.
struct UpsertCounts
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
};

} // namespace einvoice
