#pragma once

#include "decimal.h"
#include "enums.h"
#include "invoice.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace einvoice {

// The invoice summary object the server returns (sepay-api.md 4.1): list items and job results.
struct InvoiceSummary
{
    QString referenceCode;
    QString invoiceNumber; // "0" while draft
    QDate issuedDate;
    QString pdfUrl;
    QString xmlUrl; // empty when null
    InvoiceStatus status = InvoiceStatus::Draft;
    Buyer buyer;
    Decimal totalBeforeTax;
    Decimal taxAmount;
    Decimal totalAmount;
    QString notes;
    InvoiceSource source = InvoiceSource::Unknown;

    bool operator==(const InvoiceSummary &) const = default;
};

// A line as the detail endpoint returns it: numbers arrive as strings with two decimals.
struct RemoteInvoiceLine
{
    int lineNumber = 0;
    LineType lineType = LineType::Goods;
    QString itemCode;
    QString itemName;
    QString unit;
    Decimal quantity;
    Decimal unitPrice;
    Decimal totalAmount;
    Decimal taxRate; // "-2.00", "10.00", ...
    Decimal taxAmount;

    bool operator==(const RemoteInvoiceLine &) const = default;
};

// GET /v1/invoices/{reference_code} (sepay-api.md 4.2).
struct InvoiceDetail
{
    InvoiceSummary summary;
    QString invoiceSeries;
    std::optional<int> documentType; // 1..10, see documentTypeText()
    QString taxAuthorityCode;
    QString providerStatus; // "1".."9"
    QString paymentMethod;
    QList<RemoteInvoiceLine> lines;
    // Of a replacement or adjustment: the invoice it corrects and how. Not in the documented
    // detail (sepay-api.md 4.2); the local sandbox sends them, named as in the request [INF].
    QString originalReferenceCode; // original_invoice_reference_code
    QString adjustmentType; // adjustment_type: "increase", "decrease", "combined", "info"

    bool operator==(const InvoiceDetail &) const = default;
};

// The result of a create/check or issue/check poll (sepay-api.md 5.5, 5.7).
struct JobState
{
    QString referenceCode;
    JobStatus status = JobStatus::Pending;
    QString message;
    std::optional<InvoiceSummary> invoice;
};

// The accepted-request answer of create and issue.
struct JobTicket
{
    QString trackingCode;
    QString trackingUrl;
    QString message;
};

struct InvoiceTemplate
{
    QString templateCode;
    QString invoiceSeries;
    QString invoiceLabel;

    bool operator==(const InvoiceTemplate &) const = default;
};

// sepay-api.md 4.7.
struct ProviderAccount
{
    QString id;
    QString provider;
    bool active = false;
    std::optional<QDate> taxAuthorityApprovedDate;
    QList<InvoiceTemplate> templates; // detail only

    bool operator==(const ProviderAccount &) const = default;
};

struct Paging
{
    int perPage = 0;
    int total = 0;
    bool hasMore = false;
    int currentPage = 1;
    int pageCount = 0;
};

struct DownloadedFile
{
    FileType fileType = FileType::Pdf;
    QString fileName;
    QByteArray content; // decoded bytes
};

} // namespace einvoice
