#include "invoicerows.h"

#include "core/correctionkind.h"
#include "core/invoicejson.h"
#include "core/totals.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace einvoice {

StoredInvoice InvoiceRows::fromInvoice(const Invoice &invoice, const QJsonObject &payload)
{
    const InvoiceTotals totals = computeTotals(invoice);
    StoredInvoice row;
    row.referenceCode = invoice.referenceCode;
    row.accountId = invoice.providerAccountId;
    row.templateCode = invoice.templateCode;
    row.invoiceSeries = invoice.invoiceSeries;
    row.issuedDate = payload.value(QStringLiteral("issued_date")).toString();
    row.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    row.source = QStringLiteral("api");
    row.totalBeforeTax = totals.totalBeforeTax.toString();
    row.taxAmount = totals.totalVat.toString();
    row.totalAmount = invoice.totalAmountOverride ? QString::number(*invoice.totalAmountOverride)
                                                  : totals.grandTotal.toString();
    return row;
}

std::optional<Invoice> InvoiceRows::invoiceOf(const StoredInvoice &row)
{
    const Parsed<Invoice> parsed
        = json::invoiceFromCreatePayload(QJsonDocument::fromJson(row.payload).object());
    if (const Invoice *invoice = std::get_if<Invoice>(&parsed))
        return *invoice;
    return std::nullopt;
}

int InvoiceRows::documentTypeOf(const StoredInvoice &row)
{
    if (row.documentType)
        return *row.documentType;
    return row.status == QLatin1String("issued") ? DocumentType::Original : DocumentType::Draft;
}

QString InvoiceRows::providerStatusOf(const StoredInvoice &row)
{
    if (!row.providerStatus.isEmpty())
        return row.providerStatus;
    return row.status == QLatin1String("issued") ? QStringLiteral("4") : QStringLiteral("1");
}

QString InvoiceRows::statusTextOf(const StoredInvoice &row)
{
    if (row.status != QLatin1String("issued"))
        return QStringLiteral("draft");
    return documentTypeOf(row) == DocumentType::Cancelled ? QStringLiteral("cancelled")
                                                          : QStringLiteral("issued");
}

QString InvoiceRows::seriesKey(const StoredInvoice &row)
{
    return row.accountId + QLatin1Char('|') + row.templateCode + QLatin1Char('|') + row.invoiceSeries;
}

QString InvoiceRows::taxAuthorityCode(const StoredInvoice &row, qint64 number, quint64 seed)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray hash = QCryptographicHash::hash(
        (row.referenceCode + QString::number(seed)).toUtf8(), QCryptographicHash::Sha256);
    QString middle;
    for (int i = 0; i < 5; ++i)
        middle += QLatin1Char(alphabet[quint8(hash.at(i)) % 32]);
    return QStringLiteral("M%1-%2-%3-%4")
        .arg(row.templateCode, row.invoiceSeries.mid(1, 2), middle)
        .arg(number, 11, 10, QLatin1Char('0'));
}

} // namespace einvoice
