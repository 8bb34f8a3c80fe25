#include "invoicecachesql.h"

#include "invoicesearchindex.h"
#include "sqlvalues.h"
#include "statement.h"

#include <QStringList>

namespace einvoice {

namespace {

// Summary columns in a fixed order; each is also its placeholder name.
const QStringList &summaryColumns()
{
    static const QStringList columns {
        QStringLiteral("invoice_number"),
        QStringLiteral("issued_day"),
        QStringLiteral("status"),
        QStringLiteral("source"),
        QStringLiteral("buyer_type"),
        QStringLiteral("buyer_name"),
        QStringLiteral("buyer_legal_name"),
        QStringLiteral("buyer_tax_code"),
        QStringLiteral("buyer_address"),
        QStringLiteral("buyer_email"),
        QStringLiteral("buyer_phone"),
        QStringLiteral("buyer_code"),
        QStringLiteral("buyer_national_id"),
        QStringLiteral("total_before_tax"),
        QStringLiteral("tax_amount"),
        QStringLiteral("total_amount"),
        QStringLiteral("notes"),
        QStringLiteral("pdf_url"),
        QStringLiteral("xml_url"),
    };
    return columns;
}

QString placeholder(const QString &column)
{
    return QLatin1Char(':') + column;
}

InvoiceStatus statusFrom(const QVariant &value)
{
    return invoiceStatusFromWire(value.toString()).value_or(InvoiceStatus::Draft);
}

InvoiceSource sourceFrom(const QVariant &value)
{
    return invoiceSourceFromWire(value.toString()).value_or(InvoiceSource::Unknown);
}

// The buyer fields a list item does not carry (sepay-api.md 4.1: only name, tax code, address,
// email and phone): what a detail or this app's own invoice stored stays when a page says nothing.
bool isDetailOnly(const QString &column)
{
    static const QStringList detailOnly {QStringLiteral("buyer_type"), QStringLiteral("buyer_legal_name"),
        QStringLiteral("buyer_code"), QStringLiteral("buyer_national_id")};
    return detailOnly.contains(column);
}

} // namespace

QString InvoiceCacheSql::upsertSummary(SummaryOrigin origin, SearchId searchId)
{
    QStringList placeholders;
    QStringList assignments;
    QStringList changed;
    for (const QString &column : summaryColumns()) {
        placeholders.append(placeholder(column));
        const QString incoming = QStringLiteral("excluded.") + column;
        if (origin == SummaryOrigin::ListPage && isDetailOnly(column)) {
            assignments.append(column + QStringLiteral(" = CASE WHEN ") + incoming
                + QStringLiteral(" <> '' THEN ") + incoming + QStringLiteral(" ELSE ") + column
                + QStringLiteral(" END"));
            changed.append(QStringLiteral("(") + incoming + QStringLiteral(" <> '' AND ") + column
                + QStringLiteral(" IS NOT ") + incoming + QStringLiteral(")"));
            continue;
        }
        assignments.append(column + QStringLiteral(" = ") + incoming);
        changed.append(column + QStringLiteral(" IS NOT ") + incoming);
    }
    return QStringLiteral("INSERT INTO invoice_cache (environment, reference_code, updated_at, search_id, ")
        + summaryColumns().join(QStringLiteral(", "))
        + QStringLiteral(") VALUES (:environment, :reference_code, :updated_at, ")
        + (searchId == SearchId::Bound ? QStringLiteral(":search_id") : InvoiceSearchIndex::nextSearchId())
        + QStringLiteral(", ") + placeholders.join(QStringLiteral(", "))
        + QStringLiteral(") ON CONFLICT(environment, reference_code) DO UPDATE SET ")
        + assignments.join(QStringLiteral(", ")) + QStringLiteral(", updated_at = excluded.updated_at WHERE ")
        + changed.join(QStringLiteral(" OR "));
}

QString InvoiceCacheSql::updateExtras()
{
    return QStringLiteral(
        "UPDATE invoice_cache SET invoice_series = :series, document_type = :document_type,"
        " provider_status = :provider_status, tax_authority_code = :tax_authority_code,"
        " payment_method = :payment_method, local_state = :local_state, local_message = :local_message"
        " WHERE environment = :environment AND reference_code = :reference_code");
}

// The list answer has no series; a row's is known once its detail was read, or else from the
// create request this app, the CLI or a batch sent for it (the outbox keeps its payload).
QString InvoiceCacheSql::listSeries()
{
    return QStringLiteral(
        "CASE WHEN invoice_series <> '' THEN invoice_series ELSE COALESCE((SELECT"
        " json_extract(o.payload, '$.invoice_series') FROM outbox o WHERE o.kind = 'create'"
        " AND o.environment = invoice_cache.environment AND o.reference_code = invoice_cache.reference_code"
        " ORDER BY o.id DESC LIMIT 1), '') END");
}

QString InvoiceCacheSql::selectRows()
{
    return QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(" FROM invoice_cache");
}

QString InvoiceCacheSql::rowColumns()
{
    return QStringLiteral("invoice_cache.reference_code, invoice_number, ") + listSeries()
        + QStringLiteral(
            ", issued_day, buyer_name, buyer_tax_code,"
            " total_before_tax, tax_amount, total_amount, status, source, document_type, local_state,"
            " buyer_legal_name, provider_status");
}

QString InvoiceCacheSql::selectFull()
{
    return QStringLiteral("SELECT reference_code, ") + summaryColumns().join(QStringLiteral(", "))
        + QStringLiteral(", invoice_series, document_type, provider_status, tax_authority_code,"
                         " payment_method, local_state, local_message, updated_at FROM invoice_cache");
}

void InvoiceCacheSql::bindSummary(
    Statement &statement, const QString &environment, const InvoiceSummary &summary, const QDateTime &now)
{
    using namespace sqlvalues;
    const Buyer &buyer = summary.buyer;
    const QVariant values[] = {
        text(summary.invoiceNumber),
        day(summary.issuedDate),
        text(toWire(summary.status)),
        text(toWire(summary.source)),
        text(toWire(buyer.type)),
        text(buyer.name),
        text(buyer.legalName),
        text(buyer.taxCode),
        text(buyer.address),
        text(buyer.email),
        text(buyer.phone),
        text(buyer.buyerCode),
        text(buyer.nationalId),
        amount(summary.totalBeforeTax),
        amount(summary.taxAmount),
        amount(summary.totalAmount),
        text(summary.notes),
        text(summary.pdfUrl),
        text(summary.xmlUrl),
    };
    static_assert(std::size(values) == 19);
    const QStringList &columns = summaryColumns();
    for (int i = 0; i < columns.size(); ++i)
        statement.bind(placeholder(columns.at(i)), values[i]);
    statement.bind(QStringLiteral(":environment"), text(environment))
        .bind(QStringLiteral(":reference_code"), text(summary.referenceCode))
        .bind(QStringLiteral(":updated_at"), timestamp(now));
}

void InvoiceCacheSql::bindExtras(
    Statement &statement, const QString &environment, const CachedInvoice &invoice)
{
    using namespace sqlvalues;
    statement.bind(QStringLiteral(":series"), text(invoice.invoiceSeries))
        .bind(QStringLiteral(":document_type"), optionalInt(invoice.documentType))
        .bind(QStringLiteral(":provider_status"), text(invoice.providerStatus))
        .bind(QStringLiteral(":tax_authority_code"), text(invoice.taxAuthorityCode))
        .bind(QStringLiteral(":payment_method"), text(invoice.paymentMethod))
        .bind(QStringLiteral(":local_state"), int(invoice.localState))
        .bind(QStringLiteral(":local_message"), text(invoice.localMessage))
        .bind(QStringLiteral(":environment"), text(environment))
        .bind(QStringLiteral(":reference_code"), text(invoice.summary.referenceCode));
}

CachedInvoiceRow InvoiceCacheSql::readRow(const Statement &statement)
{
    using namespace sqlvalues;
    CachedInvoiceRow row;
    row.referenceCode = statement.value(0).toString();
    row.invoiceNumber = statement.value(1).toString();
    row.invoiceSeries = statement.value(2).toString();
    row.issuedDate = toDay(statement.value(3));
    row.buyerName = statement.value(4).toString();
    row.buyerTaxCode = statement.value(5).toString();
    row.totalBeforeTax = toAmount(statement.value(6));
    row.taxAmount = toAmount(statement.value(7));
    row.totalAmount = toAmount(statement.value(8));
    row.status = statusFrom(statement.value(9));
    row.source = sourceFrom(statement.value(10));
    row.documentType = toOptionalInt(statement.value(11));
    row.localState = LocalState(statement.value(12).toInt());
    row.buyerLegalName = statement.value(13).toString();
    row.providerStatus = statement.value(14).toString();
    return row;
}

CachedInvoice InvoiceCacheSql::readFull(const Statement &statement)
{
    using namespace sqlvalues;
    CachedInvoice invoice;
    InvoiceSummary &s = invoice.summary;
    Buyer &b = s.buyer;
    s.referenceCode = statement.value(0).toString();
    s.invoiceNumber = statement.value(1).toString();
    s.issuedDate = toDay(statement.value(2));
    s.status = statusFrom(statement.value(3));
    s.source = sourceFrom(statement.value(4));
    b.type = buyerTypeFromWire(statement.value(5).toString()).value_or(BuyerType::Unspecified);
    QString *const texts[]
        = {&b.name, &b.legalName, &b.taxCode, &b.address, &b.email, &b.phone, &b.buyerCode, &b.nationalId};
    for (int i = 0; i < 8; ++i)
        *texts[i] = statement.value(6 + i).toString();
    s.totalBeforeTax = toAmount(statement.value(14));
    s.taxAmount = toAmount(statement.value(15));
    s.totalAmount = toAmount(statement.value(16));
    s.notes = statement.value(17).toString();
    s.pdfUrl = statement.value(18).toString();
    s.xmlUrl = statement.value(19).toString();
    invoice.invoiceSeries = statement.value(20).toString();
    invoice.documentType = toOptionalInt(statement.value(21));
    invoice.providerStatus = statement.value(22).toString();
    invoice.taxAuthorityCode = statement.value(23).toString();
    invoice.paymentMethod = statement.value(24).toString();
    invoice.localState = LocalState(statement.value(25).toInt());
    invoice.localMessage = statement.value(26).toString();
    invoice.updatedAt = toTimestamp(statement.value(27));
    return invoice;
}

} // namespace einvoice
