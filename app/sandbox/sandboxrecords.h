#pragma once

#include "core/remoteinvoice.h"
#include "render/invoicedocument.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace einvoice {

// Rows of the sandbox database (see SandboxDatabase for the schema).

struct StoredAccount
{
    ProviderAccount account; // id, provider, active, approval date, templates
    bool registrationApproved = true; // false: issuing answers 422 REGISTRATION_NOT_TAX_APPROVED
    SellerInfo seller;
    QStringList templateNames; // parallel to account.templates: "Hóa đơn giá trị gia tăng"
};

struct StoredInvoice
{
    QString referenceCode;
    QString accountId;
    QString templateCode;
    QString invoiceSeries;
    QString issuedDate; // "yyyy-MM-dd HH:mm:ss" as sent
    QString status; // "creating" (create job pending, invisible), "draft", "issued"
    qint64 invoiceNumber = 0;
    QString taxAuthorityCode;
    QByteArray payload; // the create request body, reference_code filled in
    QString source; // "api" or "manual"
    QString totalBeforeTax; // decimal text
    QString taxAmount;
    QString totalAmount;
    QString createTracking;
    QString issueTracking;
    qint64 sequence = 0; // insertion order
    // Corrections (sepay-api.md appendix B, C). documentType unset: 1 for a draft, 2 once issued;
    // set on replacements (4), adjustments (6-9), replaced (5), adjusted (10) and cancelled (3)
    // invoices. providerStatus empty: "1" for a draft, "4" once issued.
    std::optional<int> documentType;
    QString providerStatus;
    QString originalReferenceCode; // of a replacement or adjustment: the invoice it corrects
    QString adjustmentType; // of an adjustment: "increase", "decrease", "combined", "info"
};

struct StoredJob
{
    QString trackingCode;
    QString kind; // "create", "issue", "replace" or "adjust"
    QString referenceCode;
    int polls = 0;
    qint64 createdMs = 0;
    QString state; // "Pending", "Success", "Failed"
    QString message;
    bool alsoIssue = false; // create with is_draft false
};

} // namespace einvoice
