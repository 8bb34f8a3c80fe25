#include "invoicejson.h"

#include "blanklines.h"
#include "buyerjson.h"
#include "clock.h"
#include "jsonfieldreader.h"

#include <QJsonArray>

namespace einvoice::json {

namespace {

const QString issuedDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

void insertIfNotEmpty(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, QLatin1String key, const std::optional<Decimal> &value)
{
    if (value)
        object.insert(key, decimalToJson(*value));
}

// One items[] entry: integers for line_type and tax_rate, numbers for amounts, unset left out.
QJsonObject lineToJson(const InvoiceLine &line)
{
    QJsonObject item;
    item.insert(QLatin1String("line_number"), line.lineNumber);
    item.insert(QLatin1String("line_type"), toWire(line.lineType));
    insertIfNotEmpty(item, QLatin1String("item_code"), line.itemCode);
    item.insert(QLatin1String("item_name"), line.itemName);
    insertIfNotEmpty(item, QLatin1String("unit"), line.unit);
    insertIfSet(item, QLatin1String("quantity"), line.quantity);
    insertIfSet(item, QLatin1String("unit_price"), line.unitPrice);
    if (line.taxRate)
        item.insert(QLatin1String("tax_rate"), toWire(*line.taxRate));
    insertIfSet(item, QLatin1String("discount_tax"), line.discountPercent);
    insertIfSet(item, QLatin1String("discount_amount"), line.discountAmount);
    insertIfSet(item, QLatin1String("before_discount_and_tax_amount"), line.amountBeforeDiscountAndTax);
    return item;
}

} // namespace

QJsonObject toCreatePayload(const Invoice &invoice)
{
    // Required fields are always written (even empty, so that the server names them);
    // optional ones only when given.
    QJsonObject payload;
    payload.insert(QLatin1String("template_code"), invoice.templateCode);
    payload.insert(QLatin1String("invoice_series"), invoice.invoiceSeries);
    payload.insert(QLatin1String("issued_date"), formatIssuedDate(invoice.issuedAt));
    payload.insert(QLatin1String("currency"), toWire(invoice.currency));
    payload.insert(QLatin1String("provider_account_id"), invoice.providerAccountId);
    insertIfNotEmpty(payload, QLatin1String("reference_code"), invoice.referenceCode);
    if (invoice.paymentMethod)
        payload.insert(QLatin1String("payment_method"), toWire(*invoice.paymentMethod));
    // Always explicit: the server's default (false) would issue at once.
    payload.insert(QLatin1String("is_draft"), invoice.isDraft);
    payload.insert(QLatin1String("buyer"), buyerToJson(invoice.buyer));
    QJsonArray items;
    for (const InvoiceLine &line : withoutTrailingBlankLines(invoice.lines))
        items.append(lineToJson(line));
    payload.insert(QLatin1String("items"), items);
    insertIfNotEmpty(payload, QLatin1String("notes"), invoice.notes);
    if (invoice.totalAmountOverride)
        payload.insert(QLatin1String("total_amount"), *invoice.totalAmountOverride);
    return payload;
}

QString formatIssuedDate(const QDateTime &localTime)
{
    if (!localTime.isValid())
        return QString();
    // The wire carries Vietnamese wall time; any other zone is converted first.
    return localTime.toTimeZone(Clock::vietnamTimeZone()).toString(issuedDateFormat);
}

std::optional<QDateTime> parseIssuedDate(const QString &text)
{
    if (text.size() != issuedDateFormat.size())
        return std::nullopt;
    const QDateTime wallTime = QDateTime::fromString(text, issuedDateFormat);
    if (!wallTime.isValid())
        return std::nullopt;
    return QDateTime(wallTime.date(), wallTime.time(), Clock::vietnamTimeZone());
}

} // namespace einvoice::json
