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
};

struct StoredJob
{
    QString trackingCode;
    QString kind; // "create" or "issue"
    QString referenceCode;
    int polls = 0;
    qint64 createdMs = 0;
    QString state; // "Pending", "Success", "Failed"
    QString message;
    bool alsoIssue = false; // create with is_draft false
};

} // namespace einvoice
