#include "createrequestchecker.h"

#include "core/decimal.h"
#include "core/enums.h"
#include "core/invoicejson.h"
#include "core/totals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace einvoice {

namespace {

const QString s_missing = QStringLiteral("thiếu giá trị");
const QString s_badFormat = QStringLiteral("sai định dạng");

// A whole number that a double holds exactly (|n| <= 2^53); beyond, converting it is undefined.
bool isInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::abs(number) <= 9007199254740992.0 && number == std::trunc(number);
}

// Decimals of a JSON number, through its shortest exact text.
int decimalsOf(const QJsonValue &value)
{
    const QString text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    const std::optional<Decimal> parsed = Decimal::fromJsonNumberText(text);
    return parsed ? parsed->decimalPlaces() : 99;
}

QString requireString(const QJsonObject &object, const char *key, const QString &prefix, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        *problem = value.isUndefined() ? s_missing : s_badFormat;
        return prefix + QLatin1String(key);
    }
    return QString();
}

QString optionalString(const QJsonObject &object, const char *key, const QString &prefix, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        *problem = s_badFormat;
        return prefix + QLatin1String(key);
    }
    return QString();
}

QString optionalNumber(const QJsonObject &object, const char *key, const QString &prefix, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isNull() && !value.isDouble()) {
        *problem = s_badFormat;
        return prefix + QLatin1String(key);
    }
    return QString();
}

// The field of the first line whose amount passes MaxInvoiceAmount, "items" when only the
// totals do, empty when every amount is within it.
QString amountPastTheLimit(const Invoice &invoice)
{
    const InvoiceTotals totals = computeTotals(invoice);
    if (!totals.outOfRange)
        return QString();
    for (qsizetype i = 0; i < totals.lines.size(); ++i) {
        if (totals.lines.at(i).outOfRange)
            return QStringLiteral("items[%1]").arg(i);
    }
    return QStringLiteral("items");
}

} // namespace

CreateRequestChecker::Result CreateRequestChecker::check(const QByteArray &body, const Clock &clock)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = HttpReply::badRequest(QStringLiteral("body"), QStringLiteral("JSON không hợp lệ"));
        return result;
    }
    result.payload = document.object();
    QString problem;
    QString field = checkTopLevel(result.payload, clock, &problem);
    if (field.isEmpty())
        field = checkBuyer(result.payload, &problem);
    if (field.isEmpty())
        field = checkItems(result.payload, &problem);
    if (!field.isEmpty()) {
        result.error = HttpReply::badRequest(field, problem);
        return result;
    }
    Parsed<Invoice> parsed = json::invoiceFromCreatePayload(result.payload);
    if (const ParseError *error = std::get_if<ParseError>(&parsed)) {
        result.error = HttpReply::badRequest(error->field, error->reason);
        return result;
    }
    result.invoice = std::get<Invoice>(parsed);
    if (const QString tooLarge = amountPastTheLimit(result.invoice); !tooLarge.isEmpty()) {
        result.error = HttpReply::badRequest(tooLarge, QStringLiteral("số tiền vượt quá giới hạn"));
        return result;
    }
    result.isDraft = result.payload.value(QStringLiteral("is_draft")).toBool(false);
    result.invoice.isDraft = result.isDraft;
    return result;
}

QString CreateRequestChecker::checkTopLevel(const QJsonObject &payload, const Clock &clock, QString *problem)
{
    const QString none;
    for (const char *key :
        {"template_code", "invoice_series", "issued_date", "currency", "provider_account_id"}) {
        const QString field = requireString(payload, key, none, problem);
        if (!field.isEmpty())
            return field;
    }
    const std::optional<QDateTime> issued
        = json::parseIssuedDate(payload.value(QStringLiteral("issued_date")).toString());
    if (!issued) {
        *problem = QStringLiteral("định dạng YYYY-MM-DD HH:mm:ss");
        return QStringLiteral("issued_date");
    }
    if (issued->toSecsSinceEpoch() > clock.nowUtc().toSecsSinceEpoch() + 60) {
        *problem = QStringLiteral("ngày lập không được sau thời điểm hiện tại");
        return QStringLiteral("issued_date");
    }
    if (!currencyFromWire(payload.value(QStringLiteral("currency")).toString())) {
        *problem = QStringLiteral("chỉ nhận VND, USD, CAD");
        return QStringLiteral("currency");
    }
    const QJsonValue method = payload.value(QStringLiteral("payment_method"));
    if (!method.isUndefined() && !paymentMethodFromWire(method.toString())) {
        *problem = QStringLiteral("chỉ nhận TM, CK, TM/CK, KHAC");
        return QStringLiteral("payment_method");
    }
    const QJsonValue draft = payload.value(QStringLiteral("is_draft"));
    if (!draft.isUndefined() && !draft.isBool()) {
        *problem = s_badFormat;
        return QStringLiteral("is_draft");
    }
    const QJsonValue reference = payload.value(QStringLiteral("reference_code"));
    if (!reference.isUndefined() && (!reference.isString() || reference.toString().trimmed().isEmpty())) {
        *problem = s_badFormat;
        return QStringLiteral("reference_code");
    }
    const QJsonValue total = payload.value(QStringLiteral("total_amount"));
    if (!total.isUndefined() && !isInteger(total)) {
        *problem = QStringLiteral("phải là số nguyên");
        return QStringLiteral("total_amount");
    }
    return optionalString(payload, "notes", none, problem);
}

QString CreateRequestChecker::checkBuyer(const QJsonObject &payload, QString *problem)
{
    const QJsonValue buyerValue = payload.value(QStringLiteral("buyer"));
    if (!buyerValue.isObject()) {
        *problem = buyerValue.isUndefined() ? s_missing : s_badFormat;
        return QStringLiteral("buyer");
    }
    const QJsonObject buyer = buyerValue.toObject();
    const QString prefix = QStringLiteral("buyer.");
    for (const char *key : {"type", "name", "legal_name", "tax_code", "address", "email", "phone",
             "buyer_code", "national_id"}) {
        const QString field = optionalString(buyer, key, prefix, problem);
        if (!field.isEmpty())
            return field;
    }
    const QJsonValue type = buyer.value(QStringLiteral("type"));
    if (!type.isUndefined() && !type.isNull() && !buyerTypeFromWire(type.toString())) {
        *problem = QStringLiteral("chỉ nhận personal, company");
        return QStringLiteral("buyer.type");
    }
    return QString();
}

QString CreateRequestChecker::checkItems(const QJsonObject &payload, QString *problem)
{
    const QJsonValue itemsValue = payload.value(QStringLiteral("items"));
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty()) {
        *problem = itemsValue.isUndefined() ? s_missing : QStringLiteral("cần ít nhất một dòng");
        return QStringLiteral("items");
    }
    const QJsonArray items = itemsValue.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            *problem = s_badFormat;
            return path;
        }
        const QString field = checkItem(items.at(i).toObject(), path + QLatin1Char('.'), problem);
        if (!field.isEmpty())
            return field;
    }
    return QString();
}

QString CreateRequestChecker::checkItem(const QJsonObject &item, const QString &prefix, QString *problem)
{
    for (const char *key : {"line_number", "line_type"}) {
        if (!isInteger(item.value(QLatin1String(key)))) {
            *problem = item.contains(QLatin1String(key)) ? s_badFormat : s_missing;
            return prefix + QLatin1String(key);
        }
    }
    if (!lineTypeFromWire(item.value(QStringLiteral("line_type")).toInt())) {
        *problem = QStringLiteral("chỉ nhận 1, 2, 3, 4");
        return prefix + QStringLiteral("line_type");
    }
    QString field = requireString(item, "item_name", prefix, problem);
    for (const char *key : {"item_code", "unit"}) {
        if (field.isEmpty())
            field = optionalString(item, key, prefix, problem);
    }
    for (const char *key : {"quantity", "unit_price", "tax_rate", "discount_tax", "discount_amount",
             "before_discount_and_tax_amount"}) {
        if (field.isEmpty())
            field = optionalNumber(item, key, prefix, problem);
    }
    if (!field.isEmpty())
        return field;
    const QJsonValue quantity = item.value(QStringLiteral("quantity"));
    if (quantity.isDouble() && decimalsOf(quantity) > 2) {
        *problem = QStringLiteral("tối đa 2 chữ số thập phân");
        return prefix + QStringLiteral("quantity");
    }
    const QJsonValue rate = item.value(QStringLiteral("tax_rate"));
    if (rate.isDouble() && (!isInteger(rate) || !taxRateFromWire(rate.toInt()))) {
        *problem = QStringLiteral("chỉ nhận -2, -1, 0, 5, 8, 10");
        return prefix + QStringLiteral("tax_rate");
    }
    return QString();
}

} // namespace einvoice
