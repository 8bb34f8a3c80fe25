// Reading a create payload (sepay-api.md 5.4): the CLI's input file and the sandbox's request body.
// Strict: numbers must be JSON numbers, enums must use their wire values, and every problem is
// reported with its JSON path ("items[1].quantity", items counted from 0).

#include "buyerjson.h"
#include "invoicejson.h"
#include "jsonfieldreader.h"

#include <limits>

namespace einvoice::json {

namespace {

using Need = JsonFieldReader::Need;

const QString itemsKey = QStringLiteral("items");

template<typename Enum>
std::optional<Enum> readIntegerEnum(JsonFieldReader &reader, const QString &name, Need need,
    std::optional<Enum> (*fromWire)(int), const QString &allowed)
{
    const std::optional<qint64> value = reader.integer(name, need);
    if (!value)
        return std::nullopt;
    const std::optional<Enum> parsed
        = *value >= std::numeric_limits<int>::min() && *value <= std::numeric_limits<int>::max()
        ? fromWire(int(*value))
        : std::nullopt;
    if (!parsed)
        reader.fail(name, QStringLiteral("expected one of ") + allowed);
    return parsed;
}

InvoiceLine readLine(JsonFieldReader &item)
{
    InvoiceLine line;
    const std::optional<qint64> number = item.integer(QStringLiteral("line_number"), Need::Required);
    if (number && (*number < 0 || *number > std::numeric_limits<int>::max()))
        item.fail(QStringLiteral("line_number"), QStringLiteral("expected a positive integer"));
    line.lineNumber = int(number.value_or(0));
    line.lineType = readIntegerEnum<LineType>(
        item, QStringLiteral("line_type"), Need::Required, &lineTypeFromWire, QStringLiteral("1, 2, 3, 4"))
                        .value_or(LineType::Goods);
    line.itemCode = item.string(QStringLiteral("item_code"));
    line.itemName = item.string(QStringLiteral("item_name"), Need::Required);
    line.unit = item.string(QStringLiteral("unit"));
    line.quantity = item.decimal(QStringLiteral("quantity"), Need::Optional, 2); // up to 2 decimals
    line.unitPrice = item.decimal(QStringLiteral("unit_price"));
    line.taxRate = readIntegerEnum<TaxRate>(item, QStringLiteral("tax_rate"), Need::Optional,
        &taxRateFromWire, QStringLiteral("-2, -1, 0, 5, 8, 10"));
    line.discountPercent = item.decimal(QStringLiteral("discount_tax"));
    line.discountAmount = item.decimal(QStringLiteral("discount_amount"));
    line.amountBeforeDiscountAndTax = item.decimal(QStringLiteral("before_discount_and_tax_amount"));
    return line;
}

QList<InvoiceLine> readLines(JsonFieldReader &reader, LinesNeeded needed)
{
    QList<InvoiceLine> lines;
    const std::optional<QJsonArray> items = reader.array(itemsKey, Need::Required);
    if (!items)
        return lines;
    if (items->isEmpty() && needed == LinesNeeded::AtLeastOne)
        reader.fail(itemsKey, QStringLiteral("must contain at least one line"));
    for (qsizetype i = 0; i < items->size() && !reader.failed(); ++i) {
        if (std::optional<JsonFieldReader> item = reader.element(itemsKey, *items, i))
            lines.append(readLine(*item));
    }
    return lines;
}

template<typename Enum>
std::optional<Enum> readStringEnum(JsonFieldReader &reader, const QString &name,
    std::optional<Enum> (*fromWire)(QStringView), const QString &allowed)
{
    if (!reader.has(name))
        return std::nullopt;
    const std::optional<Enum> parsed = fromWire(reader.string(name));
    if (!parsed)
        reader.fail(name, QStringLiteral("expected one of ") + allowed);
    return parsed;
}

void readHeader(JsonFieldReader &reader, Invoice &invoice)
{
    invoice.templateCode = reader.string(QStringLiteral("template_code"), Need::Required);
    invoice.invoiceSeries = reader.string(QStringLiteral("invoice_series"), Need::Required);
    const QString issued = reader.string(QStringLiteral("issued_date"), Need::Required);
    if (!reader.failed()) {
        const std::optional<QDateTime> issuedAt = parseIssuedDate(issued);
        if (!issuedAt)
            reader.fail(QStringLiteral("issued_date"), QStringLiteral("expected \"yyyy-MM-dd HH:mm:ss\""));
        invoice.issuedAt = issuedAt.value_or(QDateTime());
    }
    // currency: documented default VND when absent.
    invoice.currency = readStringEnum<Currency>(
        reader, QStringLiteral("currency"), &currencyFromWire, QStringLiteral("VND, USD, CAD"))
                           .value_or(Currency::VND);
    invoice.providerAccountId = reader.string(QStringLiteral("provider_account_id"), Need::Required);
    invoice.referenceCode = reader.string(QStringLiteral("reference_code"));
    invoice.paymentMethod = readStringEnum<PaymentMethod>(reader, QStringLiteral("payment_method"),
        &paymentMethodFromWire, QStringLiteral("TM, CK, TM/CK, KHAC"));
    // is_draft: the API's default is false (create and issue at once).
    invoice.isDraft = reader.boolean(QStringLiteral("is_draft")).value_or(false);
    invoice.notes = reader.string(QStringLiteral("notes"));
    // total_amount: must be an integer when sent (100000.5 is refused, as by the API), and one that
    // a Decimal holds: the totals multiply it by Decimal::One (fuzz_xml_render found 2^62).
    invoice.totalAmountOverride = reader.integer(QStringLiteral("total_amount"));
    constexpr qint64 MaxTotal = std::numeric_limits<qint64>::max() / Decimal::One;
    if (invoice.totalAmountOverride
        && (*invoice.totalAmountOverride > MaxTotal || *invoice.totalAmountOverride < -MaxTotal)) {
        reader.fail(QStringLiteral("total_amount"),
            QStringLiteral("expected an integer from -%1 to %1").arg(MaxTotal));
        invoice.totalAmountOverride.reset();
    }
}

} // namespace

Parsed<Invoice> invoiceFromCreatePayload(const QJsonObject &payload, LinesNeeded needed)
{
    JsonFieldReader reader(payload, QString(), JsonFieldReader::Mode::Request);
    Invoice invoice;
    readHeader(reader, invoice);
    if (std::optional<JsonFieldReader> buyer = reader.object(QStringLiteral("buyer"), Need::Required))
        invoice.buyer = readBuyer(*buyer);
    invoice.lines = readLines(reader, needed);
    if (reader.failed())
        return reader.error();
    return invoice;
}

} // namespace einvoice::json
