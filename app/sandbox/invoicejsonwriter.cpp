#include "invoicejsonwriter.h"

#include "core/totals.h"
#include "invoicerows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace einvoice {

namespace {

QString twoDecimals(Decimal value)
{
    return value.rounded(2).toString(2);
}

// Summary buyers carry only the five documented keys, and only those that have a value.
QJsonObject summaryBuyer(const QJsonObject &buyer)
{
    QJsonObject result;
    for (const char *key : {"name", "tax_code", "address", "email", "phone"}) {
        const QString name = QString::fromLatin1(key);
        if (!buyer.value(name).toString().isEmpty())
            result.insert(name, buyer.value(name));
    }
    return result;
}

// The detail buyer starts with its type, then the nine documented keys that have a value.
QJsonObject detailBuyer(const QJsonObject &buyer)
{
    QJsonObject result;
    for (const char *key : {"type", "name", "legal_name", "tax_code", "address", "email", "phone",
             "buyer_code", "national_id"}) {
        const QString name = QString::fromLatin1(key);
        if (!buyer.value(name).toString().isEmpty())
            result.insert(name, buyer.value(name));
    }
    return result;
}

} // namespace

QJsonValue InvoiceJsonWriter::amount(const QString &decimalText)
{
    const std::optional<Decimal> value = Decimal::fromString(decimalText);
    if (!value)
        return 0;
    if (value->isInteger())
        return QJsonValue(qint64(value->units() / Decimal::One));
    return QJsonValue(value->toString().toDouble());
}

QString InvoiceJsonWriter::invoiceNumberText(const StoredInvoice &row)
{
    return row.status == QLatin1String("issued") ? QString::number(row.invoiceNumber) : QStringLiteral("0");
}

QString InvoiceJsonWriter::pdfUrl(const StoredInvoice &row, const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/_sandbox/portal/") + row.referenceCode + QStringLiteral(".pdf"));
    return url.toString(QUrl::FullyEncoded);
}

QJsonObject InvoiceJsonWriter::summary(const StoredInvoice &row, const QUrl &baseUrl)
{
    const QJsonObject payload = QJsonDocument::fromJson(row.payload).object();
    return QJsonObject {
        {QStringLiteral("reference_code"), row.referenceCode},
        {QStringLiteral("invoice_number"), invoiceNumberText(row)},
        {QStringLiteral("issued_date"), row.issuedDate.left(10)},
        {QStringLiteral("pdf_url"), pdfUrl(row, baseUrl)},
        {QStringLiteral("xml_url"), QJsonValue::Null},
        {QStringLiteral("status"), InvoiceRows::statusTextOf(row)},
        {QStringLiteral("buyer"), summaryBuyer(payload.value(QStringLiteral("buyer")).toObject())},
        {QStringLiteral("total_before_tax"), amount(row.totalBeforeTax)},
        {QStringLiteral("tax_amount"), amount(row.taxAmount)},
        {QStringLiteral("total_amount"), amount(row.totalAmount)},
        {QStringLiteral("notes"), payload.value(QStringLiteral("notes")).toString()},
        {QStringLiteral("source"), row.source},
    };
}

QJsonObject InvoiceJsonWriter::detail(const StoredInvoice &row, const Invoice &invoice, const QUrl &baseUrl)
{
    const bool issued = row.status == QLatin1String("issued");
    const QJsonObject payload = QJsonDocument::fromJson(row.payload).object();
    QJsonObject object = summary(row, baseUrl);
    object.insert(QStringLiteral("invoice_series"), row.invoiceSeries);
    object.insert(QStringLiteral("document_type"), InvoiceRows::documentTypeOf(row));
    if (issued)
        object.insert(QStringLiteral("tax_authority_code"), row.taxAuthorityCode);
    object.insert(QStringLiteral("provider_status"), InvoiceRows::providerStatusOf(row));
    // Sandbox-only [INF]: the documented detail does not say what a correction corrects; these
    // mirror the request fields so that a client can follow the chain.
    if (!row.originalReferenceCode.isEmpty())
        object.insert(QStringLiteral("original_invoice_reference_code"), row.originalReferenceCode);
    if (!row.adjustmentType.isEmpty())
        object.insert(QStringLiteral("adjustment_type"), row.adjustmentType);
    if (payload.contains(QStringLiteral("payment_method")))
        object.insert(QStringLiteral("payment_method"), payload.value(QStringLiteral("payment_method")));
    object.insert(QStringLiteral("buyer"), detailBuyer(payload.value(QStringLiteral("buyer")).toObject()));
    object.insert(QStringLiteral("items"), detailItems(invoice));
    return object;
}

QJsonArray InvoiceJsonWriter::detailItems(const Invoice &invoice)
{
    // Rule: total_amount of an item is its gross amount (quantity x unit price), as in the
    // documented example; tax_amount is the line's VAT on its net amount, rounded to minor digits.
    const InvoiceTotals totals = computeTotals(invoice);
    QJsonArray items;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        const LineAmounts amounts = totals.lines.value(i);
        const bool hasRate = invoice.isVatInvoice() && line.taxRate;
        const Decimal lineVat = hasRate ? vatFor(amounts.net, *line.taxRate, invoice.currency) : Decimal();
        const bool note = line.lineType == LineType::Note;
        items.append(QJsonObject {
            {QStringLiteral("line_number"), line.lineNumber},
            {QStringLiteral("line_type"), toWire(line.lineType)},
            {QStringLiteral("item_code"), line.itemCode},
            {QStringLiteral("item_name"), line.itemName},
            {QStringLiteral("unit"), line.unit},
            {QStringLiteral("quantity"),
                twoDecimals(note ? Decimal() : line.quantity.value_or(Decimal::fromInteger(1)))},
            {QStringLiteral("unit_price"), twoDecimals(line.unitPrice.value_or(Decimal()))},
            {QStringLiteral("total_amount"), twoDecimals(amounts.gross)},
            {QStringLiteral("tax_rate"),
                twoDecimals(Decimal::fromInteger(hasRate ? toWire(*line.taxRate) : 0))},
            {QStringLiteral("tax_amount"), twoDecimals(lineVat)},
        });
    }
    return items;
}

} // namespace einvoice
