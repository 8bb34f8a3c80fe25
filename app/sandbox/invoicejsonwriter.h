#pragma once

#include "core/invoice.h"
#include "sandboxrecords.h"

#include <QJsonObject>
#include <QUrl>

namespace einvoice {

// The response objects of the invoice endpoints, in the documented shapes (sepay-api.md 4.1,
// 4.2): summary for list items and job results, detail with items as two-decimal strings.
class InvoiceJsonWriter
{
public:
    static QJsonObject summary(const StoredInvoice &row, const QUrl &baseUrl);
    static QJsonObject detail(const StoredInvoice &row, const Invoice &invoice, const QUrl &baseUrl);

    // A decimal text as a JSON number: an integer when whole, else a double (wire only).
    static QJsonValue amount(const QString &decimalText);

    static QString invoiceNumberText(const StoredInvoice &row); // "0" for drafts
    static QString pdfUrl(const StoredInvoice &row, const QUrl &baseUrl);

private:
    static QJsonArray detailItems(const Invoice &invoice);
};

} // namespace einvoice
